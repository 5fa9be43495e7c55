window.evidencemapSearch&&evidencemapSearch.terms("el",{"elsewhere":[18,2,247,2,315,2]});
