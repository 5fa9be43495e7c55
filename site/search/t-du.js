window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[162,165,166,167,175,176,253,254,255],"dulled":[107,210],"during":[33,84]});
