window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[223,224],"blog":[131],"blood":[93,222],"blow":[125]});
