window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,17,50,170,188,189,195,199,200,203,253,254,304]});
