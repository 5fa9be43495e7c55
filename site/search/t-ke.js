window.evidencemapSearch&&evidencemapSearch.terms("ke",{"keeping":[128],"kettlebell":[9],"key":[44,258,259,260,261]});
