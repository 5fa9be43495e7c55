window.evidencemapSearch&&evidencemapSearch.terms("ta",{"tailored":[22],"take":[254,255,258],"taken":[18],"taking":[112],"target":[9],"targeted":[258],"targeting":[167,168]});
