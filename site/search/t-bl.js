window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[248,249],"blog":[131],"blood":[93,247],"blow":[125]});
