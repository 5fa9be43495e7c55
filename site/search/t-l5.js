window.evidencemapSearch&&evidencemapSearch.terms("l5",{"l5":[30,79,223,224,225]});
