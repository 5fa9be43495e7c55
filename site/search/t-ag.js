window.evidencemapSearch&&evidencemapSearch.terms("ag",{"against":[117,155],"age":[299]});
