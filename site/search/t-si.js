window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[325,326,327,328],"significantly":[171,172],"simple":[126],"since":[150,274],"single":[9],"site":[112],"sitting":[109,183]});
