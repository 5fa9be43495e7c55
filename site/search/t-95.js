window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[140,2,142,2,145,2,147,2,151,2,153,2]});
