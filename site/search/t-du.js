window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[161,164,165,166,172,247,248,249],"dulled":[107,205],"during":[33,84]});
