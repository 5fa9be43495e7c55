window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[346,348],"questionnaire":[7],"quietly":[217,218,219,220]});
