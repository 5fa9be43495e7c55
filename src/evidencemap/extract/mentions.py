"""Concept mentions of a sentence, including those a coordination leaves unsaid.

English shares a head between conjuncts: "hip or back pain" is hip pain and
back pain; "weak, stiff, or misaligned feet" are weak feet, stiff feet and
misaligned feet; "foot and related back pain" is foot pain and back pain.
The lexicon only sees "back pain" and "misaligned feet". ``find_mentions``
adds the elided ones: each bare conjunct word before a mention is tried in
place of the mention's first word, and kept when the lexicon knows the result.
Nothing here knows a concept; it is word order only.
"""

from __future__ import annotations

import re

from evidencemap.content.lexicon import Lexicon, Mention

# Bare conjuncts right before a mention: "weak, stiff, or ", "hip or ", "foot and related ".
_CONJUNCTS = re.compile(
    r"((?:[A-Za-z][\w-]*\s*,\s*){0,4}[A-Za-z][\w-]*\s*,?\s+(?:and|or|and/or|nor)\s+(?:even\s+|also\s+|related\s+|other\s+)?)$",
    re.IGNORECASE,
)
_ENDS_IN_CONJUNCTION = re.compile(r"\b(?:and|or|nor)\s+(?:even\s+|also\s+|related\s+|other\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w-]*")
_CONJUNCTION = frozenset({"and", "or", "nor", "even", "also", "related", "other"})
# How far back a coordination may start; longer spans are not one noun phrase.
_REACH = 80


def find_mentions(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """Lexicon mentions of ``sentence`` plus the concepts its coordinations elide."""
    mentions = lexicon.find(sentence)
    if len(mentions) == 0:
        return mentions
    extra: list[Mention] = []
    for mention in mentions:
        text = sentence[mention.start : mention.end]
        first = _WORD.match(text)
        if first is None or first.end() >= len(text):
            continue  # a one-word mention has no head to share
        rest = text[first.end() :]
        if not _ENDS_IN_CONJUNCTION.search(sentence, max(0, mention.start - 24), mention.start):
            continue  # the common case, decided without the longer pattern
        window_start = max(0, mention.start - _REACH)
        match = _CONJUNCTS.search(sentence, window_start, mention.start)
        if match is None:
            continue
        for word in _WORD.finditer(sentence, match.start(1), match.end(1)):
            if word.group().lower() in _CONJUNCTION or _inside(word.start(), word.end(), mentions):
                continue
            concept = _phrase(lexicon, word.group() + rest)
            if concept is not None and concept != mention.concept:
                extra.append(Mention(concept, word.start(), word.end(), mention.token))
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: m.start)


def _phrase(lexicon: Lexicon, phrase: str) -> str | None:
    """The concept ``phrase`` names as a whole, if any; remembered per lexicon, as phrases recur."""
    memo: dict[str, str | None] = lexicon.__dict__.setdefault("_whole_phrase", {})
    if phrase not in memo:
        found = lexicon.find(phrase)
        memo[phrase] = (
            found[0].concept if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase) else None
        )
    return memo[phrase]


def _inside(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(m.start < end and start < m.end for m in mentions)
