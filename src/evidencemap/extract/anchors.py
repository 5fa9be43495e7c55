"""Anchor words of a cue pattern: the words one of which every match must hold.

A cue pattern with optional groups is slow to try at every position of every
sentence. A sentence that holds none of a cue's anchor words cannot match it,
so a look-up of the sentence's words (cue_search.py) skips most patterns for
most sentences. The anchors are read off the pattern's own structure, so a new
cue row needs no hand-written anchors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

RequiredWords = Callable[[Any], "frozenset[str] | None"]


def required_words(items: Any) -> frozenset[str] | None:
    """Lower-case words (three letters or more) one of which every match of the parsed ``items`` contains; None if
    none can be promised.

    A sequence promises what each of its parts promises, so the most selective
    part is kept (longest shortest word, then fewest words): a run of literal
    letters, a group, a branch (the union of what every alternative promises)
    or a repeat taken at least once. Sentences are looked up by runs of three
    letters or more (cue_search.py), so shorter words promise nothing."""
    constants = re._constants  # type: ignore[attr-defined]
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    run: list[str] = []
    for op, value in list(items) + [(None, None)]:
        if op is constants.LITERAL:
            run.append(chr(value).lower())
            continue
        words = [w for w in re.findall(r"[a-z]+", "".join(run)) if len(w) >= 3]
        consider(frozenset([max(words, key=len)]) if words else None)
        run = []
        if op is constants.SUBPATTERN:
            consider(required_words(value[-1]))
        elif op is constants.BRANCH:
            alternatives = [required_words(branch) for branch in value[1]]
            consider(None if any(a is None for a in alternatives) else frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif (
            op in (constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None))
            and value[0] >= 1
        ):
            consider(required_words(value[2]))
    return best


def anchor_words(regex: str, required: RequiredWords = required_words) -> tuple[str, ...]:
    """Words one of which every match of a cue pattern contains, for a plain substring test first.

    A sentence without any of them can skip the pattern, whose optional groups
    make it slow to try at every position. The words are the rarest required
    set the pattern's structure offers (``required``, ``required_words`` unless
    a caller reads patterns its own way): optional words ("is", "also",
    "often") prune nothing, as a match need not hold them. Where the pattern
    promises no word, or cannot be read (``re._parser`` is private: a Python
    release may change it), it has no anchor and is tried on every sentence:
    slower, never wrong.
    """
    try:
        found = required(re._parser.parse(regex, re.IGNORECASE))  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001
        return ()
    return tuple(sorted(found)) if found else ()
