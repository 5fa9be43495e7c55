window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[344,346],"questionnaire":[7],"quietly":[215,216,217,218]});
