"""Stage 4, link: all records in, one evidence graph out.

Claims that say the same thing are grouped into assertions; assertions about
narrower concepts support broader ones; assertions from different sources
that cannot both be true are contradictions. Citations that name a source of
this map resolve to it, and every source is scored for credibility. The
resulting EvidenceGraph carries indexes so rendering never searches lists.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from evidencemap.credibility import assess
from evidencemap.lexicon import Lexicon
from evidencemap.model import (
    Assertion,
    Citation,
    Claim,
    Concept,
    Contradiction,
    ContradictionBasis,
    EvidenceDataset,
    EvidenceType,
    Relation,
    Source,
)

BENEFIT = {Relation.TREATS, Relation.PREVENTS}
HARM = {Relation.CAUSES, Relation.WORSENS}
# Denying an association denies these too: no link, no causation.
IMPLIES_ASSOCIATION = {Relation.CAUSES, Relation.WORSENS, Relation.ASSOCIATED_WITH}

RELATION_PHRASES = {
    Relation.CAUSES: ("causes", "does not cause"),
    Relation.PREVENTS: ("prevents", "does not prevent"),
    Relation.TREATS: ("relieves", "does not relieve"),
    Relation.WORSENS: ("worsens", "does not worsen"),
    Relation.ASSOCIATED_WITH: ("is linked to", "is not linked to"),
}


def relation_phrase(relation: Relation, negated: bool) -> str:
    """Plain-English verb phrase for a relation, as shown to readers."""
    positive, negative = RELATION_PHRASES[relation]
    return negative if negated else positive


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

    def contradictions_of_claim(self, claim_id: str) -> list[Contradiction]:
        """Contradictions involving the assertion a claim belongs to."""
        return self.contradictions_of.get(self.assertion_of_claim.get(claim_id, ""), [])


def link(title: str, sources: list[Source], lexicon: Lexicon, claims: list[Claim], citations: list[Citation]) -> EvidenceGraph:
    """Build the evidence graph from every record of the map."""
    citations = resolve_citations(citations, sources)
    by_source_citations: dict[str, list[Citation]] = defaultdict(list)
    for citation in citations:
        by_source_citations[citation.source].append(citation)
    scored = [s.model_copy(update={"credibility": assess(s, by_source_citations.get(s.id, []), lexicon)}) for s in sources]
    claims = sorted(claims, key=lambda c: (c.source, c.location.block, c.location.start, c.id))
    assertions = group_assertions(claims, lexicon)
    contradictions = find_contradictions(assertions, lexicon)
    concepts = list(lexicon.concepts.values())
    dataset = EvidenceDataset(
        title=title, sources=sorted(scored, key=lambda s: s.id), concepts=sorted(concepts, key=lambda c: c.id), claims=claims,
        citations=sorted(citations, key=lambda c: c.id), assertions=assertions, contradictions=contradictions,
    )
    return EvidenceGraph(dataset=dataset, lexicon=lexicon, edges=chain_edges(claims))


def resolve_citations(citations: list[Citation], sources: list[Source]) -> list[Citation]:
    """Point citations at the research sources of this map they name (DOI, PMID, or first author + year)."""
    by_doi = {s.doi.lower(): s.id for s in sources if s.doi}
    by_pmid = {s.pmid: s.id for s in sources if s.pmid}
    by_author_year = {(s.authors[0].split()[0].lower(), s.year): s.id for s in sources if s.authors and s.year}
    resolved: list[Citation] = []
    for citation in citations:
        target = None
        if citation.doi and citation.doi.lower() in by_doi:
            target = by_doi[citation.doi.lower()]
        elif citation.pmid and citation.pmid in by_pmid:
            target = by_pmid[citation.pmid]
        elif citation.authors and citation.year:
            target = by_author_year.get((citation.authors[0].split()[-1].lower(), citation.year)) or by_author_year.get((citation.authors[0].split()[0].lower(), citation.year))
        if target is not None and target != citation.source:
            citation = citation.model_copy(update={"resolves_to": target, "traceable": True, "is_research": True})
        resolved.append(citation)
    return resolved


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
        assertions.append(Assertion(
            id=assertion_id(subject, relation, obj, negated), subject=subject, relation=relation, object=obj, negated=negated,
            claims=[c.id for c in members], sources=sorted({c.source for c in members}), best_evidence=best,
            research_backed=any(c.evidence == EvidenceType.CITED_RESEARCH for c in members),
            commercial_only=all(c.commercial_interest for c in members),
        ))
    by_key: dict[tuple[Relation, bool], list[Assertion]] = defaultdict(list)
    for assertion in assertions:
        by_key[(assertion.relation, assertion.negated)].append(assertion)
    supported: list[Assertion] = []
    for assertion in assertions:
        broader = [
            other.id for other in by_key[(assertion.relation, assertion.negated)]
            if other.id != assertion.id and lexicon.is_within(assertion.subject, other.subject) and lexicon.is_within(assertion.object, other.object)
        ]
        supported.append(assertion.model_copy(update={"supports": sorted(broader)}) if broader else assertion)
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
                found.append(Contradiction(id=f"{a.id}--vs--{b.id}", a=a.id, b=b.id, basis=basis, summary=_summary(a, b, basis, lexicon)))
    return sorted(found, key=lambda c: c.id)


def _conflict(a: Assertion, b: Assertion, lexicon: Lexicon) -> ContradictionBasis | None:
    """Why ``a`` and ``b`` contradict, or None."""
    if not lexicon.comparable(a.subject, b.subject):
        return None
    if a.negated != b.negated:
        negative, positive = (a, b) if a.negated else (b, a)
        narrower = lexicon.is_within(positive.subject, negative.subject) and lexicon.is_within(positive.object, negative.object)
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
        return f"{lexicon.concepts[x.subject].label} {relation_phrase(x.relation, x.negated)} {lexicon.concepts[x.object].label}"

    if basis == ContradictionBasis.NEGATION:
        return f"One side says {say(a)}; the other says {say(b)}."
    return f"Opposite effects claimed: {say(a)}, yet {say(b)}."


def chain_edges(claims: list[Claim]) -> list[GraphEdge]:
    """Concept-to-concept edges: each claim contributes subject -> mechanism... -> object."""
    steps: dict[tuple[str, str, Relation, bool], list[Claim]] = defaultdict(list)
    for claim in claims:
        chain = [claim.subject, *claim.mechanism, claim.object]
        for i, (u, v) in enumerate(zip(chain, chain[1:])):
            relation = claim.relation if i == len(chain) - 2 else (Relation.TREATS if claim.relation in BENEFIT and i == 0 else Relation.CAUSES)
            steps[(u, v, relation, claim.negated)].append(claim)
    edges = []
    for (u, v, relation, negated), members in sorted(steps.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2].value, kv[0][3])):
        edges.append(GraphEdge(u, v, relation, negated, tuple(c.id for c in members), tuple(sorted({c.source for c in members})),
                               min((c.evidence for c in members), key=lambda e: e.rank)))
    return edges
