window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[342,344],"questionnaire":[7],"quietly":[215,216,217,218]});
