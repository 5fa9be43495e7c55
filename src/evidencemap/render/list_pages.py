"""The site's lists: the claim list and the source list (paged), the concept index, the claim list's rows as data."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from evidencemap.model import EvidenceType, OverreachKind, SourceKind
from evidencemap.render.claim_groups import ClaimGroup, claim_groups, row_data
from evidencemap.render.page import Page, Paging
from evidencemap.render.view import MapView
from evidencemap.vocabulary import EVIDENCE_LABELS, KIND_LABELS, OVERREACH_LABELS, RESEARCH_STANDING_LABELS


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
    """The claim list, a row for each thing claimed (``claim_groups``), with the filters its rows can be narrowed by."""
    groups = claim_groups(view)
    paging = view.paging
    extra = {
        "facets": _facets(view),
        "made": len(view.graph.dataset.claims),
        "per_page": paging.claims_per_page,
        "row_scripts": len(_script_chunks(groups, paging)),
    }
    return paged("claims", "claims.html", "All claims", groups, paging.claims_per_page, lambda _: extra)


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
    """The options of each filter of the claim list: (value, label)."""
    data = view.graph.dataset
    used = sorted({c for claim in data.claims for c in (claim.subject, claim.object)}, key=view.label)
    return {
        "research": list(RESEARCH_STANDING_LABELS.items()),
        "overreach": [(k.value, OVERREACH_LABELS[k.value]) for k in OverreachKind],
        "evidence": [(e.value, EVIDENCE_LABELS[e]) for e in EvidenceType],
        "kind": [(k.value, KIND_LABELS[k]) for k in SourceKind if any(s.kind == k for s in data.sources)],
        "relation": sorted({(c.relation.value, c.relation.value.replace("_", " ")) for c in data.claims}),
        "concept": [(cid, view.label(cid)) for cid in used],
    }


def claim_row_scripts(view: MapView) -> dict[str, bytes]:
    """The claim list's rows as data (``claims/rows-N.js``, ``claim_rows_per_script`` rows each), when it has several
    pages.

    A filter must see every row, not just the page on screen; the scripts load from disk too, where fetch does not."""
    files = {}
    for number, (start, rows) in enumerate(_script_chunks(claim_groups(view), view.paging), start=1):
        data = [row_data(group, rank) for rank, group in enumerate(rows, start=start)]
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        files[f"claims/rows-{number}.js"] = f"window.evidencemapRows&&evidencemapRows({number},{text});\n".encode()
    return files


def _script_chunks(groups: list[ClaimGroup], paging: Paging) -> list[tuple[int, list[ClaimGroup]]]:
    """The rows of each ``claims/rows-N.js``, with the rank of its first: none when the list fits on one page."""
    if len(groups) <= paging.claims_per_page:
        return []
    size = paging.claim_rows_per_script
    return [(start, groups[start : start + size]) for start in range(0, len(groups), size)]
