window.evidencemapSearch&&evidencemapSearch.terms("my",{"my":[44],"myofascial":[105,184,185,186]});
