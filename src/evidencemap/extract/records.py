"""What extraction yields, and the open slot a lead-in leaves for its items."""

from __future__ import annotations

from dataclasses import dataclass

from evidencemap.model import Citation, Claim, Concept, Relation, Source


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A sentence that reads like a claim but names no known concept on one side.

    ``phrases`` are the noun phrases on its open sides that could name the missing concept ("stiff soles"): what
    ``check --suggest`` offers for the lexicon. A sentence with none ("That is not entirely correct.") has nothing
    to offer a curator, and is not reported."""

    line: int
    text: str
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one document yields."""

    source: Source
    claims: tuple[Claim, ...]
    citations: tuple[Citation, ...]
    unresolved: tuple[Unresolved, ...]
    provisional: tuple[Concept, ...] = ()  # phrases in claim positions the lexicon does not know


@dataclass(frozen=True, slots=True)
class LeadFrame:
    """The open slot of a list's lead-in: "... are caused by the following:"."""

    relation: Relation
    known: list[str]
    items_are_subjects: bool
    negated: bool
    hedged: bool = False  # "X can be a major contributor to Y. Here's how:": each item can, too
