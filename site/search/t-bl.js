window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[260,261],"blog":[131],"blood":[93,259],"blow":[125]});
