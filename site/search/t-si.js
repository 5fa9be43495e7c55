window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[239,240],"significantly":[158,159],"simple":[126],"since":[144],"single":[9],"site":[112],"sitting":[109]});
