window.evidencemapSearch&&evidencemapSearch.terms("bm",{"bmi":[128,2,331,2]});
