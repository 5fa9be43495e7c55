"""The evidence graph's pages: the whole map aggregated on ``broader`` groups, and one drawing per group.

``graph.html`` draws each group (a concept and every concept under it) as one
box; a group's box opens ``graph/<group>.html``, where its members are drawn
one by one beside the groups they link to. Each page also carries the same
arrows as a list, which is what a phone shows (a drawing four columns wide
cannot be read at 390 px) and what a screen reader reads. Arrows beyond a
page's limit are not drawn but stay in its list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from evidencemap.grammar import sentence_case
from evidencemap.link.edges import GraphEdge
from evidencemap.render.environment import relative_url
from evidencemap.render.graph_arrows import GraphArrow, GraphNode, aggregate, select_arrows
from evidencemap.render.graph_layout import layout, wrap_label
from evidencemap.render.page import Page
from evidencemap.render.questions import question_path
from evidencemap.render.svg import render_svg
from evidencemap.render.view import GAP_SECTIONS, MapView
from evidencemap.vocabulary import EVIDENCE_LABELS, claim_sentence

MAX_DRAWN_ARROWS = 60  # beyond this a drawing four columns wide stops being readable; the rest are in the list
MAX_LISTED_STEPS = 12  # claim steps listed under one arrow of the list; the rest are on the group's own page


@dataclass(frozen=True, slots=True)
class Step:
    """One edge of the graph as the list says it: a sentence and where to read about it."""

    sentence: str
    href: str
    sources: int


@dataclass(frozen=True, slots=True)
class ListedArrow:
    """An arrow as a row of the list: its ends, what it carries, and its steps."""

    arrow: GraphArrow
    source_label: str
    source_href: str
    target_label: str
    target_href: str
    drawn: bool
    steps: tuple[Step, ...]
    more_steps: int  # steps not listed here: all are on the page of the arrow's group end
    more_href: str


def graph_pages(view: MapView) -> list[Page]:
    """The overview and a page per group with more than one concept, each with its drawing and its list."""
    edges = view.graph.edges
    top = view.graph.lexicon.top_of
    nodes, arrows = aggregate(edges, top, view.graph.lexicon)
    groups = [n for n in nodes if n.is_group]
    asked = _question_pairs(view)
    pages = [_page(view, "graph.html", None, nodes, arrows, groups, asked)]
    for group in groups:
        members = set(group.members)

        def node_of(concept: str, members: set[str] = members) -> str:
            return concept if concept in members else top(concept)

        inside = [e for e in edges if e.source in members or e.target in members]
        group_nodes, group_arrows = aggregate(inside, node_of, view.graph.lexicon)
        pages.append(_page(view, f"graph/{group.id}.html", group, group_nodes, group_arrows, groups, asked))
    return pages


def _question_pairs(view: MapView) -> set[tuple[str, str]]:
    """The (row, column) pairs that have a question page."""
    return {pair for key, _, _ in GAP_SECTIONS for pair in view.gap_maps[key].cells}


def _page(
    view: MapView,
    path: str,
    group: GraphNode | None,
    nodes: list[GraphNode],
    arrows: list[GraphArrow],
    groups: list[GraphNode],
    asked: set[tuple[str, str]],
) -> Page:
    """One drawing's page; its context is all strings and plain records, so its fingerprint is cheap and exact."""
    drawn, left = select_arrows(arrows, MAX_DRAWN_ARROWS)

    def href_of_node(node: GraphNode) -> str:
        return relative_url(f"graph/{node.id}.html" if node.is_group else f"concepts/{node.id}.html", path)

    def lines_of(node: GraphNode) -> tuple[str, ...]:
        return wrap_label(node.label, f"{len(node.members)} concepts ›" if node.is_group else None)

    drawing = layout(nodes, drawn, lines_of)
    by_id = {n.id: n for n in nodes}
    title = f"Evidence graph: {group.label}" if group else "Evidence graph"
    svg = render_svg(drawing, lambda box: href_of_node(box.node), lambda a: _describe(view, a, by_id), title)
    drawn_ids = {a.id for a in drawn}
    listed = [_listed(view, a, by_id, a.id in drawn_ids, href_of_node, asked, path) for a in arrows]
    context = {
        "title": sentence_case(title),
        "group": group,
        "group_members": [(m, view.label(m)) for m in group.members] if group else [],
        "svg": svg,
        "starts": _by_start(listed),
        "drawn": len(drawn),
        "left_out": len(left),
        "min_sources": min((len(a.sources) for a in drawn), default=0),
        "groups": [(g.id, g.label, len(g.members), relative_url(f"graph/{g.id}.html", path)) for g in groups],
        "overview": relative_url("graph.html", path),
    }
    return Page(path, "graph.html", context)


@dataclass(frozen=True, slots=True)
class Start:
    """The arrows of the list that leave one box."""

    label: str
    href: str
    arrows: tuple[ListedArrow, ...]


def _by_start(listed: list[ListedArrow]) -> list[Start]:
    """The list's arrows under the box they leave, boxes and their arrows in alphabetical order."""
    found: dict[str, list[ListedArrow]] = {}
    for item in sorted(listed, key=lambda i: (i.source_label.casefold(), i.target_label.casefold(), i.arrow.id)):
        found.setdefault(item.arrow.source, []).append(item)
    return [Start(items[0].source_label, items[0].source_href, tuple(items)) for items in found.values()]


def _describe(view: MapView, arrow: GraphArrow, nodes: dict[str, GraphNode]) -> str:
    """An arrow's title: the claim it makes, or for a merged arrow its two ends and how many steps it merges."""
    claims, sources = arrow.claim_count, len(arrow.sources)
    counts = (
        f"{claims} claim{'s' if claims != 1 else ''} from {sources} source{'s' if sources != 1 else ''}; "
        f"best evidence: {EVIDENCE_LABELS[arrow.best_evidence].lower()}"
    )
    if len(arrow.edges) == 1:
        return f"{sentence_case(_edge_sentence(view, arrow.edges[0]))} — {counts}"
    a, b = nodes[arrow.source], nodes[arrow.target]
    return f"{sentence_case(a.label)} → {b.label}: {len(arrow.edges)} links — {counts}"


def _edge_sentence(view: MapView, edge: GraphEdge) -> str:
    concepts = view.graph.lexicon.concepts
    return claim_sentence(concepts[edge.source], edge.relation, edge.negated, concepts[edge.target])


def _listed(
    view: MapView,
    arrow: GraphArrow,
    nodes: dict[str, GraphNode],
    drawn: bool,
    href_of_node: Callable[[GraphNode], str],
    asked: set[tuple[str, str]],
    path: str,
) -> ListedArrow:
    """An arrow as the list shows it: each step a sentence linked to its question page, or to its claims."""
    ranked = sorted(arrow.edges, key=lambda e: (-len(e.sources), e.best_evidence.rank, e.source, e.target))
    steps = tuple(
        Step(
            sentence_case(_edge_sentence(view, edge)),
            _step_href(edge, asked, path),
            len(edge.sources),
        )
        for edge in ranked[:MAX_LISTED_STEPS]
    )
    source, target = nodes[arrow.source], nodes[arrow.target]
    return ListedArrow(
        arrow,
        _node_label(source),
        href_of_node(source),
        _node_label(target),
        href_of_node(target),
        drawn,
        steps,
        len(ranked) - len(steps),
        href_of_node(source if source.is_group else target),
    )


def _node_label(node: GraphNode) -> str:
    return f"{sentence_case(node.label)} ({len(node.members)} concepts)" if node.is_group else sentence_case(node.label)


def _step_href(edge: GraphEdge, asked: set[tuple[str, str]], path: str) -> str:
    """Its question page when it has one, else the claim list narrowed to its two concepts."""
    if (edge.source, edge.target) in asked:
        return relative_url(question_path(edge.source, edge.target), path)
    return relative_url("claims/index.html", path) + f"?concept={edge.source}&with={edge.target}"
