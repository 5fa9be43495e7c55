window.evidencemapSearch&&evidencemapSearch.terms("ob",{"obese":[82],"obesity":[82,259,260]});
