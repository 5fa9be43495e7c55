window.evidencemapSearch&&evidencemapSearch.terms("da",{"daily":[7,69,318,319],"damage":[4,34,124,297,298],"damages":[124],"damaging":[124,138,139,140,141],"damp":[96],"damping":[108]});
