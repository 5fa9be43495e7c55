window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[329,330],"smoking":[344],"smr":[105,179,180,181]});
