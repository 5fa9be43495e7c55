window.evidencemapSearch&&evidencemapSearch.terms("ri",{"ribs":[71],"rigid":[54,120],"risk":[206,207]});
