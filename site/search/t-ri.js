window.evidencemapSearch&&evidencemapSearch.terms("ri",{"ribs":[71],"rigid":[54,120],"risk":[205,206]});
