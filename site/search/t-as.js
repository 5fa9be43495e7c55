window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[319],"ask":[156],"assess":[17],"assessment":[17],"assist":[278,313,316,317,319],"associated":[347,348],"association":[345,346,349]});
