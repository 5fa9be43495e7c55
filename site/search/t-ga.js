window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,17,50,181,201,202,208,214,215,218,270,271,320,321]});
