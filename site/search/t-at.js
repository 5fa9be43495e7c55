window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[257,258],"atrophy":[40,214,215,216]});
