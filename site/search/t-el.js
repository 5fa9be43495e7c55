window.evidencemapSearch&&evidencemapSearch.terms("el",{"elsewhere":[18,189,202]});
