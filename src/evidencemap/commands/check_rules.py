"""What ``evidencemap check`` reports beside errors: warnings to fix, notes to know, phrases the lexicon may lack.

- A **warning** is something in the map a curator should fix: a source with no claims, a concept the extractor had
  to invent. ``check --strict`` fails on warnings, so the shipped map must have none that are noise.
- A **note** is a fact about a source that no edit of the map changes, such as a study it cites so that no reader
  could find it; the site shows it to readers, and ``check`` lists it without failing.
- A **suggestion** is a phrase that stood where a claim needed a concept the lexicon does not name, grouped over
  the whole map with its count; ``check --suggest`` lists them. A claim-like sentence with no such phrase ("That is
  not entirely correct.") offers a curator nothing, and is never reported.

Each rule reads the whole map's extractions, so that one concept or phrase met in many places is one line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import yaml

from evidencemap.errors import Problem, Severity
from evidencemap.extract import Extraction
from evidencemap.model import Concept, slugify

Located = tuple[Extraction, str]  # one source's extraction, and the path to print for it
Rule = Callable[[Sequence[Located]], list[Problem]]


def no_claims(located: Sequence[Located]) -> list[Problem]:
    """A source in which nothing reads as a claim: most often a lexicon that does not name its concepts."""
    return [
        Problem(
            path,
            None,
            "no claims were found in this source",
            "check that the lexicon names its concepts",
            Severity.WARNING,
            "no-claims",
        )
        for extraction, path in located
        if not extraction.claims
    ]


def lexicon_entry(concept_id: str, label: str, kind: str) -> str:
    """A lexicon entry, as one line of YAML to paste under ``concepts:`` (quoted wherever YAML needs it)."""
    flow = yaml.safe_dump({"id": concept_id, "label": label, "kind": kind}, default_flow_style=True, sort_keys=False)
    return "- " + flow.strip()


def provisional_concepts(located: Sequence[Located]) -> list[Problem]:
    """Each concept the extractor made from the text, once for the whole map, at its first claim, with how many
    claims use it and the lexicon entry that would adopt it."""
    places: dict[str, list[str]] = {}
    concepts: dict[str, Concept] = {}
    first: dict[str, tuple[str, int | None]] = {}
    for extraction, path in located:
        for concept in extraction.provisional:
            concepts.setdefault(concept.id, concept)
            uses = [c.location.line for c in extraction.claims if concept.id in (c.subject, c.object)]
            first.setdefault(concept.id, (path, uses[0] if uses else None))
            places.setdefault(concept.id, []).extend(f"{path.rsplit('/', 1)[-1]}:{line}" for line in uses)
    problems = []
    for cid, concept in concepts.items():
        path, line = first[cid]
        uses = places[cid]
        message = (
            f"provisional concept “{concept.label}” ({cid}, {concept.kind.value}) is not in the lexicon: "
            f"{len(uses)} claim(s){' at ' + ', '.join(uses[:5]) if uses else ''}{' ...' if len(uses) > 5 else ''}"
        )
        entry = lexicon_entry(concept.id, concept.label, concept.kind.value)
        hint = (
            f"adopt it into content/lexicon.yaml as {entry} (add aliases and a broader concept), "
            "or add its words as an alias of the concept it means"
        )
        problems.append(Problem(path, line, message, hint, Severity.WARNING, "provisional"))
    return problems


def untraceable_studies(located: Sequence[Located]) -> list[Problem]:
    """Research a source cites in a way no reader could look up: shown on the site, nothing to fix in the map."""
    return [
        Problem(
            path,
            citation.line,
            f"untraceable study: “{citation.text[:100]}”",
            "a reader cannot find it (no DOI, PMID or full reference); the source's page says so",
            Severity.NOTE,
            "untraceable",
        )
        for extraction, path in located
        for citation in extraction.citations
        if citation.is_research and not citation.traceable
    ]


RULES: tuple[Rule, ...] = (no_claims, provisional_concepts, untraceable_studies)


def problems_of(located: Sequence[Located]) -> list[Problem]:
    """Every rule's warnings and notes about the map, in the order ``check`` prints them."""
    return [problem for rule in RULES for problem in rule(located)]


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A phrase that stood where a claim needed a concept the lexicon does not name, with every sentence it is in."""

    phrase: str
    places: tuple[tuple[str, int, str], ...]  # (path, line, sentence)

    def format(self) -> str:
        """The phrase, its count, a line to paste into the lexicon (kind to check), and where it stands."""
        entry = lexicon_entry(slugify(self.phrase), self.phrase, "factor")
        lines = [f"“{self.phrase}” in {len(self.places)} sentence(s); as a new concept (check its kind): {entry}"]
        lines += [f"    {path}:{line}: “{sentence[:120]}”" for path, line, sentence in self.places[:5]]
        if len(self.places) > 5:
            lines.append(f"    ... and {len(self.places) - 5} more")
        return "\n".join(lines)


def suggestions_of(located: Sequence[Located]) -> list[Suggestion]:
    """The phrases of every claim-like sentence the lexicon could not read, grouped by phrase, most frequent first."""
    places: dict[str, list[tuple[str, int, str]]] = {}
    for extraction, path in located:
        for item in extraction.unresolved:
            for phrase in item.phrases:
                places.setdefault(phrase.lower(), []).append((path, item.line, item.text))
    return [
        Suggestion(phrase, tuple(found))
        for phrase, found in sorted(places.items(), key=lambda entry: (-len(entry[1]), entry[0]))
    ]
