"""The page of one assertion: what is claimed, by whom, what research says of it, who disagrees, and each claim.

Why a page per assertion and not per claim: sources repeat one another and
themselves, and a page per claim showed the same research, the same
disagreements and the same other sources on every one of them: a map of
1,000 articles was half a gigabyte of claim pages for 1,300 things claimed. A
claim is now a part of its assertion's page (``claims/<assertion-id>.html#<claim-id>``,
``MapView.claim_path``), and claims of the same words, evidence and record are
shown once, with a row for each claim (``Wording``), so a page grows with what
is said differently and with who says it, not with how often it is repeated.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from evidencemap.model import Assertion, Citation, Claim, Contradiction, Overreach, Source
from evidencemap.render.claim_groups import Sayer, sayers_of
from evidencemap.render.page import MAX_LISTED_DISAGREEMENTS, RELATED, Page, Shared
from evidencemap.render.questions import question_path
from evidencemap.render.view import GAP_ROW_OF, MapView, assertion_path

SAYERS_NAMED = 3  # sources the summary at the top names before it counts the rest (it must stay above the fold)


@dataclass(frozen=True, slots=True)
class Said:
    """One claim as a row of its wording: the claim, its source, the name it is shown by, and whether that source
    made it in these words before (a page saying one sentence twice gives two claims, each with its anchor)."""

    claim: Claim
    source: Source
    name: str
    again: bool


@dataclass(frozen=True, slots=True)
class Wording:
    """Claims of one assertion that read alike but for their source: the same quote, evidence and reason for it,
    record and citations. Shown once, with a row for each claim; the part has the first claim's id, and each other
    claim's row its own."""

    said: tuple[Said, ...]
    citations: tuple[Citation, ...]

    @property
    def first(self) -> Claim:
        return self.said[0].claim


def claim_pages(view: MapView) -> list[Page]:
    """A page per assertion, each made only if its inputs differ from the last build's."""
    return [
        Page(
            assertion_path(assertion.id),
            "claim.html",
            functools.partial(assertion_context, view, assertion),
            functools.partial(assertion_inputs, view, assertion),
        )
        for assertion in view.graph.dataset.assertions
    ]


def assertion_inputs(view: MapView, assertion: Assertion) -> dict[str, Any]:
    """All an assertion's page is made from, for its fingerprint; the context (``assertion_context``) derives the
    rest from these alone (and from the lexicon, which the build's key covers).

    Its claims as records bring their sources, labels, research verdicts,
    overreach and assertion with them (``incremental.fingerprint``). Each side
    of a disagreement is marked ``Shared`` under the other assertion: every
    page that assertion disagrees with lists the same claims of it."""
    listed, rest = _disagreements(view, assertion)
    opposing = [(contra, Shared(("side", other), functools.partial(_side, view, other))) for contra, other in listed]
    return {**_parts(view, assertion), "opposing": opposing, "opposing_rest": rest}


def assertion_context(view: MapView, assertion: Assertion) -> dict[str, Any]:
    """What claim.html shows of ``assertion``: the parts its inputs name, and what is derived from them."""
    made = _parts(view, assertion)
    g = view.graph
    claims: list[Claim] = made["claims"]
    web = [c for c in claims if c.source not in view.research_sources]
    sayers = sayers_of(view, claims)
    flags: dict[str, Overreach] = {}
    for claim in web:
        for flag in g.overreach_of.get(claim.id, []):
            flags.setdefault(flag.summary, flag)
    listed, rest = _disagreements(view, assertion)
    return {
        **made,
        "opposing": [(contra, *_side(view, other)) for contra, other in listed],
        "opposing_rest": rest,
        "title": view.assertion_text(assertion),
        "wordings": wordings(view, claims, made["citations"]),
        "sayers": sayers,
        "sayers_named": SAYERS_NAMED,
        "sellers": sum(1 for sayer in sayers if sayer.interest is not None),
        "best": min(claims, key=lambda c: c.evidence.rank),
        "evidence_counts": Counter(c.evidence.value for c in claims),
        "lead": web[0] if web else None,
        "studies": [s.source for s in sayers if s.source.id in view.research_sources],
        "panels": g.research_panel(web[0].id) if web else [],
        "flags": list(flags.values()),
        "jsonld": _jsonld(view, assertion, sayers),
    }


def _parts(view: MapView, assertion: Assertion) -> dict[str, Any]:
    """What an assertion's page shows of its own: its claims and their citations, the research on its lead web claim
    (the research answers all its web claims alike), the web claims its findings answer, its question page."""
    g = view.graph
    claims = [g.claims[c] for c in assertion.claims]
    web = [c for c in claims if c.source not in view.research_sources]
    answered = _answered(view, [c for c in claims if c.source in view.research_sources])
    return {
        "assertion": assertion,
        "claims": claims,
        "citations": {c.id: [g.citations[i] for i in c.citations if i in g.citations] for c in claims if c.citations},
        # the research panels are made from the lead web claim's matches and their findings (which bring their studies)
        "matches": [(m, g.claims[m.finding]) for m in g.matches_of_claim.get(web[0].id, [])] if web else [],
        "answered": answered[:RELATED],
        "answered_rest": sorted(Counter(m.agreement.value for _, m in answered[RELATED:]).items()),
        "question": _question(view, claims),
    }


def _disagreements(view: MapView, assertion: Assertion) -> tuple[list[tuple[Contradiction, str]], int]:
    """The disagreements the page lists (MAX_LISTED_DISAGREEMENTS, each with the other side's assertion id), and how
    many more there are: an assertion everyone makes can be contradicted by dozens of others."""
    contradictions = view.graph.contradictions_of.get(assertion.id, [])
    listed = [
        (contra, contra.b if contra.a == assertion.id else contra.a)
        for contra in contradictions[:MAX_LISTED_DISAGREEMENTS]
    ]
    return listed, len(contradictions) - len(listed)


def _side(view: MapView, assertion_id: str) -> tuple[list[Claim], int]:
    """One side of a disagreement as a page lists it: the first claim of each of its first RELATED sources, and how
    many sources it has."""
    firsts = view.firsts(assertion_id)[0]
    return firsts[:RELATED], len(firsts)


def wordings(view: MapView, claims: list[Claim], citations: dict[str, list[Citation]]) -> list[Wording]:
    """``claims`` in groups that show alike but for their source (``_shown``), in the order of each group's first."""
    groups: dict[tuple[Any, ...], list[Claim]] = {}
    for claim in claims:
        groups.setdefault(_shown(claim, citations.get(claim.id, [])), []).append(claim)
    made = []
    for members in groups.values():
        said, seen = [], set()
        for claim in members:
            source = view.graph.sources[claim.source]
            said.append(Said(claim, source, view.source_name(source), claim.source in seen))
            seen.add(claim.source)
        made.append(Wording(tuple(said), tuple(citations.get(members[0].id, []))))
    return made


def _shown(claim: Claim, citations: list[Citation]) -> tuple[Any, ...]:
    """All a claim's part of the page shows but its source's row: claims equal in these are shown once."""
    return (
        claim.quote,
        claim.evidence,
        claim.evidence_reason,
        claim.strength,
        tuple(claim.mechanism),
        claim.cause,
        claim.intervention,
        claim.outcome,
        tuple(f.model_dump_json() for f in claim.figures),
        claim.origin,
        claim.note,
        tuple((c.text, c.traceable, c.resolves_to) for c in citations),
    )


def _answered(view: MapView, findings: list[Claim]) -> list[tuple[Claim, Any]]:
    """The web claims the assertion's findings answer, each once (its findings, from several studies, mostly answer
    the same claims)."""
    seen: set[str] = set()
    answered = []
    for finding in findings:
        for claim, match in view.graph.answered_claims(finding.id):
            if claim.id not in seen:
                seen.add(claim.id)
                answered.append((claim, match))
    return answered


def _question(view: MapView, claims: list[Claim]) -> str | None:
    """The question page of the gap-map cell its first claim with one falls in (by intervention, else by cause): the
    page its row in the claim list links to (``claim_groups.question_pages_of_claims``)."""
    for claim in claims:
        for key, row_of in GAP_ROW_OF.items():
            row, column = row_of(claim), claim.outcome
            if row is not None and column is not None and (row, column) in view.gap_maps[key].cells:
                return question_path(row, column)
    return None


def _jsonld(view: MapView, assertion: Assertion, sayers: tuple[Sayer, ...]) -> str:
    """The assertion as schema.org JSON-LD (a ``Claim``, with where it appears: the first RELATED sources), safe
    inside a script element."""
    appearances = []
    for sayer in sayers[:RELATED]:
        source = sayer.source
        appearances.append(
            {
                "@type": "CreativeWork",
                "name": source.title,
                "author": {"@type": "Organization", "name": source.publisher or source.title},
                "text": sayer.claims[0].quote,
                **({"url": source.url} if source.url else {}),
            }
        )
    jsonld = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "text": view.assertion_text(assertion),
        "about": [view.label(assertion.subject), view.label(assertion.object)],
        "appearance": appearances,
    }
    return json.dumps(jsonld, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
