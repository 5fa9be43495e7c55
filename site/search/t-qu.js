window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[258,321,323],"questionnaire":[7],"quietly":[196,197,198,199]});
