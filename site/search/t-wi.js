window.evidencemapSearch&&evidencemapSearch.terms("wi",{"wide":[45,75],"wider":[75],"width":[45,311,312],"without":[10]});
