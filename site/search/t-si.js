window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[312,313,314,315],"significantly":[167,168],"simple":[126],"since":[148,264],"single":[9],"site":[112],"sitting":[109,178]});
