window.evidencemapSearch&&evidencemapSearch.terms("ri",{"ribs":[71,2],"rigid":[54,2,120,2,132,1],"risk":[225,2,226,2]});
