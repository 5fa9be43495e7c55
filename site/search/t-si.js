window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[284,285,286,287],"significantly":[159,160],"simple":[126],"since":[144,242],"single":[9],"site":[112],"sitting":[109,170]});
