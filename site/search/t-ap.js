window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"apply":[325],"applying":[57]});
