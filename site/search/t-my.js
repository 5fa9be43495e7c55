window.evidencemapSearch&&evidencemapSearch.terms("my",{"my":[44],"myofascial":[105,177,178]});
