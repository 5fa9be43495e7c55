window.evidencemapSearch&&evidencemapSearch.terms("ob",{"obese":[82],"obesity":[82,305,306]});
