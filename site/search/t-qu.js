window.evidencemapSearch&&evidencemapSearch.terms("qu",{"quality":[237,293,295],"questionnaire":[7],"quietly":[187,188]});
