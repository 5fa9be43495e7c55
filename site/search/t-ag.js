window.evidencemapSearch&&evidencemapSearch.terms("ag",{"against":[117,152],"age":[249]});
