window.evidencemapSearch&&evidencemapSearch.terms("ob",{"obese":[82,2],"obesity":[82,3,269,3,270,3]});
