/* evidencemap: small progressive enhancements. Every page works without this file. */
(function () {
  "use strict";

  /* The claim list: a row for each thing claimed, filtered and sorted here; with several pages, every page's rows
     come from claims/rows-N.js (script tags, which load from disk too) and are built by makeRow as
     templates/claim_rows.html renders them. */
  var FILTERS = ["research", "overreach", "interest", "evidence", "kind", "relation", "concept", "with", "sort"];

  function words(text) { return text ? text.split(" ") : []; }

  /* Whether a row passes every filter of ``want``. */
  function rowMatches(row, want) {
    var d = row.dataset;
    var concepts = words(d.concepts);
    var flags = words(d.overreach);
    var sellers = Number(d.sellers);
    return (!want.research || d.research === want.research) &&
      (!want.overreach || (want.overreach === "yes" ? flags.length > 0 : want.overreach === "no" ? flags.length === 0 :
        flags.indexOf(want.overreach) !== -1)) &&
      (!want.interest || (want.interest === "yes" ? sellers > 0 : want.interest === "no" ? sellers === 0 :
        sellers === Number(d.sources))) &&
      (!want.evidence || words(d.evidence).indexOf(want.evidence) !== -1) &&
      (!want.kind || words(d.kind).indexOf(want.kind) !== -1) &&
      (!want.relation || d.relation === want.relation) &&
      (!want.concept || concepts.indexOf(want.concept) !== -1) &&
      (!want["with"] || concepts.indexOf(want["with"]) !== -1);
  }

  /* How a sort compares two rows before their place in the list breaks the tie; 0 for the list's own order. */
  var SORTS = {
    sources: function (a, b) { return b.dataset.sources - a.dataset.sources; },
    research: function (a, b) { return a.dataset.resrank - b.dataset.resrank; },
    overreach: function (a, b) { return words(b.dataset.overreach).length - words(a.dataset.overreach).length; },
    evidence: function (a, b) { return a.dataset.evrank - b.dataset.evrank; },
    interest: function (a, b) { return sellerRank(a) - sellerRank(b); },
    subject: function (a, b) { return a.dataset.subject.localeCompare(b.dataset.subject); }
  };
  /* Rows only sellers make first, then those some seller makes, then the rest. */
  function sellerRank(row) {
    var sellers = Number(row.dataset.sellers);
    return sellers === 0 ? 2 : sellers === Number(row.dataset.sources) ? 0 : 1;
  }

  function setupClaimFilters() {
    var form = document.getElementById("claim-filters");
    var table = document.getElementById("claims-table");
    if (!form || !table) { return; }
    var body = table.tBodies[0];
    var pageRows = Array.prototype.slice.call(body.rows);
    var count = document.getElementById("claim-count");
    var pageCountText = count.textContent;
    var pagers = Array.prototype.slice.call(document.querySelectorAll(".pager"));
    var scripts = Number(table.dataset.scripts || 0);  /* claims/rows-N.js: only when the list has several pages */
    var perPage = Number(table.dataset.perPage || 25);  /* filtered rows drawn at once, as many as a page holds */
    var badges = document.getElementById("claim-badges");
    var sayersShown = Number(table.dataset.shown || 3);
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) {
      var select = form.elements[name];
      if (select && params.has(name)) { select.value = params.get(name); }
    });
    var allRows = null;  /* every row of every page, as <tr>s built from claims/rows-N.js; loaded on first filter */
    var loadingAll = null;
    var shown = perPage;

    function loadAllRows() {
      if (!loadingAll) {
        var data = {};
        window.evidencemapRows = function (number, rows) { data[number] = rows; };
        var loads = [];
        for (var n = 1; n <= scripts; n += 1) {
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
          for (var k = 1; k <= scripts; k += 1) { data[k].forEach(function (r) { allRows.push(makeRow(r)); }); }
        });
      }
      return loadingAll;
    }

    function link(href, text) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = text;
      return a;
    }
    function element(tag, className, text) {
      var made = document.createElement(tag);
      if (className) { made.className = className; }
      if (text) { made.textContent = text; }
      return made;
    }
    /* A copy of the page's own badge (or muted note) named ``key`` in <template id="claim-badges">. */
    function badge(key) {
      var holder = badges && badges.content.querySelector('[data-badge="' + key + '"]');
      return holder ? holder.firstElementChild.cloneNode(true) : element("span", "badge", key);
    }
    function append(parent, children) {
      children.forEach(function (child, i) {
        if (i) { parent.appendChild(document.createTextNode(" ")); }
        parent.appendChild(child);
      });
      return parent;
    }
    /* One source of a row: [name, kind, seller's interest (its reason, "" for none given, or null), claim ids];
       ``page``: the assertion's page, where each claim has its part (its id). */
    function sayerItem(s, page) {
      var parts = [link(page + "#" + s[3][0], s[0])];
      if (s[3].length > 1) {
        var again = element("span", "again", "(said " + s[3].length + " times:");
        s[3].forEach(function (id, i) {
          var a = link(page + "#" + id, String(i + 1));
          a.setAttribute("aria-label", s[0] + ", time " + (i + 1));
          append(again, [document.createTextNode(""), a]);
        });
        again.appendChild(document.createTextNode(")"));
        parts.push(again);
      }
      parts.push(badge("kind-" + s[1]));
      if (s[2] !== null) {
        var interest = badge("interest");
        if (s[2]) { interest.title = s[2]; }
        parts.push(interest);
      }
      return append(element("li"), parts);
    }
    function sayerList(sayers, page) {
      var list = element("ul", "sayers");
      list.setAttribute("role", "list");
      sayers.forEach(function (s) { list.appendChild(sayerItem(s, page)); });
      return list;
    }
    function makeRow(r) {
      /* [title, link, evidence types (best first), best evidence rank, source kinds, relation, sellers, sources,
          concepts, subject, research, research rank, overreach [[kind, summary]], rank, verdict, sources [...],
          the assertion's page]
          (render/claim_groups.py row_data) */
      var tr = document.createElement("tr");
      var d = tr.dataset;
      d.rank = r[13]; d.evidence = r[2]; d.evrank = r[3]; d.kind = r[4]; d.relation = r[5]; d.sellers = r[6];
      d.sources = r[7]; d.concepts = r[8]; d.subject = r[9]; d.research = r[10]; d.resrank = r[11];
      d.overreach = r[12].map(function (flag) { return flag[0]; }).join(" ");
      var title = link(r[1], r[0]);
      title.className = "claim-title";
      tr.appendChild(element("td", "claim-cell")).appendChild(title);
      var said = tr.appendChild(element("td", "said-by"));
      append(said, [element("span", "said-count", r[7] + (r[7] === 1 ? " source:" : " sources:")),
        sayerList(r[15].slice(0, sayersShown), r[16])]);
      if (r[15].length > sayersShown) {
        var more = said.appendChild(element("details", "more-sayers"));
        var rest = r[15].length - sayersShown;
        more.appendChild(element("summary", "", rest + (rest === 1 ? " more source" : " more sources")));
        more.appendChild(sayerList(r[15].slice(sayersShown), r[16]));
      }
      tr.appendChild(element("td", "evidence-cell")).appendChild(badge("ev-" + words(r[2])[0]));
      var research = r[10] === "finding" ? (r[14] ? "verdict-" + r[14] : "research-finding") :
        r[10] === "none" ? "research-none" : "agree-" + r[10];
      var flags = r[12].map(function (flag) {
        var mark = badge("overreach-" + flag[0]);
        mark.title = flag[1];
        return mark;
      });
      append(tr.appendChild(element("td", "research-cell")), [badge(research)].concat(flags));
      return tr;
    }

    function wanted() {
      var want = {};
      FILTERS.forEach(function (name) { want[name] = form.elements[name] ? form.elements[name].value : ""; });
      return want;
    }
    function order(rows, want) {
      var before = SORTS[want.sort];
      return rows.slice().sort(function (a, b) {
        return (before ? before(a, b) : 0) || (a.dataset.rank - b.dataset.rank);
      });
    }
    function draw(rows, want, total) {
      var hits = order(rows.filter(function (row) { return rowMatches(row, want); }), want);
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
          more.addEventListener("click", function () { shown += perPage; apply(false); });
          table.parentNode.insertBefore(more, table.nextSibling);
        }
      } else if (more) { more.parentNode.removeChild(more); }
    }
    function apply(updateUrl) {
      var want = wanted();
      var filtering = FILTERS.some(function (name) { return want[name]; });
      if (scripts && filtering) {
        pagers.forEach(function (p) { p.hidden = true; });
        count.textContent = "Loading every claim…";
        loadAllRows().then(function () { draw(allRows, want, allRows.length); })
          .catch(function (error) { count.textContent = "Could not load the other pages: " + error.message; });
      } else {
        pagers.forEach(function (p) { p.hidden = false; });
        draw(pageRows, want, pageRows.length);
        if (scripts || !filtering) { count.textContent = pageCountText; }
      }
      if (updateUrl && window.history && window.history.replaceState) {
        var next = new URLSearchParams();
        FILTERS.forEach(function (name) { if (want[name]) { next.set(name, want[name]); } });
        var query = next.toString();
        try { window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "")); } catch (e) { /* file:// may refuse */ }
      }
    }
    form.addEventListener("change", function () { shown = perPage; apply(true); });
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
