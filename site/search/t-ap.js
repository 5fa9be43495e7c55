window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"apply":[330],"applying":[57]});
