window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,17,50,176,196,197,203,207,208,211,261,262,312,313]});
