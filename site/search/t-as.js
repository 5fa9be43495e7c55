window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[272],"ask":[148],"assess":[17],"assessment":[17],"assist":[239,267,270,272],"associated":[298,299],"association":[296,297,300]});
