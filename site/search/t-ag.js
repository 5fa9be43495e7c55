window.evidencemapSearch&&evidencemapSearch.terms("ag",{"against":[117,164],"age":[340]});
