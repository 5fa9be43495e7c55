window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[329,330,331,332,337,343,344]});
