window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[268,334,336],"questionnaire":[7],"quietly":[206,207,208,209]});
