window.evidencemapSearch&&evidencemapSearch.terms("ef",{"effect":[325,326,327,328],"effectiveness":[135,325,326,327,328,329,330,331,332],"efficient":[203,204],"efficiently":[187,188]});
