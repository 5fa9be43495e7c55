window.evidencemapSearch&&evidencemapSearch.terms("da",{"daily":[7,69,309,310],"damage":[4,34,124,289,290],"damages":[124],"damaging":[124,138,139,140,141],"damp":[96],"damping":[108]});
