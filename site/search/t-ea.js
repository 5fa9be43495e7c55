window.evidencemapSearch&&evidencemapSearch.terms("ea",{"earlier":[26,2,34,2],"early":[98,2],"ease":[170,2]});
