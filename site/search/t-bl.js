window.evidencemapSearch&&evidencemapSearch.terms("bl",{"blamed":[284,2,285,2],"blog":[135,1],"blood":[93,2,283,2],"blow":[125,2]});
