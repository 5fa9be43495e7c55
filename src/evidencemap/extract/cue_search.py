"""Relation cues found in a sentence: which table rows match where, never inside a concept's own name.

Most of a sentence's time in extraction is spent trying cue patterns, so the
search first narrows the rows to those whose anchor words (anchors.py) the
sentence holds. The narrowing may be switched off (``prefilter=False``) to
check that it never hides a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from evidencemap.content.lexicon import Lexicon, Mention
from evidencemap.extract.cues import RELATION_CUES, WITHOUT, Direction, RelationCue
from evidencemap.vocabulary import ACTED_ON_KINDS

# A participle used as an adjective is not a relation: "slower recovery, reduced mobility", "with increased tone".
_ADJECTIVAL = re.compile(r"(?:[,;(]|\b(?:and|or|with|of|a|an|the|more|less|no))\s*$", re.IGNORECASE)
# A word after a determiner is an adjective or a noun: "the correct treatment", "a cure".
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|your|their|our|its|this|these|those)|\w[’']s)\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+(?:of|for|to|behind)\b", re.IGNORECASE)
# A single verb word left when a cue is cut short before a concept it overlaps.
_ONE_VERB = re.compile(r"^[A-Za-z]{4,}$")

_LETTERS = re.compile(r"[a-z]{3,}")
_UNANCHORED = frozenset(index for index, cue in enumerate(RELATION_CUES) if not cue.anchor)
# Letters a cue pattern (IGNORECASE) matches to ASCII ones that ``str.lower`` leaves outside [a-z]: "ſ" (long s), "ı"
# (dotless i), and "İ", which it turns into "i" and a combining dot (U+0307). Every other letter that folds to ASCII
# under IGNORECASE (only the Kelvin sign) is lowered to ASCII. A sentence holding one is tried against every row.
_FOLDED_OUTSIDE_ASCII = re.compile("[\u017f\u0131\u0307]")
EVERY_CUE = frozenset(range(len(RELATION_CUES)))


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A relation cue found in a sentence."""

    cue: RelationCue
    start: int
    end: int


def find_cues(sentence: str, mentions: list[Mention], *, prefilter: bool = True) -> list[CueMatch]:
    """Relation cues in the sentence, earliest table rows first, never inside a concept mention.

    ``prefilter`` skips the rows none of whose anchor words the sentence holds
    (they cannot match); without it every row is tried, which finds the same.
    """
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in mentions]
    found: list[CueMatch] = []
    rows = _anchored_cues(sentence.lower()) if prefilter else EVERY_CUE
    for index in sorted(rows):
        cue = RELATION_CUES[index]
        for match in cue.pattern.finditer(sentence):
            span = _cue_span(sentence, cue, match.start(), match.end(), taken)
            if span is None:
                continue
            taken.append(span)
            found.append(CueMatch(cue, *span))
    return sorted(found, key=lambda c: c.start)


def _cue_span(
    sentence: str, cue: RelationCue, start: int, end: int, taken: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Where a pattern's match stands as a cue, or None where it is no verb of relation here."""
    while start < end and sentence[start].isspace():
        start += 1
    inside = [s for s, e in taken if start < e and s < end]
    if inside:
        # "puts strain on the spine" where "strain on the spine" names a concept: the verb alone is the cue
        head = sentence[start : min(inside)].rstrip()
        if cue.direction != Direction.FORWARD or min(inside) <= start or not _ONE_VERB.match(head):
            return None
        end = start + len(head)
        if any(start < e and s < end for s, e in taken):
            return None
    if sentence[start:end].lower().endswith("ed") and _ADJECTIVAL.search(sentence[max(0, start - 12) : start]):
        return None
    if WITHOUT.search(sentence[max(0, start - 10) : start]):
        return None
    if (
        _DETERMINER_BEFORE.search(sentence[max(0, start - 8) : start])
        and " " not in sentence[start:end].strip()
        and not _OF_AFTER.match(sentence, end)
    ):
        return None  # "the correct orthotic treatments": an adjective, not a verb ("a cause of" still names it)
    return start, end


@lru_cache(maxsize=1 << 16)
def _cues_anchored_in(word: str) -> frozenset[int]:
    """The rows of RELATION_CUES one of whose anchor words lies within ``word`` (a run of lower-case letters)."""
    return frozenset(index for index, cue in enumerate(RELATION_CUES) if any(anchor in word for anchor in cue.anchor))


def _anchored_cues(lower: str) -> frozenset[int]:
    """The rows of RELATION_CUES worth trying on a lower-cased sentence: those whose anchor words it holds, and those
    without.

    An anchor is letters only, so it lies within one run of letters of the sentence: looking up each distinct run
    (cached, as texts repeat their words) replaces testing every anchor of every row against the whole sentence."""
    if _FOLDED_OUTSIDE_ASCII.search(lower):
        return EVERY_CUE
    return _UNANCHORED.union(*map(_cues_anchored_in, set(_LETTERS.findall(lower))))


def split_verb_led(sentence: str, mentions: list[Mention], lexicon: Lexicon | None) -> list[Mention]:
    """Separate a relation verb that opens a concept's alias from the concept it acts on.

    Aliases are often quoted as the texts phrase them ("predispose the back to
    injury", "restrict healthy foot movement"). After a subject such a phrase
    is a verb and its object: the verb is the relation, the rest names the
    concept. Only problem concepts are split (an intervention named by a verb,
    "strengthen foot muscles", is the intervention itself), and neither a
    gerund nor a participle is a finite verb ("reduced ankle mobility").
    """
    if lexicon is None:
        return mentions
    out: list[Mention] = []
    for index, mention in enumerate(mentions):
        concept = lexicon.concepts.get(mention.concept)
        if index == 0 or concept is None or concept.kind not in ACTED_ON_KINDS:
            out.append(mention)
            continue
        lead = _verb_lead(sentence[mention.start : mention.end])
        if lead:
            mention = Mention(mention.concept, mention.start + lead, mention.end, mention.token)
        out.append(mention)
    return out


@lru_cache(maxsize=4096)
def _verb_lead(text: str) -> int:
    """Where the concept starts after a finite relation verb opening ``text`` (0: no such verb).

    A pure function of the alias text as written, so it is cached: the same
    phrases recur in sentence after sentence.
    """
    lower = text.lower()
    for cue in RELATION_CUES:
        if cue.anchor and not any(word in lower for word in cue.anchor):
            continue
        match = cue.pattern.match(text)
        if match is None or match.end() >= len(text) or match.group().lower().endswith(("ing", "ed")):
            continue
        return len(text) - len(text[match.end() :].lstrip())
    return 0
