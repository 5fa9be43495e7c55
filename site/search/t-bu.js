window.evidencemapSearch&&evidencemapSearch.terms("bu",{"build":[117],"built":[121],"buttocks":[71]});
