"""The evidence graph's boxes and arrows before they are placed: concepts gathered into ``broader`` groups.

Why aggregate: a map of a hundred concepts drawn one box each is a hairball. Drawn
as the tops of their ``broader`` trees it reads as a few dozen boxes, and each
group has a drawing of its own (``graph_pages``) where its concepts stand one by one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from evidencemap.content.lexicon import Lexicon
from evidencemap.link.edges import GraphEdge
from evidencemap.model import ConceptKind, EvidenceType


@dataclass(frozen=True, slots=True)
class GraphNode:
    """A box of the drawing: one concept, or a group (a concept and its narrower concepts drawn as one)."""

    id: str  # the concept id (a group's top concept)
    label: str
    kind: ConceptKind
    members: tuple[str, ...]  # the concepts with arrows it stands for, itself included when it has arrows

    @property
    def is_group(self) -> bool:
        """Whether the box stands for more than one concept (and so has a drawing of its own)."""
        return len(self.members) > 1


@dataclass(frozen=True, slots=True)
class GraphArrow:
    """An arrow of the drawing: the graph's edges from one box to another, merged."""

    source: str  # node ids
    target: str
    edges: tuple[GraphEdge, ...]
    sources: tuple[str, ...]  # the distinct sources behind them
    best_evidence: EvidenceType

    @property
    def negated(self) -> bool:
        """A denial only when every edge merged into it is one (then it is drawn dashed)."""
        return all(e.negated for e in self.edges)

    @property
    def claim_count(self) -> int:
        """How many claims it carries."""
        return len({c for e in self.edges for c in e.claims})

    @property
    def id(self) -> str:
        """What the page calls it (an anchor of the list)."""
        return f"{self.source}--{self.target}"


def aggregate(
    edges: Iterable[GraphEdge], node_of: Callable[[str], str], lexicon: Lexicon
) -> tuple[list[GraphNode], list[GraphArrow]]:
    """Merge the graph's edges into arrows between boxes: ``node_of`` names the box of each concept.

    An edge inside one box is not drawn (it is drawn on that group's own page). Arrows come ordered by their ends,
    boxes by label: the order of the input does not show through."""
    merged: dict[tuple[str, str], list[GraphEdge]] = defaultdict(list)
    members: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        a, b = node_of(edge.source), node_of(edge.target)
        members[a].add(edge.source)
        members[b].add(edge.target)
        if a != b:
            merged[(a, b)].append(edge)
    arrows = [
        GraphArrow(
            source=a,
            target=b,
            edges=tuple(found),
            sources=tuple(sorted({s for e in found for s in e.sources})),
            best_evidence=min((e.best_evidence for e in found), key=lambda ev: ev.rank),
        )
        for (a, b), found in sorted(merged.items())
    ]
    nodes = [
        GraphNode(cid, lexicon.concepts[cid].label, lexicon.concepts[cid].kind, tuple(sorted(members[cid])))
        for cid in members
    ]
    return sorted(nodes, key=lambda n: (n.label.casefold(), n.id)), arrows


def select_arrows(arrows: list[GraphArrow], limit: int) -> tuple[list[GraphArrow], list[GraphArrow]]:
    """The arrows to draw (the ``limit`` made by most sources, then best evidence) and those left to the list."""
    ranked = sorted(arrows, key=lambda a: (-len(a.sources), a.best_evidence.rank, a.id))
    drawn = {a.id for a in ranked[:limit]}
    return [a for a in arrows if a.id in drawn], [a for a in arrows if a.id not in drawn]
