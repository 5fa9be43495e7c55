window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[327,328]});
