window.evidencemapSearch&&evidencemapSearch.terms("ta",{"tailored":[22,2,129,2,130,1,131,1],"take":[177,2,179,2],"taken":[18,2],"taking":[112,2],"target":[9,2],"targeting":[222,2,225,2]});
