window.evidencemapSearch&&evidencemapSearch.terms("sy",{"symptoms":[71,239,240,347],"system":[35,63,80,89,106,107,143,144,195,196,207,208,210],"systematic":[135,332,333,334,335,336,337,338,339]});
