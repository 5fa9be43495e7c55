/* evidencemap: small progressive enhancements. Every page works without this file. */
(function () {
  "use strict";

  function setupClaimFilters() {
    var form = document.getElementById("claim-filters");
    var table = document.getElementById("claims-table");
    if (!form || !table) { return; }
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var count = document.getElementById("claim-count");
    var names = ["evidence", "kind", "relation", "concept", "interest", "sort"];
    var params = new URLSearchParams(window.location.search);
    names.forEach(function (name) {
      var select = form.elements[name];
      if (select && params.has(name)) { select.value = params.get(name); }
    });
    function apply(updateUrl) {
      var want = {};
      names.forEach(function (name) { want[name] = form.elements[name] ? form.elements[name].value : ""; });
      var shown = 0;
      rows.forEach(function (row) {
        var ok = (!want.evidence || row.dataset.evidence === want.evidence) &&
          (!want.kind || row.dataset.kind === want.kind) &&
          (!want.relation || row.dataset.relation === want.relation) &&
          (!want.interest || row.dataset.interest === want.interest) &&
          (!want.concept || row.dataset.concepts.split(" ").indexOf(want.concept) !== -1);
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      var sorted = rows.slice().sort(function (a, b) {
        if (want.sort === "evidence") { return (a.dataset.evrank - b.dataset.evrank) || (a.dataset.rank - b.dataset.rank); }
        if (want.sort === "subject") { return a.dataset.subject.localeCompare(b.dataset.subject) || (a.dataset.rank - b.dataset.rank); }
        return a.dataset.rank - b.dataset.rank;
      });
      sorted.forEach(function (row) { body.appendChild(row); });
      count.textContent = shown + (shown === 1 ? " claim" : " claims") + (shown === rows.length ? "" : " of " + rows.length);
      if (updateUrl && window.history && window.history.replaceState) {
        var next = new URLSearchParams();
        names.forEach(function (name) { if (want[name]) { next.set(name, want[name]); } });
        var query = next.toString();
        try { window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "")); } catch (e) { /* file:// may refuse */ }
      }
    }
    form.addEventListener("change", function () { apply(true); });
    apply(false);
  }

  function setupGraph() {
    var svg = document.querySelector(".evidence-graph");
    if (!svg) { return; }
    var edges = Array.prototype.slice.call(svg.querySelectorAll(".edge"));
    function light(concept) {
      svg.classList.add("highlighting");
      edges.forEach(function (edge) {
        edge.classList.toggle("lit", edge.dataset.from === concept || edge.dataset.to === concept);
      });
    }
    function clear() {
      svg.classList.remove("highlighting");
      edges.forEach(function (edge) { edge.classList.remove("lit"); });
    }
    Array.prototype.forEach.call(svg.querySelectorAll(".node"), function (node) {
      node.addEventListener("mouseenter", function () { light(node.dataset.concept); });
      node.addEventListener("focus", function () { light(node.dataset.concept); });
      node.addEventListener("mouseleave", clear);
      node.addEventListener("blur", clear);
    });
    var filter = document.getElementById("graph-filter");
    if (filter) {
      filter.addEventListener("change", function () {
        var on = {};
        Array.prototype.forEach.call(filter.querySelectorAll("input[name=ev]"), function (box) { on[box.value] = box.checked; });
        edges.forEach(function (edge) { edge.classList.toggle("filtered", !on[edge.dataset.evidence]); });
      });
    }
  }

  setupClaimFilters();
  setupGraph();
}());
