"""The linked map as pages read it: labels, sentences, and the derived lists several pages share, each made once."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from evidencemap.content.config import SiteConfig
from evidencemap.content.document import Document
from evidencemap.grammar import sentence_case
from evidencemap.link.graph import EvidenceGraph
from evidencemap.link.research import study_name
from evidencemap.model import Assertion, Claim, Source, SourceKind, Strength
from evidencemap.render.gapmap import GapMap, Inputs, gap_map
from evidencemap.render.page import Paging
from evidencemap.vocabulary import concept_is_plural, finding_sentence, relation_phrase

GAP_SECTIONS = (
    ("interventions", "Interventions × outcomes", "Intervention"),
    ("causes", "Causes × outcomes", "Cause"),
)
# The row of each gap map a claim falls in (its column is its outcome): what the gap maps and the question pages are
# counted by, and what tells which question page a claim belongs to.
GAP_ROW_OF: dict[str, Callable[[Claim], str | None]] = {
    "interventions": lambda claim: claim.intervention,
    "causes": lambda claim: claim.cause,
}


def concept_ids(claim: Claim) -> list[str]:
    """Every concept a claim names, each once, in reading order: what the claim list's concept filters match."""
    return list(
        dict.fromkeys(
            c
            for c in (claim.subject, claim.object, *claim.mechanism, claim.cause, claim.intervention, claim.outcome)
            if c
        )
    )


def label_of(graph: EvidenceGraph, concept_id: str | None) -> str:
    """Display label of a concept id: what every page and every fingerprint of a page calls the concept."""
    if concept_id is None:
        return ""
    concept = graph.concepts.get(concept_id)
    return concept.label if concept else concept_id


def assertion_path(assertion_id: str) -> str:
    """The site path of an assertion's page: every claim that makes the assertion is a part of it."""
    return f"claims/{assertion_id}.html"


def one_per_source(claims: list[Claim]) -> list[Claim]:
    """The first claim of each source, in the given order."""
    seen: set[str] = set()
    kept: list[Claim] = []
    for claim in claims:
        if claim.source not in seen:
            seen.add(claim.source)
            kept.append(claim)
    return kept


class MapView:
    """One linked map and what its pages are made from; what several pages derive alike is derived once.

    ``document_keys``: source id -> content hash of its file, which names a source page's article in its fingerprint
    inputs (the article is rendered from the document, too costly to digest)."""

    def __init__(
        self,
        graph: EvidenceGraph,
        config: SiteConfig,
        documents: Mapping[str, Document],
        document_keys: Mapping[str, str],
        paging: Paging,
    ) -> None:
        self.graph = graph
        self.config = config
        self.documents = documents
        self.document_keys = document_keys
        self.paging = paging
        self.label: Callable[[str | None], str] = functools.partial(label_of, graph)  # called for every label shown
        self._assertion_firsts: dict[str, tuple[list[Claim], frozenset[str]]] = {}
        self._plural: dict[str, bool] = {}  # each subject's number, worked out once per concept

    def claim_path(self, claim_id: str) -> str:
        """Where a claim lives: its part of its assertion's page, ``claims/<assertion-id>.html#<claim-id>``.

        The only place a link to a claim is made (templates call it through ``claim_url``): a claim is one of the
        sources making an assertion, and the page is the assertion's, so a map's size follows what it asserts,
        not how often."""
        return f"{assertion_path(self.graph.assertion_of_claim[claim_id])}#{claim_id}"

    def claim_text(self, claim: Claim) -> str:
        """A claim as a title: "Flat feet are linked to low back pain", the verb agreeing with the subject."""
        return self._sentence(claim, claim.strength == Strength.CONDITIONAL_CAUSAL)

    def assertion_text(self, assertion: Assertion) -> str:
        """What an assertion's claims all say, as one title, worded as its claims' titles are; a finding is hedged if
        any of its claims is ("night splints may relieve heel pain"), so the title never says more than one of them."""
        claims = self.graph.claims
        hedged = any(claims[c].strength == Strength.CONDITIONAL_CAUSAL for c in assertion.claims)
        return self._sentence(assertion, hedged)

    def _sentence(self, said: Claim | Assertion, hedged: bool) -> str:
        """The title of a claim or an assertion (they name the same parts); ``hedged`` words a finding's benefit or
        harm as possible."""
        plural = self._plural.get(said.subject)
        if plural is None:
            concept = self.graph.concepts.get(said.subject)
            plural = self._plural[said.subject] = concept is not None and concept_is_plural(concept)
        subject, obj = self.label(said.subject), self.label(said.object)
        if said.verdict is not None:  # a research finding: said from its verdict, as strongly as it is
            text = finding_sentence(
                subject, said.relation, said.verdict, plural, obj, said.population, said.comparator, hedged
            )
            return sentence_case(text)
        return sentence_case(f"{subject} {relation_phrase(said.relation, said.negated, plural)} {obj}")

    def firsts(self, assertion_id: str) -> tuple[list[Claim], frozenset[str]]:
        """The first claim of each source in an assertion, and those sources (computed once per assertion).

        Every claim page that disagrees with the assertion lists these (and the
        contradictions page); derived once, not once for each page."""
        found = self._assertion_firsts.get(assertion_id)
        if found is None:
            firsts = one_per_source([self.graph.claims[c] for c in self.graph.assertions[assertion_id].claims])
            found = self._assertion_firsts[assertion_id] = (firsts, frozenset(c.source for c in firsts))
        return found

    @functools.cached_property
    def gap_maps(self) -> dict[str, GapMap]:
        """The two gap maps, interventions × outcomes and causes × outcomes."""
        graph = self.graph

        def level_of(finding: Claim) -> int | None:
            appraisal = graph.sources[finding.source].appraisal
            return appraisal.level if appraisal else None

        inputs = Inputs(
            claims=graph.dataset.claims,
            is_finding=lambda c: c.source in self.research_sources,
            level_of=level_of,
            answered=lambda c: c.id in graph.matches_of_claim,
            lexicon=graph.lexicon,
            label=self.label,
        )
        return {key: gap_map(inputs, row_of) for key, row_of in GAP_ROW_OF.items()}

    def gap_sections(self) -> list[dict[str, Any]]:
        """Each gap map with its headings and its ten widest gaps, as the gaps page and the home page show them."""
        sections = []
        for key, heading, row_heading in GAP_SECTIONS:
            gm = self.gap_maps[key]
            gaps = sorted(
                ((r, c, cell) for (r, c), cell in gm.cells.items() if cell.gap),
                key=lambda x: (-x[2].claimed, self.label(x[0]), self.label(x[1])),
            )
            sections.append(
                {"id": key, "heading": heading, "row_heading": row_heading, "map": gm, "top_gaps": gaps[:10]}
            )
        return sections

    def source_name(self, source: Source) -> str:
        """How a row names a source: a study by its authors and year, any other by its publisher or title."""
        return study_name(source) if source.kind == SourceKind.RESEARCH else source.publisher or source.title

    @functools.cached_property
    def research_sources(self) -> frozenset[str]:
        """The ids of the map's research sources, which lists of web claims leave out."""
        return frozenset(sid for sid, source in self.graph.sources.items() if source.kind == SourceKind.RESEARCH)
