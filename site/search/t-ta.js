window.evidencemapSearch&&evidencemapSearch.terms("ta",{"tailored":[22],"take":[264,265,268],"taken":[18],"taking":[112],"target":[9],"targeted":[268],"targeting":[171,172]});
