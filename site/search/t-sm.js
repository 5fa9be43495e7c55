window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[284,285],"smoking":[299],"smr":[105,164,165]});
