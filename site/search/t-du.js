window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[156,159,160,161,166,233,234,235],"dulled":[107,191],"during":[33,84]});
