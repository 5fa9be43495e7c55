window.evidencemapSearch&&evidencemapSearch.terms("sy",{"symptoms":[71,242,243,352],"system":[35,63,80,89,106,107,143,144,196,197,208,209,211],"systematic":[135,337,338,339,340,341,342,343,344]});
