window.evidencemapSearch&&evidencemapSearch.terms("ta",{"tailored":[22,2,129,2,130,1,131,1],"take":[296,2,297,2],"taken":[18,2],"taking":[112,2],"target":[9,2],"targeting":[196,2,197,2]});
