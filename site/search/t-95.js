window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[320,321,322,323,328,334,335]});
