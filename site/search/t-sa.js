window.evidencemapSearch&&evidencemapSearch.terms("sa",{"safest":[152],"safety":[210],"said":[87,113],"sand":[104],"sandy":[104]});
