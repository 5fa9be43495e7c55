window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[162,165,166,167,175,176,255,256,257],"dulled":[107,210],"during":[33,84]});
