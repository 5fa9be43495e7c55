window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[314,315,320]});
