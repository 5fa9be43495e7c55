window.evidencemapSearch&&evidencemapSearch.terms("l5",{"l5":[30,79,212,213,214]});
