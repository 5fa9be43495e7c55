window.evidencemapSearch&&evidencemapSearch.terms("ki",{"kinetic":[63,131,154,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188]});
