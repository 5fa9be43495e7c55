window.evidencemapSearch&&evidencemapSearch.terms("du",{"due":[171,2,201,2,233,2,267,2,296,2,299,2,300,2,323,2,326,2],"dulled":[107,2,169,2],"during":[33,2,84,2]});
