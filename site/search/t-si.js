window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[332,333,334,335],"significantly":[177,178],"simple":[126],"since":[150,281],"single":[9],"site":[112],"sitting":[109,191]});
