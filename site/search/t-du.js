window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[181,2,184,2,185,2,186,2,194,2,195,2,274,2,275,2,276,2],"dulled":[107,2,229,2],"during":[33,2,84,2]});
