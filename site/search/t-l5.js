window.evidencemapSearch&&evidencemapSearch.terms("l5",{"l5":[30,79,220,221,222]});
