window.evidencemapSearch&&evidencemapSearch.terms("ke",{"keeping":[128],"kettlebell":[9],"key":[44,256,257,258,259]});
