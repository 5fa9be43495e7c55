window.evidencemapSearch&&evidencemapSearch.terms("l5",{"l5":[30,79,208,209,210]});
