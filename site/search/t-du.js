window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[162,165,166,167,175,176,251,252,253],"dulled":[107,209],"during":[33,84]});
