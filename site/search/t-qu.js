window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[148,2,150,2],"questionnaire":[7,2],"quietly":[236,2,237,2,238,2,239,2]});
