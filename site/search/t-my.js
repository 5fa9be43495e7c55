window.evidencemapSearch&&evidencemapSearch.terms("my",{"my":[44,2],"myofascial":[105,3,203,3,204,3,205,3]});
