"""The sections of a structured abstract: which block is background, methods, results or conclusions.

Abstracts come in two shapes, with headings ("## Results") or with labelled
paragraphs ("RESULTS: ..."). Loading reads them to appraise a study's design
from its Methods; extraction reads them to take findings only from Results and
Conclusions. Both stages need the same answer, so it lives with the content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
_WHOLE_LABEL = re.compile(
    r"(?:" + "|".join(f"(?P<{section.value}>{words})" for section, words in _LABELS) + r")", re.IGNORECASE
)
# A label inside a paragraph, as abstracts pasted from PubMed or a PDF have them: at the start or after a sentence
# end, one to four words, then a colon ("... were included. RESULTS: Insoles ..."), or glued to the next sentence
# with no space at all ("ResultsInsoles did not ...").
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.!?])\s+|(?<=[.!?][)\]])\s+)(?P<label>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3}?)"
    r"(?:\s*:\s+|(?=[A-Z][a-z]))"
)


@dataclass(frozen=True, slots=True)
class InlineLabel:
    """A section label inside a paragraph: where it starts, where the text after it starts, which section it opens."""

    start: int
    text_start: int
    section: Section


def inline_labels(text: str) -> list[InlineLabel]:
    """The section labels inside a paragraph, in order; only words that are whole labels count (a sentence that
    starts "Results were mixed" is not one)."""
    found = []
    for match in _INLINE_LABEL.finditer(text):
        whole = _WHOLE_LABEL.fullmatch(match.group("label"))
        if whole is None:
            continue
        glued = not text[match.end("label") :].lstrip().startswith(":")
        if glued and not match.group("label")[0].isupper():
            continue
        section = next(Section(name) for name, value in whole.groupdict().items() if value is not None)
        found.append(InlineLabel(match.start("label"), match.end(), section))
    return found


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
            elif block.text[:1].isupper() and (labels := inline_labels(block.text)) and labels[0].start == 0:
                current = labels[0].section  # a label glued to its text: "ResultsInsoles did not ..."
        if current is not None:
            found[block.index] = current
        if block.kind == BlockKind.PARAGRAPH and (labels := inline_labels(block.text)):
            current = labels[-1].section  # the paragraph's last label goes on into the next block
    return found


def section_ranges(block: Block, section: Section | None) -> list[tuple[int, int, Section]]:
    """The parts of one block by section, as (start, end, section), labels left out: one part for a block under a
    heading or a single label, several for a paragraph with labels inside it ("BACKGROUND: ... RESULTS: ...")."""
    labels = inline_labels(block.text) if block.kind == BlockKind.PARAGRAPH else []
    if not labels:
        return [(0, len(block.text), section)] if section is not None else []
    parts = []
    if labels[0].start > 0 and section is not None:
        parts.append((0, labels[0].start, section))
    for label, after in zip(labels, [*labels[1:], None], strict=True):
        parts.append((label.text_start, after.start if after else len(block.text), label.section))
    return parts
