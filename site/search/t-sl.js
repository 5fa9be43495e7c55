window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,320],"sleeping":[110,320],"slower":[266,267]});
