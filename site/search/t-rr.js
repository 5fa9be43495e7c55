window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[331,332,337]});
