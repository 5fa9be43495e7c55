window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[314,315]});
