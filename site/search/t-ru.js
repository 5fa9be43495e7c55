window.evidencemapSearch&&evidencemapSearch.terms("ru",{"ruffo":[241],"run":[50],"runner":[102,299,300],"runners":[102],"running":[23,33,84,100,102,103,104],"runs":[1],"rural":[219]});
