window.evidencemapSearch&&evidencemapSearch.terms("no",{"no":[238,239,240,246,247,250],"non":[60],"nontraumatic":[5,142],"norm":[142],"normal":[43,94,98,162],"noted":[191],"now":[143,230]});
