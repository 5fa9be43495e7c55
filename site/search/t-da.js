window.evidencemapSearch&&evidencemapSearch.terms("da",{"daily":[7,69,321,322],"damage":[4,34,124,300,301],"damages":[124],"damaging":[124,138,139,140,141],"damp":[96],"damping":[108]});
