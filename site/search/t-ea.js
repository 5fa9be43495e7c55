window.evidencemapSearch&&evidencemapSearch.terms("ea",{"earlier":[26,34],"early":[98],"ease":[282]});
