"""The evidence graph drawing: it reads by default, and nothing drawn hides anything.

Geometric checks on the SVG as written (svg_geometry.faults): no arrow through a box, no two boxes overlapping, nothing
outside the picture; on the default map, on every group's drawing, and on graphs hypothesis makes up. Label text as
Chromium measures it is checked in test_browser.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from evidencemap.content.lexicon import build_lexicon
from evidencemap.link.edges import GraphEdge
from evidencemap.model import Concept, ConceptKind, EvidenceType, Relation
from evidencemap.render.graph_arrows import aggregate
from evidencemap.render.graph_layout import TEXT_ROOM, layout, text_width, wrap_label
from evidencemap.render.graph_pages import MAX_DRAWN_ARROWS
from evidencemap.render.svg import render_svg
from svg_geometry import faults, parse

SVG_ELEMENT = re.compile(r'<svg class="evidence-graph".*?</svg>', re.S)


def drawing_of(page: Path) -> str:
    found = SVG_ELEMENT.search(page.read_text(encoding="utf-8"))
    assert found, f"{page} has no drawing"
    return found.group(0)


def graph_pages(site: Path) -> list[Path]:
    return [site / "graph.html", *sorted((site / "graph").glob("*.html"))]


def test_no_arrow_crosses_a_box_and_no_boxes_overlap_on_any_drawing_of_the_default_map(built_site) -> None:
    site, _ = built_site
    pages = graph_pages(site)
    assert len(pages) > 5, "the default map's groups should each have a drawing"
    for page in pages:
        assert faults(drawing_of(page)) == [], page.name


def test_the_overview_draws_groups_not_every_concept(built_site, seed_map) -> None:
    """A hundred concepts read as a few dozen boxes: each group is one box that opens its own drawing."""
    site, _ = built_site
    _, rects, paths = parse(drawing_of(site / "graph.html"))
    concepts = {e.source for e in seed_map.graph.edges} | {e.target for e in seed_map.graph.edges}
    assert len(rects) < len(concepts) / 2, (len(rects), len(concepts))
    assert len(paths) <= MAX_DRAWN_ARROWS
    html = (site / "graph.html").read_text(encoding="utf-8")
    group_links = set(re.findall(r'<a class="node [^"]* group" href="graph/([\w-]+)\.html"', html))
    assert group_links and all((site / "graph" / f"{g}.html").exists() for g in group_links)


def test_every_link_of_the_map_is_listed_on_its_groups_page(built_site, seed_map) -> None:
    """Readers lose nothing to aggregation or the drawing limit: every edge is a step in the list of the drawing of
    each group it touches (or of the overview, when both its ends stand alone)."""
    site, _ = built_site
    lexicon = seed_map.graph.lexicon
    texts = {p.name: p.read_text(encoding="utf-8") for p in graph_pages(site)}
    for edge in seed_map.graph.edges:
        tops = {lexicon.ancestors(c)[-1] if lexicon.ancestors(c) else c for c in (edge.source, edge.target)}
        where = [f"{t}.html" for t in tops if f"{t}.html" in texts] or ["graph.html"]
        for name in where:
            assert f"concept={edge.source}&amp;with={edge.target}" in texts[name] or (
                f"questions/{edge.source}--{edge.target}.html" in texts[name]
            ), f"{edge.source} -> {edge.target} is not listed on {name}"


def test_long_labels_wrap_onto_lines_and_are_never_cut() -> None:
    label = "sensory feedback from the soles of the feet to the central nervous system"
    lines = wrap_label(label, "3 concepts ›")
    assert " ".join(lines[:-1]) == label and lines[-1] == "3 concepts ›"
    assert all(text_width(line) <= TEXT_ROOM for line in lines)
    assert "".join(wrap_label("W" * 50)) == "W" * 50 and all(text_width(x) <= TEXT_ROOM for x in wrap_label("W" * 50))


KINDS = [ConceptKind.FACTOR, ConceptKind.MECHANISM, ConceptKind.CONDITION, ConceptKind.INTERVENTION]


@settings(max_examples=60, deadline=None)
@given(
    kinds=st.lists(st.sampled_from(KINDS), min_size=2, max_size=24),
    pairs=st.lists(st.tuples(st.integers(0, 23), st.integers(0, 23), st.integers(1, 6)), min_size=1, max_size=80),
    words=st.integers(1, 9),
)
def test_any_graph_is_drawn_without_an_arrow_through_a_box(kinds, pairs, words) -> None:
    """Whatever the kinds of the concepts (so arrows within a column, between neighbours, across two columns, in
    both directions) and however long the labels, the routing keeps every arrow out of every box."""
    concepts = [
        Concept(id=f"c{i}", label=" ".join(["concept"] * (1 + (i * words) % 9)) + f" {i}", kind=kind)
        for i, kind in enumerate(kinds)
    ]
    lexicon = build_lexicon(concepts)
    edges = [
        GraphEdge(
            f"c{a % len(kinds)}",
            f"c{b % len(kinds)}",
            Relation.CAUSES,
            False,
            (f"k{n}",),
            (f"s{n}",),
            EvidenceType.ASSERTION,
        )
        for n, (a, b, _) in enumerate(pairs)
        if a % len(kinds) != b % len(kinds)
    ]
    nodes, arrows = aggregate(edges, lambda c: c, lexicon)
    drawing = layout(nodes, arrows, lambda n: wrap_label(n.label))
    svg = render_svg(drawing, lambda box: f"{box.node.id}.html", lambda a: a.id, "test")
    if arrows:
        assert faults(svg) == []
