window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,17,50,177,178,180,184,185,188,228,229,270]});
