window.evidencemapSearch&&evidencemapSearch.terms("ob",{"obese":[82,2],"obesity":[82,3,328,3,329,3]});
