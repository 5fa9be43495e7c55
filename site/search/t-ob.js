window.evidencemapSearch&&evidencemapSearch.terms("ob",{"obese":[82],"obesity":[82,309,310]});
