window.evidencemapSearch&&evidencemapSearch.terms("ta",{"tailored":[22],"take":[268,269,272],"taken":[18],"taking":[112],"target":[9],"targeted":[272],"targeting":[173,174]});
