window.evidencemapSearch&&evidencemapSearch.terms("ai",{"ailments":[320]});
