window.evidencemapSearch&&evidencemapSearch.terms("do",{"do":[18,31,58,132,187,206,239,240,241],"does":[155,170,239,240,320,321,322,323,324,325,326,327,328,330],"doing":[32],"dorsiflexion":[29,44]});
