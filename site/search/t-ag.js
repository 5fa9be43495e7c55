window.evidencemapSearch&&evidencemapSearch.terms("ag",{"against":[117,161],"age":[335]});
