window.evidencemapSearch&&evidencemapSearch.terms("fl",{"flat":[27,43,214,233,271,287,288,333],"flatfeet":[27],"flatfoot":[27],"flatten":[161],"flattening":[98],"flexible":[12,75],"flow":[93,247]});
