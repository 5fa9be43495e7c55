window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[318],"ask":[156],"assess":[17],"assessment":[17],"assist":[277,312,315,316,318],"associated":[346,347],"association":[344,345,348]});
