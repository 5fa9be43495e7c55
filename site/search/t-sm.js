window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[332,333],"smoking":[347],"smr":[105,183,184,185]});
