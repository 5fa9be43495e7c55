window.evidencemapSearch&&evidencemapSearch.terms("do",{"do":[18,31,58,132,200,233,234,235],"does":[155,233,234,312,313,314,315,316,317,318,319,320,322],"doing":[32],"dorsiflexion":[29,44]});
