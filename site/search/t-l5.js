window.evidencemapSearch&&evidencemapSearch.terms("l5",{"l5":[30,79,221,222,223]});
