window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clear":[181,182],"clinic":[15,130],"clinical":[17,201],"closely":[299]});
