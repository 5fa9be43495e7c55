window.evidencemapSearch&&evidencemapSearch.terms("ru",{"ruffo":[248],"run":[50],"runner":[102,307,308],"runners":[102],"running":[23,33,84,100,102,103,104],"runs":[1],"rural":[226]});
