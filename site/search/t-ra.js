window.evidencemapSearch&&evidencemapSearch.terms("ra",{"raise":[166],"raised":[78],"randomised":[135,239,240,241,242],"randomized":[134,238],"range":[38,55,70],"rather":[8,104]});
