window.evidencemapSearch&&evidencemapSearch.terms("ap",{"applied":[114],"apply":[326],"applying":[57]});
