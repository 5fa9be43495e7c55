window.evidencemapSearch&&evidencemapSearch.terms("id",{"idea":[230,234],"ideal":[89,146],"ideastep":[133,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237]});
