window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,2,103,2,301,2,306,2],"others":[63,2]});
