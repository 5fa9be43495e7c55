window.evidencemapSearch&&evidencemapSearch.terms("ve",{"veles":[9],"vendor":[129,132,133],"vertebrae":[223,224,225]});
