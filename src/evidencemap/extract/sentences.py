"""Sentence splitting that keeps character offsets.

Quotes on the site must be verbatim, so a sentence is never rebuilt from
tokens: it is a (start, end) span of its block's text.
"""

from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st vs etc al fig figs e.g i.e no vol pp approx inc ltd co jr sr ca cf eq ref refs dept "
    "univ".split()
)
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences in ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start()
        if _ends_with_abbreviation(text[start:end]) or _inside_brackets(text, start, end + _closers(match.group(0))):
            continue
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    trimmed: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


# A full stop inside brackets that close soon after does not end a sentence: "(Smith J, et al. Foot Ankle Int.
# 2019;40:1-8.)". Bounded both ways, so that a bracket never closed, or a block of bracketed references with no
# sentence end outside them, can neither swallow a block nor cost more than a constant per full stop.
_BRACKET_REACH = 400  # how far ahead the bracket must close
_SENTENCE_REACH = 1000  # how long the sentence may grow before a full stop ends it whatever the brackets say


def _closers(boundary: str) -> int:
    """How many closing quotes and brackets a boundary match starts with ('.) Next' closes the bracket first)."""
    return len(boundary) - len(boundary.lstrip('"”’)]'))


def _inside_brackets(text: str, start: int, end: int) -> bool:
    """True if ``end`` falls inside a round bracket opened since ``start`` that closes soon after: an inline
    reference."""
    if end - start > _SENTENCE_REACH:
        return False
    depth = 0
    for char in text[start:end]:  # in order: "B) and (C." is one bracket open, not none
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
    if not depth:
        return False
    for char in text[end : end + _BRACKET_REACH]:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return True
    return False


def _ends_with_abbreviation(chunk: str) -> bool:
    """True if the chunk ends in an abbreviation or an initial ("J. Smith")."""
    stripped = chunk.rstrip('"”’)]')
    if not stripped.endswith("."):
        return False
    word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", stripped)
    if word is None:
        return False
    token = word.group(1).lower()
    if token in _ABBREVIATIONS:
        return True
    return len(token) == 1 and token.isalpha() and word.group(1).isupper()
