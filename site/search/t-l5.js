window.evidencemapSearch&&evidencemapSearch.terms("l5",{"l5":[30,79,202,203,204]});
