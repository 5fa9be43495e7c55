"""A loaded source file: its validated front matter and its text as blocks.

Blocks keep their kind, their heading, the lead-in of the list they belong to
and the file line of every character range, so every claim can say exactly
where in the file its quote stands.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum

from evidencemap.model import Source


class BlockKind(StrEnum):
    """The Markdown structures that carry article text."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Block:
    """One block of article text, as a reader sees it (Markdown markers removed)."""

    index: int
    kind: BlockKind
    text: str
    line: int
    level: int = 0  # heading level; list nesting depth for list items
    heading: int | None = None  # index of the heading block this block sits under
    lead_in: int | None = None  # for list items: index of the paragraph introducing the list
    list_id: int | None = None  # list items of one list share it
    ordered: bool = False
    line_offsets: tuple[tuple[int, int], ...] = ()  # (char offset, file line) where a new line starts

    def line_at(self, offset: int) -> int:
        """The file line of character ``offset`` of this block's text."""
        if not self.line_offsets:
            return self.line
        starts = [o for o, _ in self.line_offsets]
        i = bisect.bisect_right(starts, offset) - 1
        return self.line_offsets[max(i, 0)][1]


@dataclass(frozen=True, slots=True)
class Document:
    """A source and its text, ready for extraction."""

    source: Source
    blocks: tuple[Block, ...]
    content_hash: str
    body_line: int = 1  # file line where the Markdown body starts
    meta_lines: tuple[tuple[str, int], ...] = field(default=())  # front matter key -> file line

    def meta_line(self, key: str) -> int:
        """The file line of a front matter key (1 if unknown), for later problems."""
        return dict(self.meta_lines).get(key, 1)

    @property
    def text(self) -> str:
        """The whole article as plain text, one block a paragraph."""
        return "\n\n".join(b.text for b in self.blocks)
