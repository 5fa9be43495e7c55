"""A search index built at build time, sharded into small JavaScript files.

Why not Pagefind or ``fetch``: a page opened from disk (``file://``) may not fetch
anything, so every shard is a script that hands its data to ``site.js`` through a
global callback; a ``<script src>`` loads from disk as well as from a server.

Two kinds of shard keep each query's download small however big the map is:

- ``search/t-XX.js``: every word starting with the two letters ``XX``, each with the
  numbers of the documents (claims, sources, concepts) that contain it;
- ``search/d-N.js``: the documents themselves (kind, title, address, snippet), DOCS_PER_SHARD a file.

A claim's document is its assertion's (what is claimed, by whom, in which words; its address the assertion's page):
a sentence repeated by a thousand sources is one result, and the index grows with what is claimed, not how often.

A query loads one term shard per word and then only the document shards its best
hits live in. Building is one pass over the documents: linear in the size of the map.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass

from evidencemap.link.research import study_name
from evidencemap.model import Assertion, Claim, Source, SourceKind
from evidencemap.render.view import MapView, assertion_path
from evidencemap.vocabulary import DESIGN_LABELS, EVIDENCE_LABELS, KIND_LABELS

DOCS_PER_SHARD = 500
SNIPPET_CHARS = 160
WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Words too common to help and too costly to list: their postings would name most documents.
STOPWORDS = frozenset(
    "a an and are as at be but by can for from has have in into is it its may not of on or so such than that the their "
    "them then there these they this to was were which will with you your".split()
)


# How much a query word counts where it is found: in the title (a claim's sentence, a source's title, a concept's
# label), in the main text (the quote, aliases, the concepts a study's findings name), or only in what merely
# describes the document (its publisher, its kind). Results are ranked by the sum over the query's words.
TITLE_WEIGHT, TEXT_WEIGHT, ASIDE_WEIGHT = 3, 2, 1


@dataclass(frozen=True, slots=True)
class SearchDoc:
    """One searchable thing: what it is, what to show and where it lives (a site path)."""

    kind: str  # "concept", "source" or "claim"
    title: str
    path: str
    snippet: str
    text: str  # what is indexed at TEXT_WEIGHT, besides the title
    aside: str = ""  # what is indexed at ASIDE_WEIGHT: publisher, kind
    badge: str = ""  # the evidence type (claims) or source kind (sources), as a class suffix: "ev-cited_research"
    badge_label: str = ""
    research: bool = False  # a study, or a study's own finding: ranked first for questions


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` worth indexing (two letters or more, no stop words)."""
    return [w for w in WORD.findall(text.lower()) if len(w) > 1 and w not in STOPWORDS]


def shard_key(word: str) -> str:
    """The term shard of a word: its first two characters if they are ASCII letters or digits, else ``_``.

    Mirrors ``shardKey`` in site.js; both sides must agree."""
    head = word[:2]
    return head if len(head) == 2 and head[0] in _SHARD_CHARS and head[1] in _SHARD_CHARS else "_"


_SHARD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def snippet(text: str) -> str:
    """The start of ``text`` on one line, cut with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1].rstrip() + "…"


def _script(call: str, key: object, payload: object) -> bytes:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).replace("</", "<\\/")
    return f"window.evidencemapSearch&&evidencemapSearch.{call}({json.dumps(key)},{data});\n".encode()


def search_files(docs: list[SearchDoc]) -> dict[str, bytes]:
    """The shards for ``docs`` (grouped by kind), keyed by site path; ``search/meta.js`` says what exists."""
    by_word: dict[str, list[int]] = defaultdict(list)  # word -> [document, weight, document, weight, ...]
    for number, doc in enumerate(docs):
        weights: dict[str, int] = {}
        for weight, text in ((TITLE_WEIGHT, doc.title), (TEXT_WEIGHT, doc.text), (ASIDE_WEIGHT, doc.aside)):
            for word in words(text):
                weights[word] = max(weights.get(word, 0), weight)
        for word, weight in weights.items():  # each word once, in order of first appearance
            by_word[word].extend((number, weight))
    # grouped into shards once per distinct word, not once per occurrence (a few thousand words, a million occurrences)
    postings: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for word, numbers in by_word.items():
        postings[shard_key(word)][word] = numbers
    files: dict[str, bytes] = {}
    for key, terms in postings.items():
        files[f"search/t-{key}.js"] = _script("terms", key, terms)
    for start in range(0, len(docs), DOCS_PER_SHARD):
        chunk = [
            [d.kind, d.title, d.path, d.snippet, d.badge, d.badge_label, int(d.research)]
            for d in docs[start : start + DOCS_PER_SHARD]
        ]
        files[f"search/d-{start // DOCS_PER_SHARD}.js"] = _script("docs", start // DOCS_PER_SHARD, chunk)
    kinds: list[list[object]] = []  # [kind, first, end]: docs come grouped by kind
    for number, doc in enumerate(docs):
        if not kinds or kinds[-1][0] != doc.kind:
            kinds.append([doc.kind, number, number])
        kinds[-1][2] = number + 1
    research: list[list[int]] = []  # [first, end]: ranges of research documents, so ranking needs no document shard
    for number, doc in enumerate(docs):
        if doc.research:
            if research and research[-1][1] == number:
                research[-1][1] = number + 1
            else:
                research.append([number, number + 1])
    meta = {
        "docs": len(docs),
        "per_shard": DOCS_PER_SHARD,
        "shards": sorted(postings),
        "kinds": kinds,
        "research": research,
    }
    files["search/meta.js"] = _script("meta", "meta", meta)
    return files


def make_doc(kind: str, title: str, path: str, text: str) -> SearchDoc:
    """A document whose snippet is the start of ``text``."""
    return SearchDoc(kind, title, path, snippet(text), text)


def search_docs(view: MapView) -> list[SearchDoc]:
    """What search finds in one map: concepts, then sources, then what is claimed (each kind's research first)."""
    g = view.graph
    docs = []
    for concept in sorted(g.dataset.concepts, key=lambda c: (c.label.lower(), c.id)):
        about = concept.description or (f"Also called: {', '.join(concept.aliases)}." if concept.aliases else "")
        text = " ".join([concept.kind.value, *concept.aliases, concept.description or ""])
        summary = snippet(f"{concept.kind.value.capitalize()}. {about}")
        docs.append(SearchDoc("concept", concept.label, f"concepts/{concept.id}.html", summary, text))
    # within each kind, research first: its documents then form one range per kind (meta's "research")
    for source in sorted(g.dataset.sources, key=lambda s: s.kind != SourceKind.RESEARCH):
        about = [source.publisher or "", KIND_LABELS[source.kind], *(view.label(c) for c in source.sells)]
        research = source.kind == SourceKind.RESEARCH
        studied = _concepts_of(g.claims_by_source.get(source.id, [])) if research else []
        docs.append(
            SearchDoc(
                "source",
                source.title,
                f"sources/{source.id}.html",
                snippet(_study_line(source) if research else " ".join(a for a in about if a)),
                _names_of(view, studied) if research else "",
                " ".join([*(a for a in about if a), _narrower_names(view, studied) if research else ""]),
                f"kind-{source.kind.value}",
                KIND_LABELS[source.kind],
                research,
            )
        )
    research = view.research_sources
    for assertion in sorted(g.dataset.assertions, key=lambda a: research.isdisjoint(a.sources)):
        docs.append(_assertion_doc(view, assertion))
    return docs


ASSERTION_SOURCES_NAMED = 20  # publishers an assertion's document is found by, at most: the first sources to say it


def _assertion_doc(view: MapView, assertion: Assertion) -> SearchDoc:
    """What search finds of an assertion: its title, every wording of it (each once), and who says it. Its badge is
    its best evidence; it ranks as research when a study is among those saying it."""
    g = view.graph
    claims = [g.claims[c] for c in assertion.claims]
    quotes = list(dict.fromkeys(claim.quote for claim in claims))
    names = dict.fromkeys(_publisher(g.sources[source]) for source in dict.fromkeys(c.source for c in claims))
    return SearchDoc(
        "claim",
        view.assertion_text(assertion),
        assertion_path(assertion.id),
        snippet(quotes[0]),
        " ".join(quotes),
        " ".join(list(names)[:ASSERTION_SOURCES_NAMED]),
        f"ev-{assertion.best_evidence.value}",
        EVIDENCE_LABELS[assertion.best_evidence],
        not view.research_sources.isdisjoint(assertion.sources),
    )


def _publisher(source: Source) -> str:
    return source.publisher or source.title


def _study_line(source: Source) -> str:
    """A study as its result line shows it: "Chuter et al. 2014, systematic review"."""
    return ", ".join([study_name(source), *([DESIGN_LABELS[source.design]] if source.design else [])])


def _concepts_of(findings: list[Claim]) -> list[str]:
    return list(dict.fromkeys(c for f in findings for c in (f.subject, f.object)))


NARROWER_NAMED = 40  # how many narrower concepts a study's entry names at most (a review of "pain" covers hundreds)


def _narrower_names(view: MapView, studied: list[str]) -> str:
    """The names of what the study's concepts include ("insoles" includes foot orthoses, "orthotics"): a study of
    the broader thing answers questions about the narrower, as research matching has it, so search finds it too."""
    seen: dict[str, None] = {}
    queue = list(studied)
    while queue and len(seen) < NARROWER_NAMED:
        for child in view.graph.narrower.get(queue.pop(0), []):
            if child.id not in seen:
                seen[child.id] = None
                queue.append(child.id)
    return _names_of(view, list(seen)[:NARROWER_NAMED])


def _names_of(view: MapView, concepts: list[str]) -> str:
    """Every name of ``concepts`` (labels and aliases), so a search for "orthotics" finds a review titled "shoe
    insoles" whose findings are about foot orthoses."""
    names = []
    for concept_id in concepts:
        concept = view.graph.concepts.get(concept_id)
        if concept is not None:
            names.extend([concept.label, *concept.aliases])
    return " ".join(names)
