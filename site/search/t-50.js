window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[239,240]});
