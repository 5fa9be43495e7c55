"""Where the evidence graph's boxes and arrows go: columns, order, positions and routes.

Why a layout of our own: a reader must be able to follow every arrow, so
three things hold by construction, not by luck, and a test checks them on the
drawn SVG:

- no arrow passes behind a box: an arrow between neighbouring columns runs in
  the gap between them; one that skips a column crosses it through a slot of
  its own, reserved in that column's stack of boxes (a "dummy" node, as in
  Sugiyama's layered drawing); one between two concepts of one column bulges
  into the gap beside it;
- no label is cut: labels wrap onto as many lines as they need and the box
  grows to hold them;
- no two boxes overlap: each column is a stack with a gap between items.

Everything here is a pure function of the edges and the lexicon: same map,
same picture, byte for byte.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from evidencemap.model import ConceptKind
from evidencemap.render.graph_arrows import GraphArrow, GraphNode

COLUMNS: tuple[tuple[str, tuple[ConceptKind, ...]], ...] = (
    ("Causes and factors", (ConceptKind.FACTOR,)),
    ("Mechanisms", (ConceptKind.MECHANISM,)),
    ("Outcomes", (ConceptKind.CONDITION,)),
    ("Interventions and products", (ConceptKind.INTERVENTION, ConceptKind.PRODUCT)),
)
MARGIN = 20
TOP = 48  # below the column headings
NODE_WIDTH = 180
COLUMN_GAP = 96  # arrows between neighbouring columns, and bulges within one, run here
RIGHT_ROOM = 72  # right of the last column: where arrows within that column bulge
FONT_SIZE = 12  # px, the drawing's text
TEXT_ROOM = NODE_WIDTH - 2 * 8  # px of a line inside a box, 8 px of padding each side
# Advance widths in em, on the wide side of common sans-serif faces (DejaVu Sans, which Debian's system-ui is, is
# among the widest), so that a line measured to fit here fits in any browser's font.
NARROW = frozenset("ijl.,;:'’!|()[]f rtI")
WIDE = frozenset("mwMW@%")
PORT_SPACING = 7  # at least this far apart, arrows meeting one side of a box
LINE_HEIGHT = 16  # 1.33 of the font: lines with accented capitals do not touch
PAD = 6  # above and below a box's text
ROW_GAP = 12  # between two items of a column
SLOT_HEIGHT = 4  # the slot an arrow crossing a column takes in its stack
SWEEPS = 8  # rounds of ordering and of placing: enough for a stable, readable picture on maps of every size


@dataclass(frozen=True, slots=True)
class Box:
    """A node placed: its top-left corner, size and the lines of its label."""

    node: GraphNode
    column: int
    x: int
    y: int
    width: int
    height: int
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Route:
    """An arrow's path as SVG path data (M, C and L commands only, absolute)."""

    arrow: GraphArrow
    path: str


@dataclass(frozen=True, slots=True)
class Layout:
    """A drawing, ready to write: boxes, routes, and the size of the picture."""

    boxes: tuple[Box, ...]
    routes: tuple[Route, ...]
    width: int
    height: int


@dataclass(slots=True)
class _Item:
    """An entry of a column's stack while laying out: a box, or an arrow's slot through the column."""

    key: str
    height: int
    node: GraphNode | None = None
    lines: tuple[str, ...] = ()
    y: float = 0.0
    neighbours: list[str] = field(default_factory=list)

    @property
    def centre(self) -> float:
        return self.y + self.height / 2


def column_of(kind: ConceptKind) -> int:
    """The column a kind of concept stands in."""
    for index, (_, kinds) in enumerate(COLUMNS):
        if kind in kinds:
            return index
    return 0


def text_width(text: str) -> float:
    """How wide ``text`` is drawn at the graph's font size, in px, erring wide (no font file is read at build)."""
    em = 0.0
    for char in text:
        if char in NARROW:
            em += 0.36
        elif char in WIDE or unicodedata.east_asian_width(char) in "WF":
            em += 1.0
        elif char.isupper() or char.isdigit():
            em += 0.76
        else:
            em += 0.64
    return em * FONT_SIZE


def wrap_label(label: str, extra: str | None = None) -> tuple[str, ...]:
    """A label on as many lines as it needs to fit its box (a word too long for a line is split), then ``extra``."""
    lines: list[str] = []
    for word in label.split():
        if lines and text_width(f"{lines[-1]} {word}") <= TEXT_ROOM:
            lines[-1] = f"{lines[-1]} {word}"
            continue
        while text_width(word) > TEXT_ROOM:
            cut = max(1, max(k for k in range(1, len(word) + 1) if text_width(word[:k]) <= TEXT_ROOM))
            lines.append(word[:cut])
            word = word[cut:]
        lines.append(word)
    lines = lines or [label]
    return (*lines, extra) if extra else tuple(lines)


def layout(
    nodes: list[GraphNode], arrows: list[GraphArrow], node_lines: Callable[[GraphNode], tuple[str, ...]]
) -> Layout:
    """Place the boxes of ``nodes`` that have arrows, and route ``arrows`` between them."""
    used = {a.source for a in arrows} | {a.target for a in arrows}
    by_id = {n.id: n for n in nodes if n.id in used}
    columns: dict[int, list[_Item]] = {c: [] for c in range(len(COLUMNS))}
    items: dict[str, _Item] = {}
    meeting = _arrows_per_side(arrows, by_id)
    for node in by_id.values():
        lines = node_lines(node)
        height = max(2 * PAD + LINE_HEIGHT * len(lines), (meeting[node.id] + 1) * PORT_SPACING)
        item = _Item(node.id, height, node, lines)
        items[node.id] = item
        columns[column_of(node.kind)].append(item)
    chains = {a.id: _chain(a, by_id, columns, items) for a in arrows}
    _order(columns, items)
    _place(columns, items)
    boxes = tuple(
        Box(item.node, col, column_x(col), round(item.y), NODE_WIDTH, item.height, item.lines)
        for col, stack in columns.items()
        for item in stack
        if item.node is not None
    )
    placed = {b.node.id: b for b in boxes}
    slots = {item.key: round(item.y) for stack in columns.values() for item in stack if item.node is None}
    ports = _ports(arrows, chains, placed, slots)
    routes = tuple(Route(a, _path(chains[a.id], placed, slots, ports[a.id])) for a in arrows)
    bottom = max((round(i.y) + i.height for stack in columns.values() for i in stack), default=TOP)
    width = column_x(len(COLUMNS) - 1) + NODE_WIDTH + RIGHT_ROOM
    return Layout(boxes, routes, width, bottom + MARGIN)


def _arrows_per_side(arrows: list[GraphArrow], by_id: dict[str, GraphNode]) -> dict[str, int]:
    """The most arrows meeting one side of each box: its height must give each a point of its own."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for arrow in arrows:
        first, last = _sides(column_of(by_id[arrow.source].kind), column_of(by_id[arrow.target].kind))
        counts[(arrow.source, first)] += 1
        counts[(arrow.target, last)] += 1
    most: dict[str, int] = defaultdict(int)
    for (node, _), count in counts.items():
        most[node] = max(most[node], count)
    return most


def column_x(column: int) -> int:
    return MARGIN + column * (NODE_WIDTH + COLUMN_GAP)


def _chain(
    arrow: GraphArrow, by_id: dict[str, GraphNode], columns: dict[int, list[_Item]], items: dict[str, _Item]
) -> list[str]:
    """The items an arrow passes: its two boxes, and a slot in each column between them (added to the stacks)."""
    start, end = column_of(by_id[arrow.source].kind), column_of(by_id[arrow.target].kind)
    chain = [arrow.source]
    step = 1 if end > start else -1
    for col in range(start + step, end, step) if start != end else ():
        key = f"{arrow.id}@{col}"
        slot = _Item(key, SLOT_HEIGHT)
        items[key] = slot
        columns[col].append(slot)
        chain.append(key)
    chain.append(arrow.target)
    for a, b in zip(chain, chain[1:], strict=False):
        items[a].neighbours.append(b)
        items[b].neighbours.append(a)
    return chain


def _order(columns: dict[int, list[_Item]], items: dict[str, _Item]) -> None:
    """Order each column by the barycentre of its neighbours' places, so arrows cross little."""
    position = {item.key: (i + 0.5) / len(stack) for stack in columns.values() for i, item in enumerate(stack)}
    for sweep in range(SWEEPS):
        order = sorted(columns) if sweep % 2 == 0 else sorted(columns, reverse=True)
        for col in order:
            stack = columns[col]

            def barycentre(item: _Item) -> tuple[float, str]:
                near = [position[n] for n in item.neighbours]
                return (sum(near) / len(near) if near else position[item.key], item.key)

            stack.sort(key=barycentre)
            for i, item in enumerate(stack):
                position[item.key] = (i + 0.5) / len(stack)


def _place(columns: dict[int, list[_Item]], items: dict[str, _Item]) -> None:
    """Give every item a height on the page: stacked in order, then each drawn towards its neighbours.

    Each round moves a column's items as near as the stack allows to the mean height of their neighbours: the
    least-squares placement that keeps the order and the gaps (isotonic regression, pool adjacent violators)."""
    for stack in columns.values():
        y = float(TOP)
        for item in stack:
            item.y = y
            y += item.height + ROW_GAP
    for sweep in range(SWEEPS):
        order = sorted(columns) if sweep % 2 == 0 else sorted(columns, reverse=True)
        for col in order:
            stack = columns[col]
            if not stack:
                continue
            wanted = []
            for item in stack:
                near = [items[n].centre for n in item.neighbours]
                wanted.append((sum(near) / len(near) if near else item.centre) - item.height / 2)
            for item, y in zip(stack, _keep_order(wanted, [i.height for i in stack]), strict=True):
                item.y = y


def _keep_order(wanted: list[float], heights: list[int]) -> list[float]:
    """Tops as near ``wanted`` as possible (least squares) with each item below the one before, a gap between."""
    offsets, total = [], 0.0
    for height in heights:
        offsets.append(total)
        total += height + ROW_GAP
    blocks: list[list[float]] = []  # [mean, weight] of pooled runs
    for target in (w - o for w, o in zip(wanted, offsets, strict=True)):
        blocks.append([target, 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, weight = blocks.pop()
            blocks[-1][0] = (blocks[-1][0] * blocks[-1][1] + mean * weight) / (blocks[-1][1] + weight)
            blocks[-1][1] += weight
    shifts = [max(mean, float(TOP)) for mean, weight in blocks for _ in range(int(weight))]
    return [s + o for s, o in zip(shifts, offsets, strict=True)]


_Ports = dict[str, tuple[tuple[int, int], tuple[int, int]]]  # arrow id -> (start point, end point)


def _ports(
    arrows: list[GraphArrow], chains: dict[str, list[str]], placed: dict[str, Box], slots: dict[str, int]
) -> _Ports:
    """Where each arrow leaves its first box and enters its last: spread along the side it uses, in the order of
    what lies at the other end, so arrows meeting a box do not start or end on one point."""
    sides: dict[tuple[str, str], list[tuple[float, str, str]]] = defaultdict(list)  # (box, side) -> (y, arrow, end)
    for arrow in arrows:
        chain = chains[arrow.id]
        start, end = placed[arrow.source], placed[arrow.target]
        first_side, last_side = _sides(start.column, end.column)
        toward_first = _centre_y(chain[1], placed, slots)
        toward_last = _centre_y(chain[-2], placed, slots)
        sides[(arrow.source, first_side)].append((toward_first, arrow.id, "start"))
        sides[(arrow.target, last_side)].append((toward_last, arrow.id, "end"))
    points: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for (node, side), attached in sorted(sides.items()):
        box = placed[node]
        x = box.x + box.width if side == "right" else box.x
        attached.sort()
        for k, (_, arrow_id, end) in enumerate(attached):
            y = box.y + round(box.height * (k + 1) / (len(attached) + 1))
            points[arrow_id][end] = (x, y)
    return {a: (p["start"], p["end"]) for a, p in points.items()}


def _sides(start_column: int, end_column: int) -> tuple[str, str]:
    """The sides of its boxes an arrow uses: facing each other, or both on the right within one column."""
    if end_column > start_column:
        return "right", "left"
    if end_column < start_column:
        return "left", "right"
    return "right", "right"


def _centre_y(key: str, placed: dict[str, Box], slots: dict[str, int]) -> float:
    if key in placed:
        return placed[key].y + placed[key].height / 2
    return slots[key] + SLOT_HEIGHT / 2


def _path(chain: list[str], placed: dict[str, Box], slots: dict[str, int], ends: tuple[tuple[int, int], ...]) -> str:
    """The path of one arrow through its chain: curves across gaps, straight lines through reserved slots."""
    (x, y), (end_x, end_y) = ends
    start_box, end_box = placed[chain[0]], placed[chain[-1]]
    if start_box.column == end_box.column:
        bulge = min(24 + abs(end_y - y) // 6, RIGHT_ROOM)  # a cubic reaches 3/4 of its bulge: inside the gap
        return f"M{x},{y} C{x + bulge},{y} {x + bulge},{end_y} {end_x},{end_y}"
    parts = [f"M{x},{y}"]
    rightward = end_box.column > start_box.column
    for key in chain[1:-1]:
        slot_y = slots[key] + SLOT_HEIGHT // 2
        column = int(key.rsplit("@", 1)[1])
        near, far = column_x(column), column_x(column) + NODE_WIDTH
        if not rightward:
            near, far = far, near
        parts.append(_curve(x, y, near, slot_y))
        parts.append(f"L{far},{slot_y}")
        x, y = far, slot_y
    parts.append(_curve(x, y, end_x, end_y))
    return " ".join(parts)


def _curve(x1: int, y1: int, x2: int, y2: int) -> str:
    """A cubic from (x1, y1) to (x2, y2) leaving and arriving level: it stays between x1 and x2, so in the gap."""
    mid = (x1 + x2) // 2
    return f"C{mid},{y1} {mid},{y2} {x2},{y2}"
