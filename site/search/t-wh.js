window.evidencemapSearch&&evidencemapSearch.terms("wh",{"what":[132,133,174],"when":[18,27,86,91,143,180,181,192,193,194,223,224,237],"where":[148],"while":[43,146,149,175,179,195,196,197]});
