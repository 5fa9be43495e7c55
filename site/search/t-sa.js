window.evidencemapSearch&&evidencemapSearch.terms("sa",{"safety":[202],"said":[87,113],"sand":[104],"sandy":[104]});
