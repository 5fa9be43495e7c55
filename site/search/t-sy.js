window.evidencemapSearch&&evidencemapSearch.terms("sy",{"symptoms":[71,204,205,299],"system":[35,63,80,89,106,107,140,141,174,175,180,181,183],"systematic":[135,284,285,286,287,288,289,290,291]});
