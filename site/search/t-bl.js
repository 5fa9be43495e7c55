window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[252,253],"blog":[131],"blood":[93,251],"blow":[125]});
