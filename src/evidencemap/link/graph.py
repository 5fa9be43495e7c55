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

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from evidencemap.content.identifiers import trim_doi
from evidencemap.content.lexicon import Lexicon
from evidencemap.link.credibility import assess
from evidencemap.link.research import find_overreach, match_research, overall, study_name
from evidencemap.model import (
    Agreement,
    Assertion,
    Citation,
    Claim,
    Concept,
    Contradiction,
    ContradictionBasis,
    EvidenceDataset,
    EvidenceType,
    Overreach,
    Relation,
    ResearchMatch,
    Source,
    SourceKind,
)
from evidencemap.vocabulary import BENEFIT, HARM, IMPLIES_ASSOCIATION, relation_phrase


@dataclass(frozen=True, slots=True)
class GraphEdge:
    """A concept-to-concept edge of the evidence graph (one step of a claim's chain)."""

    source: str
    target: str
    relation: Relation
    negated: bool
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    best_evidence: EvidenceType
    research_sources: tuple[str, ...] = ()  # the studies among ``sources``: research is counted apart
    web_sources: tuple[str, ...] = ()  # every other source


@dataclass(frozen=True, slots=True)
class GapCell:
    """One cell of a gap map (subject × outcome): research findings counted apart from web claims."""

    subject: str
    outcome: str
    findings: tuple[str, ...]  # claims of research sources
    studies: tuple[str, ...]  # research sources with findings here
    web_claims: tuple[str, ...]  # claims of every other source
    web_sources: tuple[str, ...]
    research_backed: int  # web claims citing traceable research
    marketing_only: int  # web claims whose only backing is the seller's own pitch
    answered: int  # web claims some research finding in the map answers (research_matches)


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
        """For a concept page: research findings about it (or answering claims about it) grouped by study, and "
        "the web claims about it."""
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
    contradictions = find_contradictions(assertions, lexicon)
    concepts = list(lexicon.concepts.values())
    matches = match_research(claims, sources, lexicon)

    def say(claim: Claim) -> str:
        label = lexicon.concepts
        return (
            f"{label[claim.subject].label} {relation_phrase(claim.relation, claim.negated)} {label[claim.object].label}"
        )

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


def _surname(name: str) -> str:
    """The family name in "Menz HB", "Menz, H. B.", "H. B. Menz" or "Menz"."""
    name = name.strip()
    if "," in name:
        return name.split(",")[0].strip().lower()
    parts = [p for p in name.replace(".", " ").split() if p]
    if not parts:
        return ""
    # "Menz HB": initials follow the surname; "Hylton B. Menz": the surname comes last.
    if len(parts) > 1 and parts[-1].isupper() and len(parts[-1]) <= 3:
        return parts[0].lower()
    return parts[-1].lower()


def _words(text: str | None) -> set[str]:
    """Content words of a title, for matching titles written with different punctuation or case."""
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if len(w) > 3}


def _title_matches(a: str | None, b: str | None) -> bool:
    """Two titles name the same work: most content words of the shorter are in the longer."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.7 * min(len(wa), len(wb))


def _doi_key(doi: str) -> str:
    """A DOI as a lookup key: DOIs are case-insensitive; closing punctuation around it is not part of it."""
    return trim_doi(doi).lower()


def _traceable_source(source: Source) -> bool:
    """A research source a reader can find: DOI, PMID, or authors + year + venue."""
    return bool(source.doi or source.pmid or (source.authors and source.year and source.venue))


def resolve_citations(citations: list[Citation], sources: list[Source]) -> list[Citation]:
    """Point citations at the research sources of this map they name: DOI, PMID, or first author + year + title.

    A citation that resolves is traceable only if the source it resolves to is:
    a study of this map with no identifier a reader could use makes nothing
    traceable.
    """
    research = [s for s in sources if s.kind == SourceKind.RESEARCH]
    by_doi = {_doi_key(s.doi): s for s in research if s.doi}
    by_pmid = {s.pmid: s for s in research if s.pmid}
    by_author_year: dict[tuple[str, int], list[Source]] = defaultdict(list)
    for s in research:
        if s.authors and s.year:
            by_author_year[(_surname(s.authors[0]), s.year)].append(s)
    resolved: list[Citation] = []
    for citation in citations:
        target: Source | None = None
        if citation.doi and _doi_key(citation.doi) in by_doi:
            target = by_doi[_doi_key(citation.doi)]
        elif citation.pmid and citation.pmid in by_pmid:
            target = by_pmid[citation.pmid]
        elif citation.authors and citation.year:
            candidates = by_author_year.get((_surname(citation.authors[0]), citation.year), [])
            titled = [s for s in candidates if _title_matches(citation.title or citation.text, s.title)]
            target = titled[0] if len(titled) == 1 else None
        if target is not None and target.id != citation.source:
            citation = citation.model_copy(
                update={
                    "resolves_to": target.id,
                    "traceable": citation.traceable or _traceable_source(target),
                    "is_research": True,
                }
            )
        resolved.append(citation)
    return resolved


def cite_resolved_research(claims: list[Claim], citations: list[Citation], sources: dict[str, Source]) -> list[Claim]:
    """A web claim citing a study of this map that a reader can trace is ``cited_research``; nothing else becomes it."""
    by_id = {c.id: c for c in citations}
    upgraded: list[Claim] = []
    for claim in claims:
        cited = [by_id[c] for c in claim.citations if c in by_id]
        traced = [c for c in cited if c.resolves_to and c.traceable and c.is_research]
        if (
            traced
            and claim.evidence != EvidenceType.CITED_RESEARCH
            and sources.get(claim.source)
            and sources[claim.source].kind != SourceKind.RESEARCH
        ):
            study = sources[traced[0].resolves_to]
            claim = claim.model_copy(
                update={
                    "evidence": EvidenceType.CITED_RESEARCH,
                    "evidence_reason": f"cites {study_name(study)}, a study in this map",
                }
            )
        upgraded.append(claim)
    return upgraded


def assertion_id(subject: str, relation: Relation, obj: str, negated: bool) -> str:
    """Readable, stable id: ``flat-feet--associated-with--low-back-pain`` (``--not`` when negated)."""
    return f"{subject}--{relation.value.replace('_', '-')}--{obj}" + ("--not" if negated else "")


def group_assertions(claims: list[Claim], lexicon: Lexicon) -> list[Assertion]:
    """Group claims with the same subject, relation, object and polarity."""
    groups: dict[tuple[str, Relation, str, bool], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.subject, claim.relation, claim.object, claim.negated)].append(claim)
    assertions: list[Assertion] = []
    for (subject, relation, obj, negated), members in sorted(groups.items(), key=lambda kv: assertion_id(*kv[0])):
        best = min((c.evidence for c in members), key=lambda e: e.rank)
        assertions.append(
            Assertion(
                id=assertion_id(subject, relation, obj, negated),
                subject=subject,
                relation=relation,
                object=obj,
                negated=negated,
                claims=[c.id for c in members],
                sources=sorted({c.source for c in members}),
                best_evidence=best,
                research_backed=any(c.evidence == EvidenceType.CITED_RESEARCH for c in members),
                commercial_only=all(c.commercial_interest for c in members),
            )
        )
    # An assertion supports those saying the same of broader concepts (or of the same ones, by other words): found
    # through each concept's short chain of broader ones, not by testing every pair of assertions.
    by_key: dict[tuple[Relation, bool, str, str], list[str]] = defaultdict(list)
    for assertion in assertions:
        by_key[(assertion.relation, assertion.negated, assertion.subject, assertion.object)].append(assertion.id)
    supported: list[Assertion] = []
    for assertion in assertions:
        broader = [
            other
            for subject in (assertion.subject, *lexicon.ancestors(assertion.subject))
            for object_ in (assertion.object, *lexicon.ancestors(assertion.object))
            for other in by_key.get((assertion.relation, assertion.negated, subject, object_), ())
            if other != assertion.id
        ]
        supported.append(assertion.model_copy(update={"supports": sorted(set(broader))}) if broader else assertion)
    return supported


def find_contradictions(assertions: list[Assertion], lexicon: Lexicon) -> list[Contradiction]:
    """Pairs of assertions, from different sources, that cannot both hold."""
    found: list[Contradiction] = []
    by_subject_root: dict[str, list[Assertion]] = defaultdict(list)
    for assertion in assertions:
        root = (lexicon.ancestors(assertion.subject) or (assertion.subject,))[-1]
        by_subject_root[root].append(assertion)
    for group in by_subject_root.values():
        for a, b in combinations(sorted(group, key=lambda x: x.id), 2):
            if set(a.sources) == set(b.sources) and len(a.sources) == 1:
                continue
            basis = _conflict(a, b, lexicon)
            if basis is not None:
                found.append(
                    Contradiction(
                        id=f"{a.id}--vs--{b.id}", a=a.id, b=b.id, basis=basis, summary=_summary(a, b, basis, lexicon)
                    )
                )
    return sorted(found, key=lambda c: c.id)


def _conflict(a: Assertion, b: Assertion, lexicon: Lexicon) -> ContradictionBasis | None:
    """Why ``a`` and ``b`` contradict, or None."""
    if not lexicon.comparable(a.subject, b.subject):
        return None
    if a.negated != b.negated:
        negative, positive = (a, b) if a.negated else (b, a)
        narrower = lexicon.is_within(positive.subject, negative.subject) and lexicon.is_within(
            positive.object, negative.object
        )
        same_relation = negative.relation == positive.relation
        denies_link = negative.relation == Relation.ASSOCIATED_WITH and positive.relation in IMPLIES_ASSOCIATION
        if narrower and (same_relation or denies_link):
            return ContradictionBasis.NEGATION
        return None
    if a.negated or b.negated:
        return None
    opposite = (a.relation in BENEFIT and b.relation in HARM) or (a.relation in HARM and b.relation in BENEFIT)
    if opposite and lexicon.related(a.object, b.object):
        return ContradictionBasis.OPPOSITE_EFFECT
    return None


def _summary(a: Assertion, b: Assertion, basis: ContradictionBasis, lexicon: Lexicon) -> str:
    """One sentence a reader understands: who says what against whom."""

    def say(x: Assertion) -> str:
        return (
            f"{lexicon.concepts[x.subject].label} {relation_phrase(x.relation, x.negated)} "
            f"{lexicon.concepts[x.object].label}"
        )

    if basis == ContradictionBasis.NEGATION:
        return f"One side says {say(a)}; the other says {say(b)}."
    return f"Opposite effects claimed: {say(a)}, yet {say(b)}."


def gap_cells(claims: list[Claim], sources: dict[str, Source], answered: set[str]) -> dict[tuple[str, str], GapCell]:
    """Subject × outcome cells of the gap map, research findings apart from web claims."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.subject, claim.object)].append(claim)
    cells: dict[tuple[str, str], GapCell] = {}
    for key, members in sorted(groups.items()):
        findings = [c for c in members if sources[c.source].kind == SourceKind.RESEARCH]
        web = [c for c in members if sources[c.source].kind != SourceKind.RESEARCH]
        cells[key] = GapCell(
            subject=key[0],
            outcome=key[1],
            findings=tuple(c.id for c in findings),
            studies=tuple(sorted({c.source for c in findings})),
            web_claims=tuple(c.id for c in web),
            web_sources=tuple(sorted({c.source for c in web})),
            research_backed=sum(1 for c in web if c.evidence == EvidenceType.CITED_RESEARCH),
            marketing_only=sum(1 for c in web if c.evidence in (EvidenceType.MARKETING, EvidenceType.TESTIMONIAL)),
            answered=sum(1 for c in web if c.id in answered),
        )
    return cells


def chain_edges(claims: list[Claim], research: frozenset[str] = frozenset()) -> list[GraphEdge]:
    """Concept-to-concept edges: each claim contributes subject -> mechanism... -> object; studies counted apart."""
    steps: dict[tuple[str, str, Relation, bool], list[Claim]] = defaultdict(list)
    for claim in claims:
        chain = [claim.subject, *claim.mechanism, claim.object]
        for i, (u, v) in enumerate(itertools.pairwise(chain)):
            relation = (
                claim.relation
                if i == len(chain) - 2
                else (Relation.TREATS if claim.relation in BENEFIT and i == 0 else Relation.CAUSES)
            )
            steps[(u, v, relation, claim.negated)].append(claim)
    edges = []
    for (u, v, relation, negated), members in sorted(
        steps.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2].value, kv[0][3])
    ):
        sources = tuple(sorted({c.source for c in members}))
        edges.append(
            GraphEdge(
                u,
                v,
                relation,
                negated,
                tuple(c.id for c in members),
                sources,
                min((c.evidence for c in members), key=lambda e: e.rank),
                tuple(s for s in sources if s in research),
                tuple(s for s in sources if s not in research),
            )
        )
    return edges
