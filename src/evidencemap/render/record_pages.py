"""The page of one source (its article, its claims marked in it) and the page of one concept."""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from evidencemap.model import Concept, Source
from evidencemap.render.article import render_article
from evidencemap.render.environment import relative_url
from evidencemap.render.page import MAX_LISTED_CLAIMS, Page
from evidencemap.render.view import MapView
from evidencemap.vocabulary import EVIDENCE_LABELS


def source_pages(view: MapView) -> list[Page]:
    """A page per source; its fingerprint names the article by its file's content hash rather than by its text."""
    return [
        Page(
            f"sources/{source.id}.html",
            "source.html",
            functools.partial(source_context, view, source),
            functools.partial(source_inputs, view, source),
        )
        for source in view.graph.dataset.sources
    ]


def source_context(view: MapView, source: Source) -> dict[str, Any]:
    """What source.html shows of ``source``: its inputs and its article, with its claims marked and linked."""
    claims = view.graph.claims_by_source.get(source.id, [])
    document = view.documents.get(source.id)
    page = f"sources/{source.id}.html"
    article = render_article(
        document.blocks if document else (),
        claims,
        lambda cid: relative_url(view.claim_path(cid), page),
        lambda c: f"{view.claim_text(c)} — {EVIDENCE_LABELS[c.evidence]}",
    )
    return {**source_inputs(view, source), "article": article}


def source_inputs(view: MapView, source: Source) -> dict[str, Any]:
    """A source page's context but for its article, and the content hash of the file the article is rendered from."""
    g = view.graph
    claims = g.claims_by_source.get(source.id, [])
    return {
        "title": source.title,
        "source": source,
        "claims": claims,
        "document": view.document_keys.get(source.id, object()),
        "citations": g.citations_by_source.get(source.id, []),
        "cited_by": [(c, g.sources[c.source]) for c in g.cited_by.get(source.id, [])],
        "evidence_counts": Counter(c.evidence.value for c in claims),
    }


def concept_pages(view: MapView) -> list[Page]:
    """A page per concept: what narrows it, who sells it, and the research and web claims about it."""
    return [
        Page(f"concepts/{concept.id}.html", "concept.html", functools.partial(concept_context, view, concept))
        for concept in view.graph.dataset.concepts
    ]


def concept_context(view: MapView, concept: Concept) -> dict[str, Any]:
    """What concept.html shows of ``concept``."""
    g = view.graph
    studies, web = g.concept_research(concept.id)
    return {
        "title": concept.label,
        "concept": concept,
        "narrower": g.narrower.get(concept.id, []),
        "broader": g.concepts.get(concept.broader) if concept.broader else None,
        "sellers": g.sellers.get(concept.id, []),
        "studies": studies,
        "web": web[:MAX_LISTED_CLAIMS],
        "web_total": len(web),
    }
