window.evidencemapSearch&&evidencemapSearch.terms("l5",{"l5":[30,79,216,217,218]});
