window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[234],"assess":[17],"assessment":[17],"assist":[217,229,232,234],"associated":[248,249],"association":[246,247,250]});
