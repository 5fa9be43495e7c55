window.evidencemapSearch&&evidencemapSearch.terms("fl",{"flat":[27,43,191,221,247],"flatfeet":[27],"flatfoot":[27],"flatten":[152],"flattening":[98],"flexible":[12,75],"flow":[93,203]});
