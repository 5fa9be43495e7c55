window.evidencemapSearch&&evidencemapSearch.terms("ad",{"addition":[138,270],"address":[148,214,215,216],"addressed":[282],"addressing":[38],"adjustment":[114,299],"adjustments":[69],"advice":[47]});
