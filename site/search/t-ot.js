window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,278,283],"others":[63]});
