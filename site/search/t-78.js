window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[239,240]});
