window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[264,329,331],"questionnaire":[7],"quietly":[202,203,204,205]});
