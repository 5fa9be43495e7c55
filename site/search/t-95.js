window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[139,2,140,2,141,2,142,2,147,2,153,2,154,2]});
