window.evidencemapSearch&&evidencemapSearch.terms("ag",{"against":[117,166],"age":[344]});
