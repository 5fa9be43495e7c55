window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,266,271],"others":[63]});
