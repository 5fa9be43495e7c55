window.evidencemapSearch&&evidencemapSearch.terms("sy",{"symptoms":[71,235,236,344],"system":[35,63,80,89,106,107,143,144,191,192,203,204,206],"systematic":[135,329,330,331,332,333,334,335,336]});
