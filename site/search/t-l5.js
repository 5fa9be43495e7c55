window.evidencemapSearch&&evidencemapSearch.terms("l5",{"l5":[30,2,79,2,242,2,243,2,244,2]});
