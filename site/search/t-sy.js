window.evidencemapSearch&&evidencemapSearch.terms("sy",{"symptoms":[71,227,228,335],"system":[35,63,80,89,106,107,143,144,183,184,195,196,198],"systematic":[135,320,321,322,323,324,325,326,327]});
