"""The evidence graph as a static SVG, laid out at build time.

Concepts are columns by role (causes -> mechanisms -> outcomes, interventions
beside), ordered within a column by the barycentre heuristic so edges cross
little. The layout is a pure function of the edges: same map, same picture,
and it reads without JavaScript (links, titles, colours are all in the SVG).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from html import escape

from evidencemap.content.lexicon import Lexicon
from evidencemap.grammar import sentence_case
from evidencemap.link.graph import GraphEdge
from evidencemap.model import ConceptKind
from evidencemap.vocabulary import claim_sentence

COLUMNS = (
    ("Causes and factors", (ConceptKind.FACTOR,)),
    ("Mechanisms", (ConceptKind.MECHANISM,)),
    ("Outcomes", (ConceptKind.CONDITION,)),
    ("Interventions and products", (ConceptKind.INTERVENTION, ConceptKind.PRODUCT)),
)
COLUMN_WIDTH = 250
NODE_WIDTH = 190
NODE_HEIGHT = 24
ROW_GAP = 10
TOP = 44
LABEL_CHARS = 28
MAX_EDGES = 160  # beyond this the picture is a hairball: only the arrows most sources make are drawn


def select_edges(edges: list[GraphEdge], max_edges: int = MAX_EDGES) -> tuple[list[GraphEdge], int]:
    """The arrows worth drawing: all of them, or the ``max_edges`` made by most sources (then best evidence).

    Returns the kept arrows in their original order and how many were left out. Aggregation by
    source count keeps a map of 1,000 or 10,000 sources legible; what is left out is still in the
    claim list, the gap map and the exports."""
    if len(edges) <= max_edges:
        return edges, 0
    ranked = sorted(range(len(edges)), key=lambda i: (-len(edges[i].sources), edges[i].best_evidence.rank, i))
    keep = set(ranked[:max_edges])
    return [e for i, e in enumerate(edges) if i in keep], len(edges) - max_edges


def stroke_width(sources: int) -> float:
    """Arrow width grows with the log of the number of sources, so 1 and 1,000 sources both read."""
    return round(min(1.5 + 1.5 * math.log2(max(sources, 1)), 10.0), 2)


@dataclass(frozen=True, slots=True)
class Placed:
    """A node with its position."""

    concept: str
    column: int
    x: int
    y: int


def column_of(lexicon: Lexicon, concept: str) -> int:
    """The column of a concept, from its kind."""
    kind = lexicon.concepts[concept].kind
    for index, (_, kinds) in enumerate(COLUMNS):
        if kind in kinds:
            return index
    return 0


def layout(edges: list[GraphEdge], lexicon: Lexicon) -> dict[str, Placed]:
    """Place every concept that has an edge; deterministic for the same edges."""
    nodes = sorted({e.source for e in edges} | {e.target for e in edges})
    columns: dict[int, list[str]] = defaultdict(list)
    for concept in nodes:
        columns[column_of(lexicon, concept)].append(concept)
    neighbours: dict[str, list[str]] = defaultdict(list)
    for edge in edges:
        neighbours[edge.source].append(edge.target)
        neighbours[edge.target].append(edge.source)
    order = {c: i for col in columns.values() for i, c in enumerate(col)}
    for _ in range(4):  # barycentre sweeps: a few are enough for a stable, readable order
        for col in sorted(columns):
            members = columns[col]

            def centre(concept: str) -> tuple[float, str]:
                near = [order[n] for n in neighbours[concept] if n != concept]
                return ((sum(near) / len(near)) if near else order[concept], concept)

            members.sort(key=centre)
            for i, concept in enumerate(members):
                order[concept] = i
    placed: dict[str, Placed] = {}
    for col, members in columns.items():
        for i, concept in enumerate(members):
            placed[concept] = Placed(concept, col, 20 + col * COLUMN_WIDTH, TOP + i * (NODE_HEIGHT + ROW_GAP))
    return placed


def _short(label: str) -> str:
    """Labels longer than a node are cut with an ellipsis (the full text is in the title)."""
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def edge_path(a: Placed, b: Placed) -> str:
    """A cubic Bézier from node ``a`` to node ``b``, leaving and entering at the sides."""
    ay, by = a.y + NODE_HEIGHT // 2, b.y + NODE_HEIGHT // 2
    if a.column == b.column:
        x = a.x + NODE_WIDTH
        bulge = 40 + min(abs(by - ay) // 4, 60)
        return f"M{x},{ay} C{x + bulge},{ay} {x + bulge},{by} {x},{by}"
    if a.column < b.column:
        x1, x2 = a.x + NODE_WIDTH, b.x
    else:
        x1, x2 = a.x, b.x + NODE_WIDTH
    mid = (x1 + x2) // 2
    return f"M{x1},{ay} C{mid},{ay} {mid},{by} {x2},{by}"


def render_svg(edges: list[GraphEdge], lexicon: Lexicon, concept_url: callable, title: str) -> str:
    """The whole graph as an inline SVG element (links relative to the page via ``concept_url``)."""
    placed = layout(edges, lexicon)
    if not placed:
        return '<p class="empty">No claims link concepts yet.</p>'
    rows = max((sum(1 for p in placed.values() if p.column == c) for c in range(len(COLUMNS))), default=1)
    width = 20 + len(COLUMNS) * COLUMN_WIDTH
    height = TOP + rows * (NODE_HEIGHT + ROW_GAP) + 20
    parts = [
        f'<svg class="evidence-graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-labelledby="graph-title">',
        f'<title id="graph-title">{escape(title)}</title>',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>',
    ]
    for index, (heading, _) in enumerate(COLUMNS):
        parts.append(f'<text class="col-heading" x="{20 + index * COLUMN_WIDTH}" y="24">{escape(heading)}</text>')
    parts.append('<g class="edges">')
    for edge in edges:
        a, b = placed[edge.source], placed[edge.target]
        width_px = stroke_width(len(edge.sources))
        label = sentence_case(
            claim_sentence(lexicon.concepts[edge.source], edge.relation, edge.negated, lexicon.concepts[edge.target])
        )
        claims, sources = len(edge.claims), len(edge.sources)
        detail = (
            f"{label} — {claims} claim{'s' if claims != 1 else ''} from {sources} source{'s' if sources != 1 else ''}; "
            f"best evidence: {edge.best_evidence.value.replace('_', ' ')}"
        )
        dashed = " negated" if edge.negated else ""
        parts.append(
            f'<path class="edge ev-{edge.best_evidence.value}{dashed}" data-from="{escape(edge.source)}" '
            f'data-to="{escape(edge.target)}" data-evidence="{edge.best_evidence.value}" d="{edge_path(a, b)}" '
            f'stroke-width="{width_px:g}" marker-end="url(#arrow)"><title>{escape(detail)}</title></path>'
        )
    parts.append('</g><g class="nodes">')
    for concept in sorted(placed):
        p = placed[concept]
        info = lexicon.concepts[concept]
        parts.append(
            f'<a class="node kind-{info.kind.value}" href="{escape(concept_url(concept))}" '
            f'data-concept="{escape(concept)}">'
            f"<title>{escape(info.label)} ({info.kind.value})</title>"
            f'<rect x="{p.x}" y="{p.y}" width="{NODE_WIDTH}" height="{NODE_HEIGHT}" rx="5"/>'
            f'<text x="{p.x + 8}" y="{p.y + 16}">{escape(_short(info.label))}</text></a>'
        )
    parts.append("</g></svg>")
    return "".join(parts)
