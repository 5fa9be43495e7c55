window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[242,243],"blog":[131],"blood":[93,241],"blow":[125]});
