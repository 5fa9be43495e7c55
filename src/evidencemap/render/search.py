"""A search index built at build time, sharded into small JavaScript files.

Why not Pagefind or ``fetch``: a page opened from disk (``file://``) may not fetch
anything, so every shard is a script that hands its data to ``site.js`` through a
global callback; a ``<script src>`` loads from disk as well as from a server.

Two kinds of shard keep each query's download small however big the map is:

- ``search/t-XX.js``: every word starting with the two letters ``XX``, each with the
  numbers of the documents (claims, sources, concepts) that contain it;
- ``search/d-N.js``: the documents themselves (kind, title, address, snippet), DOCS_PER_SHARD a file.

A query loads one term shard per word and then only the document shards its best
hits live in. Building is one pass over the documents: linear in the size of the map.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass

from evidencemap.render.view import MapView
from evidencemap.vocabulary import KIND_LABELS

DOCS_PER_SHARD = 500
SNIPPET_CHARS = 160
WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Words too common to help and too costly to list: their postings would name most documents.
STOPWORDS = frozenset(
    "a an and are as at be but by can for from has have in into is it its may not of on or so such than that the their "
    "them then there these they this to was were which will with you your".split()
)


@dataclass(frozen=True, slots=True)
class SearchDoc:
    """One searchable thing: what it is, what to show and where it lives (a site path)."""

    kind: str  # "concept", "source" or "claim"
    title: str
    path: str
    snippet: str
    text: str  # what is indexed, besides the title


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
    by_word: dict[str, list[int]] = defaultdict(list)
    for number, doc in enumerate(docs):
        for word in dict.fromkeys(words(doc.title + " " + doc.text)):  # each word once, in order
            by_word[word].append(number)
    # grouped into shards once per distinct word, not once per occurrence (a few thousand words, a million occurrences)
    postings: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for word, numbers in by_word.items():
        postings[shard_key(word)][word] = numbers
    files: dict[str, bytes] = {}
    for key, terms in postings.items():
        files[f"search/t-{key}.js"] = _script("terms", key, terms)
    for start in range(0, len(docs), DOCS_PER_SHARD):
        chunk = [[d.kind, d.title, d.path, d.snippet] for d in docs[start : start + DOCS_PER_SHARD]]
        files[f"search/d-{start // DOCS_PER_SHARD}.js"] = _script("docs", start // DOCS_PER_SHARD, chunk)
    kinds: list[list[object]] = []  # [kind, first, end]: docs come grouped by kind
    for number, doc in enumerate(docs):
        if not kinds or kinds[-1][0] != doc.kind:
            kinds.append([doc.kind, number, number])
        kinds[-1][2] = number + 1
    meta = {"docs": len(docs), "per_shard": DOCS_PER_SHARD, "shards": sorted(postings), "kinds": kinds}
    files["search/meta.js"] = _script("meta", "meta", meta)
    return files


def make_doc(kind: str, title: str, path: str, text: str) -> SearchDoc:
    """A document whose snippet is the start of ``text``."""
    return SearchDoc(kind, title, path, snippet(text), text)


def search_docs(view: MapView) -> list[SearchDoc]:
    """What search finds in one map: concepts first, then sources, then claims (the order results are ranked in)."""
    g = view.graph
    docs = []
    for concept in sorted(g.dataset.concepts, key=lambda c: (c.label.lower(), c.id)):
        about = concept.description or (f"Also called: {', '.join(concept.aliases)}." if concept.aliases else "")
        text = " ".join([concept.kind.value, *concept.aliases, concept.description or ""])
        summary = snippet(f"{concept.kind.value.capitalize()}. {about}")
        docs.append(SearchDoc("concept", concept.label, f"concepts/{concept.id}.html", summary, text))
    for source in g.dataset.sources:
        about = [source.publisher or "", KIND_LABELS[source.kind], *(view.label(c) for c in source.sells)]
        docs.append(make_doc("source", source.title, f"sources/{source.id}.html", " ".join(a for a in about if a)))
    for claim in g.dataset.claims:
        source = g.sources[claim.source]
        text = f"{claim.quote} {source.publisher or source.title}"
        docs.append(SearchDoc("claim", view.claim_text(claim), f"claims/{claim.id}.html", snippet(claim.quote), text))
    return docs
