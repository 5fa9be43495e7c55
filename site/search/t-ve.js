window.evidencemapSearch&&evidencemapSearch.terms("ve",{"veles":[9,2],"vendor":[133,1,136,1,137,1],"vertebrae":[263,2,264,2,265,2]});
