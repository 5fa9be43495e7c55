window.evidencemapSearch&&evidencemapSearch.terms("ph",{"philosophy":[11,2],"physical":[17,2,99,2,123,2],"physiotherapy":[99,2]});
