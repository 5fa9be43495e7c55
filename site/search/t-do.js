window.evidencemapSearch&&evidencemapSearch.terms("do",{"do":[18,31,58,132,189,214,215,216],"does":[151,214,215,284,285,286,287,288,289,290,291,292,294],"doing":[32],"dorsiflexion":[29,44]});
