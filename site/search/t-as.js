window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[323],"ask":[156],"assess":[17],"assessment":[17],"assist":[282,317,320,321,323],"associated":[351,352],"association":[349,350,353]});
