window.evidencemapSearch&&evidencemapSearch.terms("ru",{"ruffo":[246],"run":[50],"runner":[102,305,306],"runners":[102],"running":[23,33,84,100,102,103,104],"runs":[1],"rural":[224]});
