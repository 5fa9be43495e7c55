window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[335,336,337,338],"significantly":[177,178],"simple":[126],"since":[150,284],"single":[9],"site":[112],"sitting":[109,192]});
