window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[315],"ask":[156],"assess":[17],"assessment":[17],"assist":[274,309,312,313,315],"associated":[343,344],"association":[341,342,345]});
