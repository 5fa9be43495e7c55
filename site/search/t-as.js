window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[298],"ask":[152],"assess":[17],"assessment":[17],"assist":[260,293,296,298],"associated":[326,327],"association":[324,325,328]});
