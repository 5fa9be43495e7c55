"""Stage 4, link: all records in, one evidence graph out.

Claims that say the same thing are grouped into assertions; assertions about
narrower concepts support broader ones; assertions from different sources
that cannot both be true are contradictions. Citations that name a source of
this map resolve to it, and every source is scored for credibility. Web claims
are set beside the research findings that answer them (research.py), with
agreement and overreach marked. The resulting EvidenceGraph carries indexes so
rendering never searches lists, and counts research apart from web claims.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from evidencemap.content.lexicon import Lexicon
from evidencemap.link.assertions import find_contradictions, group_assertions
from evidencemap.link.citations import cite_resolved_research, resolve_citations
from evidencemap.link.credibility import assess
from evidencemap.link.edges import GapCell, GraphEdge, chain_edges, gap_cells
from evidencemap.link.research import find_overreach, match_research, overall, study_name
from evidencemap.model import (
    Agreement,
    Assertion,
    Citation,
    Claim,
    Concept,
    Contradiction,
    EvidenceDataset,
    Overreach,
    ResearchMatch,
    Source,
    SourceKind,
)
from evidencemap.vocabulary import claim_sentence


@dataclass(frozen=True, slots=True)
class StudyPanel:
    """One study's findings that answer a claim, with the study's verdict on it."""

    study: Source
    name: str
    findings: tuple[tuple[Claim, ResearchMatch], ...]
    agreement: Agreement


@dataclass
class EvidenceGraph:
    """The linked map with lookup tables for rendering."""

    dataset: EvidenceDataset
    lexicon: Lexicon
    edges: list[GraphEdge]
    sources: dict[str, Source] = field(default_factory=dict)
    concepts: dict[str, Concept] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    citations: dict[str, Citation] = field(default_factory=dict)
    assertions: dict[str, Assertion] = field(default_factory=dict)
    assertion_of_claim: dict[str, str] = field(default_factory=dict)
    claims_by_source: dict[str, list[Claim]] = field(default_factory=dict)
    claims_by_concept: dict[str, list[Claim]] = field(default_factory=dict)
    citations_by_source: dict[str, list[Citation]] = field(default_factory=dict)
    contradictions_of: dict[str, list[Contradiction]] = field(default_factory=dict)
    cited_by: dict[str, list[Citation]] = field(default_factory=dict)
    narrower: dict[str, list[Concept]] = field(default_factory=dict)
    sellers: dict[str, list[Source]] = field(default_factory=dict)
    matches_of_claim: dict[str, list[ResearchMatch]] = field(default_factory=dict)
    matches_of_finding: dict[str, list[ResearchMatch]] = field(default_factory=dict)
    overreach_of: dict[str, list[Overreach]] = field(default_factory=dict)
    cells: dict[tuple[str, str], GapCell] = field(default_factory=dict)

    def __post_init__(self) -> None:
        data = self.dataset
        self.sources = {s.id: s for s in data.sources}
        self.concepts = {c.id: c for c in data.concepts}
        self.claims = {c.id: c for c in data.claims}
        self.citations = {c.id: c for c in data.citations}
        self.assertions = {a.id: a for a in data.assertions}
        self.assertion_of_claim = {cid: a.id for a in data.assertions for cid in a.claims}
        by_source: dict[str, list[Claim]] = defaultdict(list)
        by_concept: dict[str, list[Claim]] = defaultdict(list)
        for claim in data.claims:
            by_source[claim.source].append(claim)
            for concept in dict.fromkeys([claim.subject, claim.object, *claim.mechanism]):
                by_concept[concept].append(claim)
        self.claims_by_source = dict(by_source)
        self.claims_by_concept = dict(by_concept)
        cites: dict[str, list[Citation]] = defaultdict(list)
        for citation in data.citations:
            cites[citation.source].append(citation)
        self.citations_by_source = dict(cites)
        cited: dict[str, list[Citation]] = defaultdict(list)
        for citation in data.citations:
            if citation.resolves_to:
                cited[citation.resolves_to].append(citation)
        self.cited_by = dict(cited)
        children: dict[str, list[Concept]] = defaultdict(list)
        for concept in sorted(data.concepts, key=lambda c: c.label):
            if concept.broader:
                children[concept.broader].append(concept)
        self.narrower = dict(children)
        sold_by: dict[str, list[Source]] = defaultdict(list)
        for source in data.sources:
            for concept_id in source.sells:
                sold_by[concept_id].append(source)
        self.sellers = dict(sold_by)
        contra: dict[str, list[Contradiction]] = defaultdict(list)
        for item in data.contradictions:
            contra[item.a].append(item)
            contra[item.b].append(item)
        self.contradictions_of = dict(contra)
        of_claim: dict[str, list[ResearchMatch]] = defaultdict(list)
        of_finding: dict[str, list[ResearchMatch]] = defaultdict(list)
        for match in data.research_matches:
            of_claim[match.claim].append(match)
            of_finding[match.finding].append(match)
        self.matches_of_claim, self.matches_of_finding = dict(of_claim), dict(of_finding)
        flags: dict[str, list[Overreach]] = defaultdict(list)
        for item in data.overreach:
            flags[item.claim].append(item)
        self.overreach_of = dict(flags)
        self.cells = gap_cells(data.claims, self.sources, set(self.matches_of_claim))

    def is_research(self, source_id: str) -> bool:
        """True if the source is a study (a research source of this map)."""
        source = self.sources.get(source_id)
        return source is not None and source.kind == SourceKind.RESEARCH

    def agreement_of(self, claim_id: str) -> Agreement | None:
        """The research's verdict on a web claim: consistent, contradicted, mixed, or None if none answers it."""
        return overall([m.agreement for m in self.matches_of_claim.get(claim_id, [])])

    def research_panel(self, claim_id: str) -> list[StudyPanel]:
        """The studies answering a web claim, best level of evidence first, each with its findings."""
        by_study: dict[str, list[ResearchMatch]] = defaultdict(list)
        for match in self.matches_of_claim.get(claim_id, []):
            by_study[match.study].append(match)
        panels = []
        for study_id, matches in by_study.items():
            study = self.sources[study_id]
            # One sentence can hold several findings ("orthoses and insoles had no effect"): show it once, by its
            # closest match.
            closest: dict[tuple[int, int], ResearchMatch] = {}
            for m in sorted(
                matches, key=lambda m: (self._distance(self.claims[m.claim], self.claims[m.finding]), m.finding)
            ):
                location = self.claims[m.finding].location
                closest.setdefault((location.block, location.start), m)
            findings = tuple((self.claims[m.finding], m) for _, m in sorted(closest.items()))
            panels.append(
                StudyPanel(
                    study, study_name(study), findings, overall([m.agreement for m in matches]) or Agreement.CONSISTENT
                )
            )
        level = lambda p: p.study.appraisal.level if p.study.appraisal and p.study.appraisal.level else 9  # noqa: E731
        return sorted(panels, key=lambda p: (level(p), p.name, p.study.id))

    def concept_research(self, concept_id: str) -> tuple[list[tuple[Source, list[Claim]]], list[Claim]]:
        """For a concept page: research findings about it (or answering claims about it) grouped by study, and
        the web claims about it."""
        about = self.claims_by_concept.get(concept_id, [])
        web = [c for c in about if not self.is_research(c.source)]
        findings: dict[str, Claim] = {c.id: c for c in about if self.is_research(c.source)}
        for claim in web:
            for match in self.matches_of_claim.get(claim.id, []):
                findings.setdefault(match.finding, self.claims[match.finding])
        by_study: dict[str, list[Claim]] = defaultdict(list)
        for finding in sorted(findings.values(), key=lambda c: (c.location.line, c.id)):
            by_study[finding.source].append(finding)
        studies = [(self.sources[sid], items) for sid, items in by_study.items()]
        level = lambda s: s.appraisal.level if s.appraisal and s.appraisal.level else 9  # noqa: E731
        return sorted(studies, key=lambda item: (level(item[0]), study_name(item[0]), item[0].id)), web

    def _distance(self, claim: Claim, finding: Claim) -> int:
        """Steps in the concept tree between a claim's subject and object and a finding's."""
        depth = lambda c: len(self.lexicon.ancestors(c))  # noqa: E731
        return abs(depth(claim.subject) - depth(finding.subject)) + abs(depth(claim.object) - depth(finding.object))

    def answered_claims(self, finding_id: str) -> list[tuple[Claim, ResearchMatch]]:
        """The web claims a research finding answers."""
        return [(self.claims[m.claim], m) for m in self.matches_of_finding.get(finding_id, [])]

    def contradictions_of_claim(self, claim_id: str) -> list[Contradiction]:
        """Contradictions involving the assertion a claim belongs to."""
        return self.contradictions_of.get(self.assertion_of_claim.get(claim_id, ""), [])


def link(
    title: str, sources: list[Source], lexicon: Lexicon, claims: list[Claim], citations: list[Citation]
) -> EvidenceGraph:
    """Build the evidence graph from every record of the map."""
    citations = resolve_citations(citations, sources)
    by_source_citations: dict[str, list[Citation]] = defaultdict(list)
    for citation in citations:
        by_source_citations[citation.source].append(citation)
    scored = [
        s.model_copy(update={"credibility": assess(s, by_source_citations.get(s.id, []), lexicon)}) for s in sources
    ]
    claims = sorted(
        cite_resolved_research(claims, citations, {s.id: s for s in sources}),
        key=lambda c: (c.source, c.location.block, c.location.start, c.id),
    )
    assertions = group_assertions(claims, lexicon)
    by_id = {c.id: c for c in claims}
    contradictions = find_contradictions(assertions, lexicon, lambda cid: (by_id[cid].source, by_id[cid].quote))
    concepts = list(lexicon.concepts.values())
    matches = match_research(claims, sources, lexicon)

    def say(claim: Claim) -> str:
        concepts = lexicon.concepts
        return claim_sentence(concepts[claim.subject], claim.relation, claim.negated, concepts[claim.object])

    overreach = find_overreach({c.id: c for c in claims}, {s.id: s for s in sources}, matches, say)
    dataset = EvidenceDataset(
        title=title,
        sources=sorted(scored, key=lambda s: s.id),
        concepts=sorted(concepts, key=lambda c: c.id),
        claims=claims,
        citations=sorted(citations, key=lambda c: c.id),
        assertions=assertions,
        contradictions=contradictions,
        research_matches=matches,
        overreach=overreach,
    )
    research = frozenset(s.id for s in sources if s.kind == SourceKind.RESEARCH)
    return EvidenceGraph(dataset=dataset, lexicon=lexicon, edges=chain_edges(claims, research))
