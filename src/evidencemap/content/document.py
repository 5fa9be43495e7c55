"""A loaded source file: its validated front matter and its text as blocks.

Blocks keep their kind, their heading, the lead-in of the list they belong to
and the file line of every character range, so every claim can say exactly
where in the file its quote stands.
"""

from __future__ import annotations

import bisect
import pickle
from dataclasses import dataclass
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
    links: tuple[tuple[int, int, str], ...] = ()  # Markdown links: (start, end, href) over ``text``

    def line_at(self, offset: int) -> int:
        """The file line of character ``offset`` of this block's text."""
        if not self.line_offsets:
            return self.line
        starts = [o for o, _ in self.line_offsets]
        i = bisect.bisect_right(starts, offset) - 1
        return self.line_offsets[max(i, 0)][1]


@dataclass(frozen=True, slots=True, init=False)
class Document:
    """A source and its text, ready for extraction.

    Its blocks may be kept packed (``packed()``): one bytes object instead of a
    few dozen objects per block. A build holds every document from extraction
    until the source pages are rendered, but reads a document's blocks only
    once there; packed, the documents take a fraction of the memory, and the
    forked render workers copy one object per document rather than every block.
    """

    source: Source
    stored_blocks: tuple[Block, ...] | bytes  # the blocks, or packed (see ``blocks``)
    content_hash: str
    body_line: int  # file line where the Markdown body starts
    meta_lines: tuple[tuple[str, int], ...]  # front matter key -> file line

    def __init__(
        self,
        source: Source,
        blocks: tuple[Block, ...] | bytes,
        content_hash: str,
        body_line: int = 1,
        meta_lines: tuple[tuple[str, int], ...] = (),
    ) -> None:
        for name, value in (
            ("source", source),
            ("stored_blocks", blocks),
            ("content_hash", content_hash),
            ("body_line", body_line),
            ("meta_lines", meta_lines),
        ):
            object.__setattr__(self, name, value)

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The text blocks, in file order (unpacked on each call when the document is packed)."""
        stored = self.stored_blocks
        return stored if isinstance(stored, tuple) else _unpack_blocks(stored)

    def packed(self) -> Document:
        """This document with its blocks packed into bytes."""
        stored = self.stored_blocks
        if not isinstance(stored, tuple):
            return self
        return Document(self.source, _pack_blocks(stored), self.content_hash, self.body_line, self.meta_lines)

    def meta_line(self, key: str) -> int:
        """The file line of a front matter key (1 if unknown), for later problems."""
        return dict(self.meta_lines).get(key, 1)

    @property
    def text(self) -> str:
        """The whole article as plain text, one block a paragraph."""
        return "\n\n".join(b.text for b in self.blocks)


_KINDS = {kind.value: kind for kind in BlockKind}


def _pack_blocks(blocks: tuple[Block, ...]) -> bytes:
    """Blocks as one pickle of plain tuples (faster both ways than pickling the Block objects)."""
    rows = tuple(
        (b.index, b.kind.value, b.text, b.line, b.level, b.heading, b.lead_in, b.list_id, b.ordered)
        + (b.line_offsets, b.links)
        for b in blocks
    )
    return pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)


def _unpack_blocks(data: bytes) -> tuple[Block, ...]:
    return tuple(Block(index, _KINDS[kind], *rest) for index, kind, *rest in pickle.loads(data))
