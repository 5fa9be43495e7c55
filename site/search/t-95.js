window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[337,338,339,340,345,351,352]});
