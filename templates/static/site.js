/* evidencemap: small progressive enhancements. Every page works without this file. */
(function () {
  "use strict";

  var SHOW_ROWS = 500;  /* filtered rows drawn at once when the list spans several pages */

  function setupClaimFilters() {
    var form = document.getElementById("claim-filters");
    var table = document.getElementById("claims-table");
    if (!form || !table) { return; }
    var body = table.tBodies[0];
    var pageRows = Array.prototype.slice.call(body.rows);
    var count = document.getElementById("claim-count");
    var pageCountText = count.textContent;
    var pagers = Array.prototype.slice.call(document.querySelectorAll(".pager"));
    var pageCount = Number(table.dataset.pages || 1);
    var labels = JSON.parse(table.dataset.labels || "{}");
    var names = ["evidence", "kind", "relation", "concept", "with", "interest", "sort"];
    var params = new URLSearchParams(window.location.search);
    names.forEach(function (name) {
      var select = form.elements[name];
      if (select && params.has(name)) { select.value = params.get(name); }
    });
    var allRows = null;  /* every claim of every page, as <tr>s built from claims/rows-N.js; loaded on first filter */
    var loadingAll = null;
    var shown = SHOW_ROWS;

    function loadAllRows() {
      if (!loadingAll) {
        var data = {};
        window.evidencemapRows = function (number, rows) { data[number] = rows; };
        var loads = [];
        for (var n = 1; n <= pageCount; n += 1) {
          loads.push(new Promise(function (resolve, reject) {
            var script = document.createElement("script");
            script.src = table.dataset.rows + n + ".js";
            script.onload = resolve;
            script.onerror = function () { reject(new Error("could not load " + script.src)); };
            document.head.appendChild(script);
          }));
        }
        loadingAll = Promise.all(loads).then(function () {
          allRows = [];
          for (var k = 1; k <= pageCount; k += 1) { data[k].forEach(function (r) { allRows.push(makeRow(r)); }); }
        });
      }
      return loadingAll;
    }

    function cell(row, child) {
      var td = document.createElement("td");
      if (child) { td.appendChild(child); }
      row.appendChild(td);
      return td;
    }
    function link(href, text) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = text;
      return a;
    }
    function badge(className, text) {
      var span = document.createElement("span");
      span.className = "badge " + className;
      span.textContent = text;
      return span;
    }
    function makeRow(r) {
      /* [id, text, quote, evidence, evidence rank, source kind, relation, interest, concepts, subject label, source id, source label, rank] */
      var tr = document.createElement("tr");
      tr.dataset.evidence = r[3]; tr.dataset.evrank = r[4]; tr.dataset.kind = r[5]; tr.dataset.relation = r[6];
      tr.dataset.interest = r[7]; tr.dataset.concepts = r[8]; tr.dataset.subject = r[9]; tr.dataset.rank = r[12];
      cell(tr, link(r[0] + ".html", r[1]));
      cell(tr).textContent = "\u201c" + r[2] + "\u201d";
      tr.lastChild.className = "quote-cell";
      var ev = cell(tr, badge("ev-" + r[3], (labels.evidence || {})[r[3]] || r[3]));
      if (r[7] === "yes") { ev.appendChild(document.createTextNode(" ")); ev.appendChild(badge("interest", "Seller\u2019s interest")); }
      var src = cell(tr, link("../sources/" + r[10] + ".html", r[11]));
      src.appendChild(document.createTextNode(" "));
      src.appendChild(badge("kind-" + r[5], (labels.kind || {})[r[5]] || r[5]));
      return tr;
    }

    function wanted() {
      var want = {};
      names.forEach(function (name) { want[name] = form.elements[name] ? form.elements[name].value : ""; });
      return want;
    }
    function matches(row, want) {
      var concepts = row.dataset.concepts.split(" ");
      return (!want.evidence || row.dataset.evidence === want.evidence) &&
        (!want.kind || row.dataset.kind === want.kind) &&
        (!want.relation || row.dataset.relation === want.relation) &&
        (!want.interest || row.dataset.interest === want.interest) &&
        (!want.concept || concepts.indexOf(want.concept) !== -1) &&
        (!want["with"] || concepts.indexOf(want["with"]) !== -1);
    }
    function order(rows, want) {
      return rows.slice().sort(function (a, b) {
        if (want.sort === "evidence") { return (a.dataset.evrank - b.dataset.evrank) || (a.dataset.rank - b.dataset.rank); }
        if (want.sort === "subject") { return a.dataset.subject.localeCompare(b.dataset.subject) || (a.dataset.rank - b.dataset.rank); }
        return a.dataset.rank - b.dataset.rank;
      });
    }
    function draw(rows, want, total) {
      var hits = order(rows.filter(function (row) { return matches(row, want); }), want);
      body.textContent = "";
      var limit = allRows ? shown : hits.length;
      hits.slice(0, limit).forEach(function (row) { row.hidden = false; body.appendChild(row); });
      count.textContent = hits.length + (hits.length === 1 ? " claim" : " claims") + (hits.length === total ? "" : " of " + total) +
        (hits.length > limit ? ", the first " + limit + " shown" : "");
      var more = document.getElementById("claims-more");
      if (hits.length > limit) {
        if (!more) {
          more = document.createElement("button");
          more.type = "button";
          more.id = "claims-more";
          more.textContent = "Show more claims";
          more.addEventListener("click", function () { shown += SHOW_ROWS; apply(false); });
          table.parentNode.insertBefore(more, table.nextSibling);
        }
      } else if (more) { more.parentNode.removeChild(more); }
    }
    function apply(updateUrl) {
      var want = wanted();
      var filtering = names.some(function (name) { return want[name]; });
      if (pageCount > 1 && filtering) {
        pagers.forEach(function (p) { p.hidden = true; });
        count.textContent = "Loading every claim…";
        loadAllRows().then(function () { draw(allRows, want, allRows.length); })
          .catch(function (error) { count.textContent = "Could not load the other pages: " + error.message; });
      } else {
        pagers.forEach(function (p) { p.hidden = false; });
        draw(pageRows, want, pageRows.length);
        if (pageCount > 1) { count.textContent = pageCountText; }
      }
      if (updateUrl && window.history && window.history.replaceState) {
        var next = new URLSearchParams();
        names.forEach(function (name) { if (want[name]) { next.set(name, want[name]); } });
        var query = next.toString();
        try { window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "")); } catch (e) { /* file:// may refuse */ }
      }
    }
    form.addEventListener("change", function () { shown = SHOW_ROWS; apply(true); });
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
    var listed = Array.prototype.slice.call(document.querySelectorAll("#graph-list li[data-evidence]"));
    function applyFilters() {
      var on = {};
      Array.prototype.forEach.call(filter.querySelectorAll("input[name=ev]"), function (box) { on[box.value] = box.checked; });
      edges.concat(listed).forEach(function (item) { item.classList.toggle("filtered", !on[item.dataset.evidence]); });
    }
    if (filter) { filter.addEventListener("change", applyFilters); applyFilters(); }
  }

  /* Search: the index is sharded into scripts (search/t-XX.js for words, search/d-N.js for documents)
     loaded with <script src>, which works from file:// where fetch does not. */
  var STOPWORDS = ("a an and are as at be but by can for from has have in into is it its may not of on or so such than that the their " +
    "them then there these they this to was were which will with you your").split(" ");
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
    /* {document: weight} for one query word: postings are [document, weight, ...] (3 title, 2 text, 1 publisher);
       a word that only begins an indexed word counts half, so "orthotic" still finds "orthotics". */
    function matches(word) {
      var terms = store.terms[shardKey(word)] || {};
      var hits = {};
      Object.keys(terms).forEach(function (term) {
        if (term.lastIndexOf(word, 0) !== 0) { return; }
        var factor = term === word ? 1 : 0.5;
        var list = terms[term];
        for (var i = 0; i < list.length; i += 2) {
          hits[list[i]] = Math.max(hits[list[i]] || 0, list[i + 1] * factor);
        }
      });
      return hits;
    }
    /* A question ("do orthotics work?", "is there evidence for insoles") wants research first. */
    var QUESTION = /\?\s*$|^\s*(?:do|does|did|is|are|can|could|will|should|what|how|why|which)\b|\b(?:work|works|help|helps|evidence|research|studies|study|effective)\b/i;
    var RESEARCH_BONUS = 10;
    /* The words that make a question a question: they say what is asked, not what it is about, so results need
       not contain them ("do orthotics work?" is about orthotics). */
    var ASKING = ("do does did is are can could will should what how why which work works help helps evidence " +
      "research studies study effective there any").split(" ");
    var latest = 0;
    function run(text) {
      var ticket = ++latest;
      var ws = queryWords(text);
      if (QUESTION.test(text)) {
        var about = ws.filter(function (w) { return ASKING.indexOf(w) === -1; });
        if (about.length) { ws = about; }
      }
      results.textContent = "";
      if (!ws.length) { status.textContent = text.trim() ? "Type words of two letters or more." : "Type a word to search."; return; }
      status.textContent = "Searching…";
      load("search/meta.js").then(function () {
        var keys = ws.map(shardKey).filter(function (k, i, all) { return all.indexOf(k) === i && store.meta.shards.indexOf(k) !== -1; });
        return Promise.all(keys.map(function (k) { return load("search/t-" + k + ".js"); }));
      }).then(function () {
        var scores = null;  /* every query word must match; a document's score is the sum of its words' weights */
        ws.forEach(function (word) {
          var hits = matches(word);
          scores = scores === null ? hits : Object.keys(scores).reduce(function (both, n) {
            if (hits[n]) { both[n] = scores[n] + hits[n]; }
            return both;
          }, {});
        });
        scores = scores || {};
        var numbers = Object.keys(scores).map(Number);
        var byKind = {concept: [], source: [], claim: []};
        numbers.forEach(function (n) {  /* documents are numbered by kind: meta.kinds gives each kind's range */
          store.meta.kinds.forEach(function (range) { if (n >= range[1] && n < range[2]) { byKind[range[0]].push(n); } });
        });
        var question = QUESTION.test(text);
        var isResearch = function (n) { return store.meta.research.some(function (r) { return n >= r[0] && n < r[1]; }); };
        var rank = function (n) { return scores[n] + (question && isResearch(n) ? RESEARCH_BONUS : 0); };
        var first = [];
        Object.keys(byKind).forEach(function (kind) {
          byKind[kind].sort(function (a, b) { return (rank(b) - rank(a)) || (a - b); });
          first = first.concat(byKind[kind].slice(0, SHOW_PER_KIND));
        });
        return loadDocs(first).then(function () {  /* only the shards of what is shown first */
          if (ticket === latest) { render(text, numbers.length, byKind, question); }
        });
      }).catch(function (error) {
        status.textContent = "Search failed: " + error.message;
      });
    }
    function doc(n) { var per = store.meta.per_shard; return store.docs[Math.floor(n / per)][n % per]; }
    function loadDocs(numbers) {
      var per = store.meta.per_shard;
      var shards = numbers.map(function (n) { return Math.floor(n / per); }).filter(function (k, i, all) { return all.indexOf(k) === i; });
      return Promise.all(shards.map(function (k) { return load("search/d-" + k + ".js"); }));
    }
    function item(n) {
      var d = doc(n);
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + d[2];
      link.textContent = d[1];
      li.appendChild(link);
      if (d[4]) {  /* the evidence type of a claim, the kind of a source: the same badge as everywhere else */
        li.appendChild(document.createTextNode(" "));
        var badge = document.createElement("span");
        badge.className = "badge " + d[4];
        badge.textContent = d[5];
        li.appendChild(badge);
      }
      if (d[3]) {
        var snippet = document.createElement("p");
        snippet.className = "muted";
        snippet.textContent = d[3];
        li.appendChild(snippet);
      }
      return li;
    }
    function render(text, total, byKind, question) {
      var kinds = question ? ["source", "claim", "concept"] : ["concept", "source", "claim"];
      status.textContent = total === 0 ? "No results for “" + text.trim() + "”." :
        total + (total === 1 ? " result" : " results") + " for “" + text.trim() + "”: " +
        kinds.filter(function (k) { return byKind[k].length; }).map(function (k) { return byKind[k].length + " " + KIND_NAMES[k].toLowerCase(); }).join(", ") +
        (question ? "; research first." : ", best matches first.");
      kinds.forEach(function (kind) {
        var numbers = byKind[kind];
        if (!numbers.length) { return; }
        var section = document.createElement("section");
        var heading = document.createElement("h2");
        heading.textContent = KIND_NAMES[kind] + " (" + numbers.length + ")";
        section.appendChild(heading);
        var list = document.createElement("ul");
        list.className = "search-results";
        list.setAttribute("role", "list");  // list-style: none drops list semantics in Safari
        numbers.slice(0, SHOW_PER_KIND).forEach(function (n) { list.appendChild(item(n)); });
        section.appendChild(list);
        if (numbers.length > SHOW_PER_KIND) {  /* every result is reachable: the rest on request */
          var more = document.createElement("button");
          more.type = "button";
          more.className = "more";
          more.textContent = "Show all " + numbers.length + " " + KIND_NAMES[kind].toLowerCase();
          more.addEventListener("click", function () {
            more.disabled = true;
            loadDocs(numbers.slice(SHOW_PER_KIND)).then(function () {
              numbers.slice(SHOW_PER_KIND).forEach(function (n) { list.appendChild(item(n)); });
              more.remove();
            });
          });
          section.appendChild(more);
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
