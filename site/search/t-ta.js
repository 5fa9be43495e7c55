window.evidencemapSearch&&evidencemapSearch.terms("ta",{"tailored":[22],"take":[277,278],"taken":[18],"taking":[112],"target":[9],"targeting":[177,178]});
