"""The concept lexicon: what a map is about, and how texts name it.

``content/lexicon.yaml`` lists concepts with their aliases and ``broader``
parent. The lexicon is data, never code: a map on any topic brings its own.
This module validates it (with the line of every mistake) and finds concept
mentions in text by longest match over normalised word tokens.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import Field

from evidencemap.content.textfile import read_text
from evidencemap.content.yamlfile import LineDict, LineList, line_of, parse_yaml, validate
from evidencemap.errors import ContentError, Problem
from evidencemap.model import Concept, Record
from evidencemap.safepath import reserved_name_problem

LEXICON_NAME = "lexicon.yaml"

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[’'][A-Za-z]+)?")
# Words that name a lack: a concept labelled with one is the want of something ("poor balance", "limited foot
# mobility"); a text that names it by its good side means the same ("reduces balance").
LACK_WORDS = re.compile(
    r"\b(?:poor|weak\w*|loss|lack|limited|bad|reduced|impaired|dys\w+|in\w+ability)\b", re.IGNORECASE
)


@functools.lru_cache(maxsize=1 << 16)
def normalise_token(token: str) -> str:
    """Lower-case a word and strip a possessive or a regular plural ending.

    Applied to both aliases and text, so "orthotic" matches "orthotics" and
    "arch" matches "arches" without listing every form. Cached: a map's texts
    repeat a few thousand words, and this runs for every word of every sentence.
    """
    word = token.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    elif "'" in word:
        word = word.replace("'", "")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split text into (normalised word, start, end) triples."""
    return [(normalise_token(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


class LexiconFile(Record):
    """The shape of ``lexicon.yaml``."""

    concepts: list[Concept] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Mention:
    """A concept named in a piece of text."""

    concept: str
    start: int
    end: int
    token: int  # index of the first token


@dataclass
class Lexicon:
    """Validated concepts with a matcher over their aliases."""

    concepts: dict[str, Concept]
    digest: str = ""
    _phrases: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)
    # Per first word of a name, the lengths of the names it starts, longest first: most words start none.
    _starts: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        lengths: dict[str, set[int]] = {}
        for concept in self.concepts.values():
            for name in [concept.label, *concept.aliases]:
                key = tuple(t for t, _, _ in tokenize(name))
                if key:
                    self._phrases.setdefault(key, concept.id)
                    lengths.setdefault(key[0], set()).add(len(key))
        self._starts = {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}

    @cached_property
    def _ancestors(self) -> dict[str, tuple[str, ...]]:
        """Each concept's chain of broader concepts, nearest first."""
        chains: dict[str, tuple[str, ...]] = {}
        for cid in self.concepts:
            chain: list[str] = []
            parent = self.concepts[cid].broader
            while parent is not None and parent not in chain and parent in self.concepts:
                chain.append(parent)
                parent = self.concepts[parent].broader
            chains[cid] = tuple(chain)
        return chains

    @cached_property
    def _losses(self) -> dict[str, str]:
        """Per concept, the first narrower concept (in id order) whose label names its lack, where its own does not.

        Built once per lexicon and kept on it (claims consult it sentence by
        sentence), like ``_ancestors``.
        """
        table: dict[str, str] = {}
        for cid, item in self.concepts.items():
            if (
                item.broader is not None
                and LACK_WORDS.search(item.label)
                and not LACK_WORDS.search(self.concepts[item.broader].label)
            ):
                table.setdefault(item.broader, cid)
        return table

    def loss_of(self, concept_id: str) -> str | None:
        """The narrower concept that names the lack of ``concept_id`` ("limited foot mobility" under "foot
        mobility")."""
        return self._losses.get(concept_id)

    def ancestors(self, concept_id: str) -> tuple[str, ...]:
        """Broader concepts of ``concept_id``, nearest first."""
        return self._ancestors.get(concept_id, ())

    def top_of(self, concept_id: str) -> str:
        """The top of ``concept_id``'s ``broader`` tree (itself when nothing is broader): what groups it."""
        ancestors = self.ancestors(concept_id)
        return ancestors[-1] if ancestors else concept_id

    def is_within(self, narrow: str, broad: str) -> bool:
        """True if ``narrow`` is ``broad`` or lies below it."""
        return narrow == broad or broad in self.ancestors(narrow)

    def comparable(self, a: str, b: str) -> bool:
        """True if one concept contains the other."""
        return self.is_within(a, b) or self.is_within(b, a)

    def related(self, a: str, b: str) -> bool:
        """Comparable, or siblings under the same direct parent."""
        if self.comparable(a, b):
            return True
        pa, pb = (
            self.concepts[a].broader if a in self.concepts else None,
            self.concepts[b].broader if b in self.concepts else None,
        )
        return pa is not None and pa == pb

    def find(self, text: str) -> list[Mention]:
        """All concept mentions in ``text``, longest match first, never overlapping.

        Runs for every sentence: it tokenises as ``tokenize`` does, but reads a
        token's offsets only where a name matches.
        """
        tokens = list(_TOKEN.finditer(text))
        words = [normalise_token(m.group()) for m in tokens]
        phrases, starts = self._phrases, self._starts
        found: list[Mention] = []
        count = len(words)
        i = 0
        while i < count:
            for length in starts.get(words[i], ()):
                if length <= count - i:
                    concept = phrases.get(tuple(words[i : i + length]))
                    if concept is not None:
                        found.append(Mention(concept, tokens[i].start(), tokens[i + length - 1].end(), i))
                        i += length
                        break
            else:
                i += 1
        return found

    def kind(self, concept_id: str) -> str | None:
        """The kind of a concept, as a string, or None if unknown."""
        concept = self.concepts.get(concept_id)
        return concept.kind.value if concept else None


def load_lexicon(content_dir: Path) -> Lexicon:
    """Read and check ``content/lexicon.yaml``; an absent file is an empty lexicon."""
    path = content_dir / LEXICON_NAME
    if not path.is_file():
        return Lexicon({}, digest=hashlib.sha256(b"").hexdigest())
    text = read_text(path, root=content_dir)
    data = parse_yaml(text, path)
    if data is None:
        data = LineDict()
    lexicon_file = validate(LexiconFile, data, path, "lexicon")
    assert isinstance(lexicon_file, LexiconFile)
    return build_lexicon(lexicon_file.concepts, path, data, digest=hashlib.sha256(text.encode("utf-8")).hexdigest())


def build_lexicon(
    concepts: list[Concept], path: Path | str = LEXICON_NAME, data: object = None, digest: str = ""
) -> Lexicon:
    """Check ids, parents and aliases across concepts, then build the matcher."""

    def where(index: int, key: str | None = None) -> int | None:
        loc: list[str | int] = ["concepts", index] + ([key] if key else [])
        return line_of(data, loc) if isinstance(data, (LineDict, LineList)) else None

    by_id, problems = _check_names(concepts, str(path), where)
    problems += _check_parents(concepts, by_id, str(path), where)
    if problems:
        raise ContentError(problems)
    return Lexicon(dict(sorted(by_id.items())), digest=digest)


Where = Callable[..., "int | None"]


def _check_names(concepts: list[Concept], path: str, where: Where) -> tuple[dict[str, Concept], list[Problem]]:
    """The concepts by id, and what is wrong with their ids and names: twice defined, reserved, empty, shared."""
    problems: list[Problem] = []
    by_id: dict[str, Concept] = {}
    alias_owner: dict[tuple[str, ...], str] = {}
    for index, concept in enumerate(concepts):
        if concept.id in by_id:
            problems.append(
                Problem(
                    path,
                    where(index, "id"),
                    f"lexicon: concept id {concept.id!r} is defined twice",
                    "give each concept one entry; put other names in its aliases",
                )
            )
            continue
        reserved = reserved_name_problem(concept.id)
        if reserved:
            problems.append(
                Problem(
                    path,
                    where(index, "id"),
                    f"lexicon: concept id {concept.id!r} {reserved}",
                    "choose another id, e.g. add a word: 'aux-device'",
                )
            )
        by_id[concept.id] = concept
        problems += _check_aliases(concept, index, alias_owner, path, where)
    return by_id, problems


def _check_aliases(
    concept: Concept, index: int, alias_owner: dict[tuple[str, ...], str], path: str, where: Where
) -> list[Problem]:
    """A concept's names that have no words or that name another concept too (``alias_owner`` records each name)."""
    problems: list[Problem] = []
    for name in [concept.label, *concept.aliases]:
        key = tuple(t for t, _, _ in tokenize(name))
        if not key:
            problems.append(
                Problem(
                    path,
                    where(index, "aliases"),
                    f"lexicon: alias {name!r} of {concept.id!r} has no words",
                    "remove it",
                )
            )
            continue
        owner = alias_owner.get(key)
        if owner is not None and owner != concept.id:
            problems.append(
                Problem(
                    path,
                    where(index, "aliases"),
                    f"lexicon: {name!r} names both {owner!r} and {concept.id!r}",
                    "an alias may belong to one concept only; remove it from one of them",
                )
            )
        alias_owner.setdefault(key, concept.id)
    return problems


def _check_parents(concepts: list[Concept], by_id: dict[str, Concept], path: str, where: Where) -> list[Problem]:
    """Broader links to no concept, then broader links that run in a circle."""
    problems: list[Problem] = []
    for index, concept in enumerate(concepts):
        if concept.broader is not None and concept.broader not in by_id:
            problems.append(
                Problem(
                    path,
                    where(index, "broader"),
                    f"lexicon: {concept.id!r} has broader {concept.broader!r}, which is not a concept",
                    "add that concept or fix the id",
                )
            )
    for index, concept in enumerate(concepts):
        seen = {concept.id}
        parent = concept.broader
        while parent is not None and parent in by_id:
            if parent in seen:
                problems.append(
                    Problem(
                        path,
                        where(index, "broader"),
                        f"lexicon: 'broader' links of {concept.id!r} form a cycle",
                        "broader must form a tree: a concept cannot be its own ancestor",
                    )
                )
                break
            seen.add(parent)
            parent = by_id[parent].broader
    return problems
