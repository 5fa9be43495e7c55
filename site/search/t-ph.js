window.evidencemapSearch&&evidencemapSearch.terms("ph",{"philosophy":[11],"physical":[17,99,123],"physiotherapy":[99]});
