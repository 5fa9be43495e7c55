"""The evidence graph's edges and gap cells: what the graph drawing and the gap map are made from.

Each step of a claim's chain (subject -> mechanisms -> object) is an edge,
with research counted apart from web claims, so that the drawing can say how
much of an arrow is backed by studies.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

from evidencemap.model import (
    Claim,
    EvidenceType,
    Relation,
    Source,
    SourceKind,
)
from evidencemap.vocabulary import BENEFIT


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
