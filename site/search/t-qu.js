window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[272,338,340],"questionnaire":[7],"quietly":[210,211,212,213]});
