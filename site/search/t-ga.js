window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,17,50,174,192,193,199,203,204,207,257,258,308,309]});
