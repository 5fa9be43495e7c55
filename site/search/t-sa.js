window.evidencemapSearch&&evidencemapSearch.terms("sa",{"said":[87,113],"sand":[104,157],"sandy":[104]});
