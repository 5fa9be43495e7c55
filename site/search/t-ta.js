window.evidencemapSearch&&evidencemapSearch.terms("ta",{"tailored":[22],"take":[237],"taken":[18],"taking":[112],"target":[9],"targeted":[237],"targeting":[159,160]});
