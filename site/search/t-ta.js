window.evidencemapSearch&&evidencemapSearch.terms("ta",{"tailored":[22],"take":[260,261,264],"taken":[18],"taking":[112],"target":[9],"targeted":[264],"targeting":[167,168]});
