window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"apply":[328],"applying":[57]});
