window.evidencemapSearch&&evidencemapSearch.terms("gi",{"giving":[11,2]});
