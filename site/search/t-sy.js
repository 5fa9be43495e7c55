window.evidencemapSearch&&evidencemapSearch.terms("sy",{"symptoms":[71,231,232,340],"system":[35,63,80,89,106,107,143,144,187,188,199,200,202],"systematic":[135,325,326,327,328,329,330,331,332]});
