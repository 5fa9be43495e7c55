"""Geometry of a drawn evidence graph, read back from its SVG: what a reader would see as a broken drawing.

Shared by the drawing tests (on the SVG text) and the browser tests (which add the text boxes Chromium measures)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Rect:
    """A box of the drawing, named by its concept."""

    concept: str
    x: float
    y: float
    width: float
    height: float

    def holds(self, px: float, py: float, inset: float = 1.0) -> bool:
        """Whether a point lies inside the box, more than ``inset`` from its border."""
        return self.x + inset < px < self.x + self.width - inset and self.y + inset < py < self.y + self.height - inset

    def overlaps(self, other: Rect) -> bool:
        return not (
            self.x + self.width <= other.x
            or other.x + other.width <= self.x
            or self.y + self.height <= other.y
            or other.y + other.height <= self.y
        )


def parse(svg_text: str) -> tuple[tuple[float, float], list[Rect], list[tuple[str, str, str]]]:
    """The drawing's size, its boxes, and its arrows as (from, to, path data)."""
    root = ET.fromstring(svg_text)
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    rects = []
    for node in root.iter(f"{SVG}a"):
        rect = node.find(f"{SVG}rect")
        rects.append(
            Rect(
                node.get("data-concept", ""),
                *(float(rect.get(k)) for k in ("x", "y", "width", "height")),
            )
        )
    paths = [(p.get("data-from"), p.get("data-to"), p.get("d")) for p in root.iter(f"{SVG}path") if p.get("data-from")]
    return (width, height), rects, paths


def points_on(path: str, per_curve: int = 64) -> list[tuple[float, float]]:
    """Points along path data made of absolute M, L and C commands (what the drawing writes)."""
    tokens = re.findall(r"[MLC]|-?\d+(?:\.\d+)?", path)
    points: list[tuple[float, float]] = []
    here = (0.0, 0.0)
    i = 0
    while i < len(tokens):
        command = tokens[i]
        numbers = [float(t) for t in tokens[i + 1 : i + 1 + (6 if command == "C" else 2)]]
        i += 1 + len(numbers)
        if command == "M":
            here = (numbers[0], numbers[1])
            points.append(here)
        elif command == "L":
            end = (numbers[0], numbers[1])
            points.extend(_lerp(here, end, k / per_curve) for k in range(1, per_curve + 1))
            here = end
        else:
            c1, c2, end = (numbers[0], numbers[1]), (numbers[2], numbers[3]), (numbers[4], numbers[5])
            points.extend(_cubic(here, c1, c2, end, k / per_curve) for k in range(1, per_curve + 1))
            here = end
    return points


def _lerp(a: tuple[float, float], b: tuple[float, float], t: float) -> tuple[float, float]:
    return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t


def _cubic(p0, p1, p2, p3, t: float) -> tuple[float, float]:
    u = 1 - t
    return tuple(
        u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
    )


def faults(svg_text: str) -> list[str]:
    """Everything wrong with a drawing a reader would notice: boxes overlapping or outside the picture, arrows
    passing through a box or leaving the picture. Empty for a good drawing."""
    (width, height), rects, paths = parse(svg_text)
    found = []
    for rect in rects:
        if rect.x < 0 or rect.y < 0 or rect.x + rect.width > width or rect.y + rect.height > height:
            found.append(f"box {rect.concept} is outside the picture")
    for k, a in enumerate(rects):
        found.extend(f"boxes {a.concept} and {b.concept} overlap" for b in rects[k + 1 :] if a.overlaps(b))
    for start, end, data in paths:
        points = points_on(data)
        if any(not (0 <= x <= width and 0 <= y <= height) for x, y in points):
            found.append(f"arrow {start} -> {end} leaves the picture")
        for rect in rects:
            if any(rect.holds(x, y) for x, y in points):
                found.append(f"arrow {start} -> {end} passes through box {rect.concept}")
    return found
