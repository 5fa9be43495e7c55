window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smoking":[249],"smr":[105]});
