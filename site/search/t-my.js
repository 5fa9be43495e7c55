window.evidencemapSearch&&evidencemapSearch.terms("my",{"my":[44],"myofascial":[105,183,184,185]});
