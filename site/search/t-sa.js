window.evidencemapSearch&&evidencemapSearch.terms("sa",{"safest":[152],"safety":[211],"said":[87,113],"sand":[104],"sandy":[104],"say":[341,342,343,344,346,347,348]});
