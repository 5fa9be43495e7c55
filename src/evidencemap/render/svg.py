"""The evidence graph written as a static SVG from a layout (``graph_layout``): it reads without JavaScript.

Links, titles and colours are all in the SVG; a box links to its group's own
drawing or to its concept's page, and every arrow has a title saying what it
carries. The picture scales down with the page; its text is in user units, so
what the layout measured is what the browser draws.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape

from evidencemap.render.graph_arrows import GraphArrow
from evidencemap.render.graph_layout import COLUMNS, FONT_SIZE, LINE_HEIGHT, PAD, Box, Layout, column_x


def stroke_width(sources: int) -> float:
    """Arrow width grows with the log of the number of sources, so 1 and 1,000 sources both read."""
    return round(min(1.5 + 1.5 * math.log2(max(sources, 1)), 10.0), 2)


def render_svg(
    drawing: Layout,
    href_of: Callable[[Box], str],
    describe: Callable[[GraphArrow], str],
    title: str,
) -> str:
    """The whole drawing as an inline SVG element; ``href_of`` gives a box's link, ``describe`` an arrow's title."""
    if not drawing.boxes:
        return '<p class="empty">No claims link concepts here yet.</p>'
    parts = [
        f'<svg class="evidence-graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {drawing.width} '
        f'{drawing.height}" width="{drawing.width}" height="{drawing.height}" font-size="{FONT_SIZE}" '
        'aria-labelledby="graph-title">',
        f'<title id="graph-title">{escape(title)}</title>',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" '
        'markerWidth="9" markerHeight="9" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>',
    ]
    for index, (heading, _) in enumerate(COLUMNS):
        parts.append(f'<text class="col-heading" x="{column_x(index)}" y="24">{escape(heading)}</text>')
    parts.append('<g class="edges">')
    for route in drawing.routes:
        arrow = route.arrow
        dashed = " negated" if arrow.negated else ""
        parts.append(
            f'<path class="edge ev-{arrow.best_evidence.value}{dashed}" data-from="{escape(arrow.source)}" '
            f'data-to="{escape(arrow.target)}" data-evidence="{arrow.best_evidence.value}" d="{route.path}" '
            f'stroke-width="{stroke_width(len(arrow.sources)):g}" marker-end="url(#arrow)">'
            f"<title>{escape(describe(arrow))}</title></path>"
        )
    parts.append('</g><g class="nodes">')
    for box in sorted(drawing.boxes, key=lambda b: b.node.id):
        parts.append(_box(box, href_of(box)))
    parts.append("</g></svg>")
    return "".join(parts)


def _box(box: Box, href: str) -> str:
    """One box: a link around its rectangle and its label's lines (a group's last line counts its concepts)."""
    node = box.node
    group = " group" if node.is_group else ""
    what = f"{node.label}: {len(node.members)} concepts, open its drawing" if node.is_group else node.label
    lines = []
    for k, line in enumerate(box.lines):
        counted = ' class="count"' if node.is_group and k == len(box.lines) - 1 else ""
        y = box.y + PAD + LINE_HEIGHT * k + 12
        lines.append(f'<text x="{box.x + 8}" y="{y}"{counted}>{escape(line)}</text>')
    return (
        f'<a class="node kind-{node.kind.value}{group}" href="{escape(href)}" data-concept="{escape(node.id)}">'
        f"<title>{escape(what)}</title>"
        f'<rect x="{box.x}" y="{box.y}" width="{box.width}" height="{box.height}" rx="5"/>{"".join(lines)}</a>'
    )
