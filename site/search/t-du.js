window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[150,152,195,196,197],"dulled":[107],"during":[33,84,164]});
