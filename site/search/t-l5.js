window.evidencemapSearch&&evidencemapSearch.terms("l5",{"l5":[30,2,79,2,263,2,264,2,265,2]});
