window.evidencemapSearch&&evidencemapSearch.terms("ra",{"raised":[78],"randomised":[135,284,285,286,287,288,289,290,291],"randomized":[134,283],"range":[38,55,70],"rather":[8,104]});
