window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"apply":[318],"applying":[57]});
