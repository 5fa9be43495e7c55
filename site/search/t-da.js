window.evidencemapSearch&&evidencemapSearch.terms("da",{"daily":[7,69,314,315],"damage":[4,34,124,293,294],"damages":[124],"damaging":[124,138,139,140,141],"damp":[96],"damping":[108]});
