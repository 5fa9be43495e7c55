"""The sections of a structured abstract: which block is background, methods, results or conclusions.

Abstracts come in two shapes, with headings ("## Results") or with labelled
paragraphs ("RESULTS: ..."). Loading reads them to appraise a study's design
from its Methods; extraction reads them to take findings only from Results and
Conclusions. Both stages need the same answer, so it lives with the content.
"""

from __future__ import annotations

import re
from enum import StrEnum

from evidencemap.content.document import Block, BlockKind


class Section(StrEnum):
    """The part of a structured abstract a block belongs to."""

    BACKGROUND = "background"
    METHODS = "methods"
    RESULTS = "results"
    CONCLUSIONS = "conclusions"
    OTHER = "other"


# Label words of structured abstracts (CONSORT / PRISMA for abstracts, PubMed labels), by section.
_LABELS: tuple[tuple[Section, str], ...] = (
    (Section.BACKGROUND, r"background|introduction|objectives?|aims?|purpose|context|rationale|importance"),
    (
        Section.METHODS,
        (
            r"methods?|materials and methods|methods and materials|design|setting|participants|patients|search "
            r"methods|selection criteria|data collection and analysis|study design|interventions?|main outcome "
            r"measures?|measurements"
        ),
    ),
    (Section.RESULTS, r"(?:main |key |principal )?results?|(?:main |key |principal )?findings?"),
    (
        Section.CONCLUSIONS,
        r"conclusions?|interpretation|(?:authors(?:’|')? )?conclusions?|implications(?: for practice)?",
    ),
    (Section.OTHER, r"discussion|notes?(?: for readers)?|limitations|funding|registration|references|keywords"),
)
_LABEL = re.compile(
    r"^\s*(?:\d+\.?\s*)?(?:" + "|".join(f"(?P<{section.value}>{words})" for section, words in _LABELS) + r")\b",
    re.IGNORECASE,
)
_PARAGRAPH_LABEL_END = re.compile(r"\s*[:.]\s")
FINDING_SECTIONS = frozenset({Section.RESULTS, Section.CONCLUSIONS})


def label_of(text: str, heading: bool) -> Section | None:
    """The section a heading names, or that a paragraph's opening label ("Results: ...") names."""
    match = _LABEL.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    if heading:
        if rest.strip(" :.") and len(rest.split()) > 3:
            return None  # a heading that merely starts with the word ("Results of a survey of ...")
    elif not _PARAGRAPH_LABEL_END.match(rest + " "):
        return None
    return next(Section(name) for name, value in match.groupdict().items() if value is not None)


def sections(blocks: tuple[Block, ...] | list[Block]) -> dict[int, Section]:
    """The abstract section of every block that lies inside one; blocks before any label are left out."""
    found: dict[int, Section] = {}
    current: Section | None = None
    level: int | None = None
    for block in blocks:
        if block.kind == BlockKind.HEADING:
            named = label_of(block.text, heading=True)
            if named is not None:
                current, level = named, block.level
            elif level is not None and block.level <= level:
                current, level = None, None
            continue
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE):
            named = label_of(block.text, heading=False)
            if named is not None:
                current = named
        if current is not None:
            found[block.index] = current
    return found
