window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[306],"ask":[152],"assess":[17],"assessment":[17],"assist":[266,301,304,306],"associated":[334,335],"association":[332,333,336]});
