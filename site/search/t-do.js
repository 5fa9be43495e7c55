window.evidencemapSearch&&evidencemapSearch.terms("do",{"do":[18,31,58,132,200,212,213,221,255,256,257],"does":[159,160,161,181,255],"doing":[32],"dorsiflexion":[29,44]});
