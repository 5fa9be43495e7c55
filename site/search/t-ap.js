window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"applying":[57]});
