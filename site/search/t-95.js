window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[239,240,243,248,249]});
