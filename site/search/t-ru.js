window.evidencemapSearch&&evidencemapSearch.terms("ru",{"ruffo":[210],"run":[50],"runner":[102,257,258],"runners":[102],"running":[23,33,84,100,102,103,104,155],"runs":[1],"rural":[193]});
