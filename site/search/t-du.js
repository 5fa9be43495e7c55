window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[156,159,160,161,166,239,240,241],"dulled":[107,197],"during":[33,84]});
