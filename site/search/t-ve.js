window.evidencemapSearch&&evidencemapSearch.terms("ve",{"veles":[9,2],"vendor":[133,1,136,1,137,1],"vertebrae":[242,2,243,2,244,2]});
