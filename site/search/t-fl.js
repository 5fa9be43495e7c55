window.evidencemapSearch&&evidencemapSearch.terms("fl",{"flat":[27,43,208,227,265,279,280,325],"flatfeet":[27],"flatfoot":[27],"flatten":[161],"flattening":[98],"flexible":[12,75],"flow":[93,241]});
