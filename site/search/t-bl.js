window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[256,257],"blog":[131],"blood":[93,255],"blow":[125]});
