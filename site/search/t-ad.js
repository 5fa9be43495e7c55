window.evidencemapSearch&&evidencemapSearch.terms("ad",{"addition":[138,232],"address":[195,196,197],"addressed":[237],"addressing":[38],"adjustment":[114,249],"adjustments":[69],"advice":[47]});
