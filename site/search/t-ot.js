window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,239,243],"others":[63]});
