window.evidencemapSearch&&evidencemapSearch.terms("my",{"my":[44],"myofascial":[105,179,180,181]});
