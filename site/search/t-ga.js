window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,3,17,2,50,3,200,3,220,3,221,3,227,3,233,2,234,3,237,3,289,2,290,3,339,2,340,2]});
