window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[215,244],"questionnaire":[7],"quietly":[172,173]});
