window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[263,264],"blog":[131],"blood":[93,262],"blow":[125]});
