window.evidencemapSearch&&evidencemapSearch.terms("ag",{"against":[117,2,186,2],"age":[154,2]});
