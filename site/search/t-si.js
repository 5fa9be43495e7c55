window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[337,338,339,340],"significantly":[177,178],"simple":[126],"since":[150,286],"single":[9],"site":[112],"sitting":[109,192]});
