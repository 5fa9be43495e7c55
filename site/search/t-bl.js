window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[265,266],"blog":[131],"blood":[93,264],"blow":[125]});
