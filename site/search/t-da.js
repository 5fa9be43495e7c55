window.evidencemapSearch&&evidencemapSearch.terms("da",{"daily":[7,69,301,302],"damage":[4,34,124,281,282],"damages":[124],"damaging":[124,138,139,140,141],"damp":[96],"damping":[108]});
