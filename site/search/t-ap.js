window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"apply":[279],"applying":[57]});
