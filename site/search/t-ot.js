window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,2,103,2,170,2,273,2],"others":[63,2]});
