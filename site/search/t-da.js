window.evidencemapSearch&&evidencemapSearch.terms("da",{"daily":[7,69,326,327],"damage":[4,34,124,305,306],"damages":[124],"damaging":[124,138,139,140,141],"damp":[96],"damping":[108]});
