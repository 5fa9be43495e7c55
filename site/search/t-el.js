window.evidencemapSearch&&evidencemapSearch.terms("el",{"elsewhere":[18,185,198]});
