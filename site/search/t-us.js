window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[196,2],"use":[19,2,39,2,77,2,164,2,171,2,191,2,194,2,201,2,261,2,268,2,323,2],"using":[173,2,318,2]});
