window.evidencemapSearch&&evidencemapSearch.terms("sy",{"symptoms":[71,240,241,350],"system":[35,63,80,89,106,107,143,144,196,197,208,209,211],"systematic":[135,335,336,337,338,339,340,341,342]});
