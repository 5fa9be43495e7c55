window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[159,162,163,164,170,243,244,245],"dulled":[107,201],"during":[33,84]});
