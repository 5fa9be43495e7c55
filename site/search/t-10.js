window.evidencemapSearch&&evidencemapSearch.terms("10",{"10":[351]});
