window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"apply":[313],"applying":[57]});
