window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[341,343],"questionnaire":[7],"quietly":[214,215,216,217]});
