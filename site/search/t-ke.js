window.evidencemapSearch&&evidencemapSearch.terms("ke",{"keeping":[128,2],"kettlebell":[9,2],"key":[44,2,221,2,223,2,224,2,226,2]});
