window.evidencemapSearch&&evidencemapSearch.terms("ru",{"ruffo":[191],"run":[50,157],"runner":[102],"runners":[102],"running":[23,33,84,100,102,103,104,152,157],"runs":[1],"rural":[178]});
