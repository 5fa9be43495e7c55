window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[285,2,286,2],"blog":[135,1],"blood":[93,2,181,2],"blow":[125,2]});
