window.evidencemapSearch&&evidencemapSearch.terms("ev",{"evaluate":[47],"even":[191,192,211,212,213],"everyday":[83],"evidence":[288,289,290,291,293,295],"evident":[158]});
