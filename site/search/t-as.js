window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[321],"ask":[156],"assess":[17],"assessment":[17],"assist":[280,315,318,319,321],"associated":[349,350],"association":[347,348,351]});
