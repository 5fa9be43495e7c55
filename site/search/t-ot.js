window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,217,221],"others":[63]});
