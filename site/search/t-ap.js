window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"apply":[305],"applying":[57]});
