window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"apply":[322],"applying":[57]});
