"""The page of one claim: the claim, who else says it, who disagrees, and what research says about it."""

from __future__ import annotations

import functools
import json
from collections import Counter
from typing import Any

from evidencemap.model import Claim
from evidencemap.render.page import MAX_LISTED_DISAGREEMENTS, RELATED, Page, Shared
from evidencemap.render.view import MapView


def claim_pages(view: MapView) -> list[Page]:
    """A page per claim, each made only if its inputs differ from the last build's."""
    return [
        Page(
            f"claims/{claim.id}.html",
            "claim.html",
            functools.partial(claim_context, view, claim),
            functools.partial(claim_inputs, view, claim),
        )
        for claim in view.graph.dataset.claims
    ]


def claim_context(view: MapView, claim: Claim) -> dict[str, Any]:
    """What claim.html shows of ``claim``."""
    g = view.graph
    assertion = g.assertions[g.assertion_of_claim[claim.id]]
    # One claim per other source (a source repeating a sentence a thousand times must not put a
    # thousand cards on each page), and at most RELATED of those: an assertion made by thousands of
    # sources would otherwise put every one of them on every one of their pages (quadratic output).
    firsts, sources = view.firsts(assertion.id)
    same: list[Claim] = []
    for other in firsts:
        if other.source != claim.source:
            same.append(other)
            if len(same) == RELATED:
                break
    # The disagreements listed are bounded too: a claim everyone makes can be contradicted by dozens of others.
    contradictions = g.contradictions_of_claim(claim.id)
    opposing = []
    for contra in contradictions[:MAX_LISTED_DISAGREEMENTS]:
        sides = view.firsts(contra.b if contra.a == assertion.id else contra.a)[0]
        opposing.append((contra, sides[:RELATED], len(sides)))
    source = g.sources[claim.source]
    is_research = g.is_research(claim.source)
    # A finding can answer thousands of web claims: list RELATED of them and count the rest by agreement.
    answered = g.answered_claims(claim.id) if is_research else []
    return {
        "title": view.claim_text(claim),
        "claim": claim,
        "source": source,
        "same": same,
        "same_total": len(firsts) - (claim.source in sources),
        "opposing": opposing,
        "is_research": is_research,
        "same_studies": [] if is_research else [c for c in same if g.is_research(c.source)],
        "answered": answered[:RELATED],
        "answered_rest": sorted(Counter(match.agreement.value for _, match in answered[RELATED:]).items()),
        "opposing_rest": len(contradictions) - len(opposing),
        "panels": [] if is_research else g.research_panel(claim.id),
        "citations": [g.citations[c] for c in claim.citations if c in g.citations],
        "jsonld": _jsonld(view, claim),
    }


def _jsonld(view: MapView, claim: Claim) -> str:
    """The claim as schema.org JSON-LD, safe inside a script element."""
    source = view.graph.sources[claim.source]
    jsonld = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "text": claim.quote,
        "author": {"@type": "Organization", "name": source.publisher or source.title},
        "appearance": {
            "@type": "CreativeWork",
            "name": source.title,
            **({"url": source.url} if source.url else {}),
        },
        "about": [view.label(claim.subject), view.label(claim.object)],
    }
    return json.dumps(jsonld, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")


def claim_inputs(view: MapView, claim: Claim) -> dict[str, Any]:
    """What a claim page (``claim_context``) is made from, for its fingerprint, without making its context.

    Every part the page derives from its assertion (the other sources
    saying the same, the disagreements and their sides) is marked ``Shared``
    under the assertion: on a large map, making each page's context only to
    digest it was most of the time an unchanged rebuild spends on claim pages."""
    g = view.graph
    assertion_id = g.assertion_of_claim[claim.id]
    is_research = g.is_research(claim.source)
    answered = g.answered_claims(claim.id) if is_research else []
    return {
        "claim": claim,
        "assertion": assertion_id,
        # ``same`` is the first RELATED of these from other sources; ``same_total`` is their count less one.
        "firsts": Shared(("firsts", assertion_id), functools.partial(_same_inputs, view, assertion_id)),
        "opposing": Shared(("opposing", assertion_id), functools.partial(_opposing_inputs, view, assertion_id)),
        "answered": answered[:RELATED],
        "answered_rest": sorted(Counter(m.agreement.value for _, m in answered[RELATED:]).items()),
        # the research panels are made from the matches and their findings (whose records bring their studies)
        "matches": [] if is_research else [(m, g.claims[m.finding]) for m in g.matches_of_claim.get(claim.id, [])],
        "citations": [g.citations[c] for c in claim.citations if c in g.citations],
    }


def _same_inputs(view: MapView, assertion_id: str) -> tuple[list[Claim], int, frozenset[str]]:
    firsts, sources = view.firsts(assertion_id)
    return firsts[: RELATED + 1], len(firsts), sources


def _opposing_inputs(view: MapView, assertion_id: str) -> tuple[list[Any], int]:
    contradictions = view.graph.contradictions_of.get(assertion_id, [])
    listed = []
    for contra in contradictions[:MAX_LISTED_DISAGREEMENTS]:
        other = contra.b if contra.a == assertion_id else contra.a
        sides = view.firsts(other)[0]
        listed.append((contra, sides[:RELATED], len(sides)))
    return listed, len(contradictions)
