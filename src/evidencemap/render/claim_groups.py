"""The claim list's rows: one for each thing claimed (an assertion), with every source that claims it.

Why: sources repeat themselves and one another, and a list with a row for each
claim showed one claim as several rows, each with its quote, and ran to tens of
thousands of pixels on a phone. A reader of the list asks what is claimed, by how
many and by whom (and whether they sell it), on what evidence at best, what
research says of it, and whether it goes beyond that research; a row answers
that, and links every claim it groups (its part of the assertion's page), so no
claim is further from the list than before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evidencemap.link.research import overall
from evidencemap.model import Assertion, Claim, Overreach, Source
from evidencemap.render.environment import relative_url
from evidencemap.render.questions import question_path
from evidencemap.render.view import GAP_ROW_OF, MapView, assertion_path, concept_ids
from evidencemap.vocabulary import RESEARCH_STANDING_LABELS

SAYERS_SHOWN = 3  # sources a row names before it folds the rest under "N more sources"
# What research says of a row, in the order "What research says" sorts by (RESEARCH_STANDING_LABELS).
RESEARCH_ORDER = tuple(RESEARCH_STANDING_LABELS)
FINDING, NO_RESEARCH = "finding", "none"


@dataclass(frozen=True, slots=True)
class Sayer:
    """One source making a row's claim: its claims of it (one, or the same said again elsewhere in it), and whether it
    sells what the claim is about (``interest``: its first claim that says so, whose reason the badge gives)."""

    source: Source
    name: str
    claims: tuple[Claim, ...]
    interest: Claim | None


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """One row of the claim list: an assertion as a reader sees it, and all its filters and sorting read of it."""

    assertion: Assertion
    title: str
    target: str  # the site path its title links to: the question page it belongs to, else its assertion's page
    sayers: tuple[Sayer, ...]
    evidence: tuple[str, ...]  # the evidence types of its claims, best first: the first is the badge shown
    kinds: tuple[str, ...]  # the kinds of its sources, each once
    concepts: tuple[str, ...]  # every concept its claims name, each once, for the concept filters
    subject: str  # its subject's label, for sorting A–Z
    research: str  # what research says of it: an Agreement value, FINDING or NO_RESEARCH
    overreach: tuple[Overreach, ...]  # its claims' flags for going beyond the research, the first of each kind

    @property
    def sellers(self) -> int:
        """How many of its sources sell what it is about."""
        return sum(1 for sayer in self.sayers if sayer.interest is not None)

    @property
    def research_rank(self) -> int:
        """Where "What research says" sorts it: what stands against the claim first."""
        return RESEARCH_ORDER.index(self.research)


def claim_groups(view: MapView) -> list[ClaimGroup]:
    """Every assertion of the map as a row, in the order of its first claim in the map (by source, then place).

    Source order, as the list had: a source added to the map adds its new rows where its claims sort, so the pages
    before them keep their rows (and the rows kept from the last build, ``lists.ClaimLists.rows``, serve again)."""
    graph = view.graph
    place = {claim.id: index for index, claim in enumerate(graph.dataset.claims)}
    questions = question_pages_of_claims(view)
    assertions = sorted(graph.dataset.assertions, key=lambda a: place[a.claims[0]])
    return [_group(view, assertion, questions) for assertion in assertions]


def question_pages_of_claims(view: MapView) -> dict[str, str]:
    """Claim id -> the question page of the gap-map cell the claim falls in (its row and outcome), where it has one:
    the page that sets the claim beside the research on its question."""
    found: dict[str, str] = {}
    for key, row_of in GAP_ROW_OF.items():
        cells = view.gap_maps[key].cells
        for claim in view.graph.dataset.claims:
            row, column = row_of(claim), claim.outcome
            if row is not None and column is not None and (row, column) in cells:
                found.setdefault(claim.id, question_path(row, column))
    return found


def _group(view: MapView, assertion: Assertion, questions: dict[str, str]) -> ClaimGroup:
    graph = view.graph
    claims = [graph.claims[c] for c in assertion.claims]
    sayers = sayers_of(view, claims)
    target = next((questions[c.id] for c in claims if c.id in questions), assertion_path(assertion.id))
    flags: dict[str, Overreach] = {}
    for claim in claims:
        for flag in graph.overreach_of.get(claim.id, []):
            flags.setdefault(flag.kind.value, flag)
    return ClaimGroup(
        assertion=assertion,
        title=view.assertion_text(assertion),
        target=target,
        sayers=sayers,
        evidence=tuple(e.value for e in sorted({c.evidence for c in claims}, key=lambda e: e.rank)),
        kinds=tuple(dict.fromkeys(sayer.source.kind.value for sayer in sayers)),
        concepts=tuple(dict.fromkeys(c for claim in claims for c in concept_ids(claim))),
        subject=view.label(assertion.subject),
        research=_research_standing(view, claims),
        overreach=tuple(flags.values()),
    )


def sayers_of(view: MapView, claims: list[Claim]) -> tuple[Sayer, ...]:
    """The sources of ``claims``, in the order of their first claim, each with its claims."""
    by_source: dict[str, list[Claim]] = {}
    for claim in claims:
        by_source.setdefault(claim.source, []).append(claim)
    sayers = []
    for source_id, own in by_source.items():
        source = view.graph.sources[source_id]
        interest = next((claim for claim in own if claim.commercial_interest), None)
        sayers.append(Sayer(source, view.source_name(source), tuple(own), interest))
    return tuple(sayers)


def _research_standing(view: MapView, claims: list[Claim]) -> str:
    """What research says of a row: the research's agreement with its web claims (never kinder than that of any one
    of them), FINDING when its claims are research findings themselves, NO_RESEARCH when no research answers it."""
    graph = view.graph
    web = [claim for claim in claims if not graph.is_research(claim.source)]
    if not web:
        return FINDING
    agreement = overall([a for claim in web if (a := graph.agreement_of(claim.id)) is not None])
    return agreement.value if agreement is not None else NO_RESEARCH


def row_data(group: ClaimGroup, rank: int) -> list[Any]:
    """One row as data for ``claims/rows-N.js``, from which site.js builds the row a page of the list shows (its links
    relative to the folder ``claims/``; a source's claims link into the assertion's page, the last field). The order
    of the fields is site.js's ``makeRow``'s."""
    assertion = group.assertion
    return [
        group.title,
        relative_url(group.target, "claims/index.html"),
        " ".join(group.evidence),
        assertion.best_evidence.rank,
        " ".join(group.kinds),
        assertion.relation.value,
        group.sellers,
        len(group.sayers),
        " ".join(group.concepts),
        group.subject,
        group.research,
        group.research_rank,
        [[flag.kind.value, flag.summary] for flag in group.overreach],
        rank,
        assertion.verdict.value if assertion.verdict else "",
        [_sayer_data(sayer) for sayer in group.sayers],
        relative_url(assertion_path(assertion.id), "claims/index.html"),
    ]


def _sayer_data(sayer: Sayer) -> list[Any]:
    """[name, kind, seller's interest (its reason, "" for none given; None when the source sells nothing it is about),
    claim ids]."""
    interest = None if sayer.interest is None else sayer.interest.commercial_reason or ""
    return [sayer.name, sayer.source.kind.value, interest, [claim.id for claim in sayer.claims]]
