window.evidencemapSearch&&evidencemapSearch.terms("wi",{"wide":[45,75],"wider":[75],"width":[45,315,316],"without":[10]});
