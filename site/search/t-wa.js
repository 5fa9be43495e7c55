window.evidencemapSearch&&evidencemapSearch.terms("wa",{"walk":[50,126],"walking":[10,33,84,86,91,126,164,216,218,226,230],"walks":[1],"wasted":[40],"way":[1,139,212,213],"ways":[172,173]});
