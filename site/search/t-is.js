window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,158,293,294],"issue":[325,326,327],"issues":[0,31,91,115,220,221,242,243,244,245,246,270,271]});
