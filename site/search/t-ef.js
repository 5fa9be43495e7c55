window.evidencemapSearch&&evidencemapSearch.terms("ef",{"effect":[239,240],"effectiveness":[135,239,240,241,242],"efficient":[169,170]});
