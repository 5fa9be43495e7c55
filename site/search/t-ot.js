window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,260,265],"others":[63]});
