window.evidencemapSearch&&evidencemapSearch.terms("fl",{"flat":[27,43,196,210,243,253,254,297],"flatfeet":[27],"flatfoot":[27],"flatten":[155],"flattening":[98],"flexible":[12,75],"flow":[93,222]});
