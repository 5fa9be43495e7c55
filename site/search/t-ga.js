window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,17,50,184,185,189,193,194,197,247,248,296]});
