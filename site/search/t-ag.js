window.evidencemapSearch&&evidencemapSearch.terms("ag",{"against":[117,167],"age":[352]});
