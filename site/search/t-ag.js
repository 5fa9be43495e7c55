window.evidencemapSearch&&evidencemapSearch.terms("ag",{"against":[117,2,296,2],"age":[153,2]});
