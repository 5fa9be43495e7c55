window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,277,282],"others":[63]});
