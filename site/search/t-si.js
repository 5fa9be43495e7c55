window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[320,321,322,323],"significantly":[167,168],"simple":[126],"since":[148,270],"single":[9],"site":[112],"sitting":[109,179]});
