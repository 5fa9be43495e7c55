window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[333,334,335,336],"significantly":[177,178],"simple":[126],"since":[150,282],"single":[9],"site":[112],"sitting":[109,192]});
