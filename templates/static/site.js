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
    var names = ["evidence", "kind", "relation", "concept", "with", "interest", "sort"];
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
          (!want.concept || row.dataset.concepts.split(" ").indexOf(want.concept) !== -1) &&
          (!want["with"] || row.dataset.concepts.split(" ").indexOf(want["with"]) !== -1);
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

  /* Search: the index is sharded into scripts (search/t-XX.js for words, search/d-N.js for documents)
     loaded with <script src>, which works from file:// where fetch does not. */
  var STOPWORDS = ("a an and are as at be but by can for from has have in into is it its may not of on or so such than that the their " +
    "them then there these they this to was were which will with you your").split(" ");
  var KIND_ORDER = {concept: 0, source: 1, claim: 2};
  var KIND_NAMES = {concept: "Concepts", source: "Sources", claim: "Claims"};
  var SHOW_PER_KIND = 25;

  function queryWords(text) {
    var found = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
    return found.filter(function (w) { return w.length > 1 && STOPWORDS.indexOf(w) === -1; });
  }

  function shardKey(word) {
    var head = word.slice(0, 2);
    return /^[a-z0-9]{2}$/.test(head) ? head : "_";
  }

  function setupSearch() {
    var form = document.querySelector(".search-form");
    if (!form) { return; }
    var input = form.elements.q;
    var results = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!results) {  /* a search box on another page: go to the search page */
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        window.location.href = form.getAttribute("action") + "?q=" + encodeURIComponent(input.value);
      });
      return;
    }
    var root = form.dataset.root || "";
    var store = {meta: null, terms: {}, docs: {}};
    var loading = {};
    window.evidencemapSearch = {
      meta: function (key, data) { store.meta = data; },
      terms: function (key, data) { store.terms[key] = data; },
      docs: function (key, data) { store.docs[key] = data; }
    };
    function load(path) {
      if (!loading[path]) {
        loading[path] = new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.src = root + path;
          script.onload = resolve;
          script.onerror = function () { reject(new Error("could not load " + path)); };
          document.head.appendChild(script);
        });
      }
      return loading[path];
    }
    function matches(word) {
      var terms = store.terms[shardKey(word)] || {};
      var hits = {};
      Object.keys(terms).forEach(function (term) {
        if (term.lastIndexOf(word, 0) === 0) { terms[term].forEach(function (n) { hits[n] = true; }); }
      });
      return hits;
    }
    var latest = 0;
    function run(text) {
      var ticket = ++latest;
      var ws = queryWords(text);
      results.textContent = "";
      if (!ws.length) { status.textContent = text.trim() ? "Type words of two letters or more." : "Type a word to search."; return; }
      status.textContent = "Searching…";
      load("search/meta.js").then(function () {
        var keys = ws.map(shardKey).filter(function (k, i, all) { return all.indexOf(k) === i && store.meta.shards.indexOf(k) !== -1; });
        return Promise.all(keys.map(function (k) { return load("search/t-" + k + ".js"); }));
      }).then(function () {
        var found = null;
        ws.forEach(function (word) {
          var hits = matches(word);
          found = found === null ? hits : Object.keys(found).reduce(function (both, n) { if (hits[n]) { both[n] = true; } return both; }, {});
        });
        var numbers = Object.keys(found || {}).map(Number).sort(function (a, b) { return a - b; });
        var per = store.meta.per_shard;
        var byKind = {concept: [], source: [], claim: []};
        var counts = {concept: 0, source: 0, claim: 0};
        var show = [];
        numbers.forEach(function (n) {  /* documents are numbered by kind: meta.kinds gives each kind's range */
          store.meta.kinds.forEach(function (range) {
            if (n >= range[1] && n < range[2]) {
              counts[range[0]] += 1;
              if (counts[range[0]] <= SHOW_PER_KIND) { show.push(n); }
            }
          });
        });
        var shards = show.map(function (n) { return Math.floor(n / per); }).filter(function (k, i, all) { return all.indexOf(k) === i; });
        return Promise.all(shards.map(function (k) { return load("search/d-" + k + ".js"); })).then(function () {
          if (ticket !== latest) { return; }
          show.forEach(function (n) {
            var doc = store.docs[Math.floor(n / per)][n % per];
            byKind[doc[0]].push(doc);
          });
          render(text, numbers.length, byKind, counts);
        });
      }).catch(function (error) {
        status.textContent = "Search failed: " + error.message;
      });
    }
    function render(text, total, byKind, counts) {
      status.textContent = total === 0 ? "No results for “" + text.trim() + "”." :
        total + (total === 1 ? " result" : " results") + " for “" + text.trim() + "”: " +
        ["concept", "source", "claim"].filter(function (k) { return counts[k]; }).map(function (k) { return counts[k] + " " + KIND_NAMES[k].toLowerCase(); }).join(", ") + ".";
      ["concept", "source", "claim"].forEach(function (kind) {
        if (!byKind[kind].length) { return; }
        var section = document.createElement("section");
        var heading = document.createElement("h2");
        heading.textContent = KIND_NAMES[kind] + " (" + counts[kind] + ")";
        section.appendChild(heading);
        var list = document.createElement("ul");
        list.className = "search-results";
        byKind[kind].forEach(function (doc) {
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = root + doc[2];
          link.textContent = doc[1];
          item.appendChild(link);
          if (doc[3]) {
            var snippet = document.createElement("p");
            snippet.className = "muted";
            snippet.textContent = doc[3];
            item.appendChild(snippet);
          }
          list.appendChild(item);
        });
        section.appendChild(list);
        if (counts[kind] > byKind[kind].length) {
          var note = document.createElement("p");
          note.textContent = "Showing the first " + byKind[kind].length + "; add words to narrow the search.";
          section.appendChild(note);
        }
        results.appendChild(section);
      });
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(input.value);
      try { window.history.replaceState(null, "", window.location.pathname + (input.value ? "?q=" + encodeURIComponent(input.value) : "")); } catch (e) { /* file:// may refuse */ }
    });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { input.value = initial; run(initial); } else { status.textContent = "Type a word to search."; }
  }

  setupClaimFilters();
  setupGraph();
  setupSearch();
}());
