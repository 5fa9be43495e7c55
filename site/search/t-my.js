window.evidencemapSearch&&evidencemapSearch.terms("my",{"my":[44,2],"myofascial":[105,3,310,3,311,3,312,3]});
