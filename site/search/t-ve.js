window.evidencemapSearch&&evidencemapSearch.terms("ve",{"veles":[9],"vendor":[129,132,133],"vertebrae":[220,221,222]});
