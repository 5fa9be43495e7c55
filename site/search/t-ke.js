window.evidencemapSearch&&evidencemapSearch.terms("ke",{"keeping":[128],"kettlebell":[9],"key":[44,255,256,257]});
