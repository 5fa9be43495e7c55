window.evidencemapSearch&&evidencemapSearch.terms("da",{"daily":[7,69,275,276],"damage":[4,34,124,255,256],"damages":[124],"damaging":[124,138],"damp":[96],"damping":[108]});
