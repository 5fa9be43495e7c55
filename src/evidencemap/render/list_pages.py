"""The site's lists: the claim list and the source list (paged), the concept index, the claim list's rows as data."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from evidencemap.model import EvidenceType, SourceKind
from evidencemap.render.page import Page
from evidencemap.render.view import MapView, concept_ids
from evidencemap.vocabulary import EVIDENCE_LABELS, KIND_LABELS


def page_window(number: int, count: int, around: int = 2) -> list[int | None]:
    """Page numbers a pager shows: the first, the last and a few around ``number``; ``None`` marks a jump.

    A fixed number of links per page, so the pagers of a 500-page list stay linear in total size."""
    wanted = sorted({1, count, *range(max(1, number - around), min(count, number + around) + 1)})
    window: list[int | None] = []
    for k in wanted:
        if window and window[-1] is not None and k - window[-1] > 1:
            window.append(None)
        window.append(k)
    return window


def paged(
    folder: str,
    template: str,
    title: str,
    items: list[Any],
    per_page: int,
    extra: Callable[[list[Any]], dict[str, Any]],
) -> list[Page]:
    """A list split into pages of ``per_page``: ``folder/index.html``, then ``folder/page-2.html`` and on; ``extra``
    adds to a page's context what it shows of the items it lists.

    Every page knows every page's path, for the pager and for filters that load all rows."""
    count = max(1, -(-len(items) // per_page))
    paths = [f"{folder}/index.html"] + [f"{folder}/page-{n}.html" for n in range(2, count + 1)]
    pages = []
    for number, path in enumerate(paths, start=1):
        chunk = items[(number - 1) * per_page : number * per_page]
        pager = {
            "number": number,
            "paths": paths,
            "first": (number - 1) * per_page,
            "end": (number - 1) * per_page + len(chunk),
            "total": len(items),
            "window": page_window(number, count),
        }
        heading = title if number == 1 else f"{title}, page {number} of {count}"
        pages.append(Page(path, template, {"title": heading, folder: chunk, "pager": pager, **extra(chunk)}))
    return pages


def claim_list_pages(view: MapView) -> list[Page]:
    """The claim list, with the filters its rows can be narrowed by."""
    claims = view.graph.dataset.claims
    facets = _facets(view)
    return paged(
        "claims", "claims.html", "All claims", claims, view.paging.claims_per_page, lambda _: {"facets": facets}
    )


def source_list_pages(view: MapView) -> list[Page]:
    """The source list, with each listed source's count of claims."""
    g = view.graph

    def claim_counts(chunk: list[Any]) -> dict[str, Any]:
        return {"claim_counts": {s.id: len(g.claims_by_source.get(s.id, [])) for s in chunk}}

    return paged("sources", "sources.html", "Sources", g.dataset.sources, view.paging.sources_per_page, claim_counts)


def concept_index_page(view: MapView) -> list[Page]:
    """The index of every concept, with its count of claims."""
    g = view.graph
    concepts = g.dataset.concepts
    context = {
        "title": "Concepts",
        "concepts": concepts,
        "claim_counts": {c.id: len(g.claims_by_concept.get(c.id, [])) for c in concepts},
    }
    return [Page("concepts/index.html", "concepts.html", context)]


def _facets(view: MapView) -> dict[str, list[tuple[str, str]]]:
    data = view.graph.dataset
    used = sorted({c for claim in data.claims for c in (claim.subject, claim.object)}, key=view.label)
    return {
        "evidence": [(e.value, EVIDENCE_LABELS[e]) for e in EvidenceType],
        "kind": [(k.value, KIND_LABELS[k]) for k in SourceKind if any(s.kind == k for s in data.sources)],
        "relation": sorted({(c.relation.value, c.relation.value.replace("_", " ")) for c in data.claims}),
        "concept": [(cid, view.label(cid)) for cid in used],
    }


def claim_row_scripts(view: MapView) -> dict[str, bytes]:
    """The claim list's rows as data, one script per page (``claims/rows-N.js``), when it has several pages.

    A filter must see every claim, not just the page on screen; the scripts load from disk too."""
    claims = view.graph.dataset.claims
    per_page = view.paging.claims_per_page
    if len(claims) <= per_page:
        return {}
    files = {}
    for start in range(0, len(claims), per_page):
        rows = [_row(view, claim, rank) for rank, claim in enumerate(claims[start : start + per_page], start=start)]
        data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        number = start // per_page + 1
        files[f"claims/rows-{number}.js"] = f"window.evidencemapRows&&evidencemapRows({number},{data});\n".encode()
    return files


def _row(view: MapView, claim: Any, rank: int) -> list[Any]:
    """One claim as a row of the claim list's data: what its filters and its sorting read."""
    source = view.graph.sources[claim.source]
    return [
        claim.id,
        view.claim_text(claim),
        claim.quote,
        claim.evidence.value,
        claim.evidence.rank,
        source.kind.value,
        claim.relation.value,
        "yes" if claim.commercial_interest else "no",
        " ".join(concept_ids(claim)),
        view.label(claim.subject),
        source.id,
        source.publisher or source.title,
        rank,
    ]
