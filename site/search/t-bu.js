window.evidencemapSearch&&evidencemapSearch.terms("bu",{"build":[117,2],"built":[121,2],"buttocks":[71,2]});
