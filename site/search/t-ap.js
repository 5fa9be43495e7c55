window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114,2],"apply":[235,2],"applying":[57,2]});
