window.evidencemapSearch&&evidencemapSearch.terms("ke",{"keeping":[128,2],"kettlebell":[9,2],"key":[44,2,277,2,278,2,279,2,280,2]});
