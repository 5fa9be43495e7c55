window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[152,155,214,215,216],"dulled":[107,182],"during":[33,84,173]});
