window.evidencemapSearch&&evidencemapSearch.terms("ta",{"tailored":[22],"take":[215],"taken":[18],"taking":[112],"target":[9],"targeted":[215],"targeting":[158,159]});
