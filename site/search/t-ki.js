window.evidencemapSearch&&evidencemapSearch.terms("ki",{"kinetic":[63,131,158,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199]});
