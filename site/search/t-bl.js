window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[204,205],"blog":[131],"blood":[93,203],"blow":[125]});
