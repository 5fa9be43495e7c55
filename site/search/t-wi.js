window.evidencemapSearch&&evidencemapSearch.terms("wi",{"wide":[45,2,75,2,132,1],"wider":[75,2],"width":[45,3,132,1,228,3,229,3],"without":[10,2]});
