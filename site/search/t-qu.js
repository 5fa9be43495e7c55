window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[149,2,150,2],"questionnaire":[7,2],"quietly":[245,2,248,2,251,2,253,2]});
