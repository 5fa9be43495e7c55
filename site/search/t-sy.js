window.evidencemapSearch&&evidencemapSearch.terms("sy",{"symptoms":[71,185,186,249],"system":[35,63,80,89,106,107,140,141,167,168],"systematic":[135,239,240,241,242]});
