window.evidencemapSearch&&evidencemapSearch.terms("do",{"do":[18,31,58,132,174,195,196,197],"does":[148,149,195,196,197,219,239,240,241,242,243,245],"doing":[32],"dorsiflexion":[29,44]});
