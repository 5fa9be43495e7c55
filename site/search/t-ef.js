window.evidencemapSearch&&evidencemapSearch.terms("ef",{"effect":[284,285,286,287],"effectiveness":[135,284,285,286,287,288,289,290,291],"efficient":[184,185],"efficiently":[174,175]});
