window.evidencemapSearch&&evidencemapSearch.terms("bm",{"bmi":[128,329]});
