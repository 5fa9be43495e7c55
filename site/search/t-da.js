window.evidencemapSearch&&evidencemapSearch.terms("da",{"daily":[7,69,324,325],"damage":[4,34,124,303,304],"damages":[124],"damaging":[124,138,139,140,141],"damp":[96],"damping":[108]});
