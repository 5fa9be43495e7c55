window.evidencemapSearch&&evidencemapSearch.terms("ri",{"ribs":[71,2],"rigid":[54,2,120,2,132,1],"risk":[162,2,163,2]});
