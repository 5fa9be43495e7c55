window.evidencemapSearch&&evidencemapSearch.terms("ob",{"obese":[82],"obesity":[82,307,308]});
