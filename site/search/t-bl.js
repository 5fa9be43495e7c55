window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[261,262],"blog":[131],"blood":[93,260],"blow":[125]});
