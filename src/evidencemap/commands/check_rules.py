"""The warnings of ``evidencemap check``: what a curator should look at in a map that builds.

Each rule reads one source's extraction and returns the problems it finds, so a rule can be read, tested and
changed on its own; ``warnings_of`` runs them all in the order ``check`` prints them.
"""

from __future__ import annotations

from collections.abc import Callable

from evidencemap.errors import Problem, Severity
from evidencemap.extract import Extraction

Rule = Callable[[Extraction, str], list[Problem]]


def _warning(path: str, line: int | None, message: str, hint: str, code: str) -> Problem:
    return Problem(path, line, message, hint, Severity.WARNING, code)


def no_claims(extraction: Extraction, path: str) -> list[Problem]:
    """A source in which nothing reads as a claim: most often a lexicon that does not name its concepts."""
    if extraction.claims:
        return []
    return [
        _warning(
            path, None, "no claims were found in this source", "check that the lexicon names its concepts", "no-claims"
        )
    ]


def provisional_concepts(extraction: Extraction, path: str) -> list[Problem]:
    """Concepts the extractor made from the text, to adopt into the lexicon or correct (at their first claim)."""
    problems = []
    for concept in extraction.provisional:
        line = next((c.location.line for c in extraction.claims if concept.id in (c.subject, c.object)), None)
        message = f"provisional concept “{concept.label}” ({concept.id}, {concept.kind.value}) is not in the lexicon"
        hint = (
            "adopt it into content/lexicon.yaml (with aliases and a broader concept), "
            "or add the right alias to an existing concept"
        )
        problems.append(_warning(path, line, message, hint, "provisional"))
    return problems


def unresolved_sentences(extraction: Extraction, path: str) -> list[Problem]:
    """Sentences that read like claims but name no known concept on one side: the lexicon misses a word."""
    return [
        _warning(
            path,
            item.line,
            f"reads like a claim but names no known concept on one side: “{item.text[:120]}”",
            "add the missing concept or alias to content/lexicon.yaml",
            "unresolved",
        )
        for item in extraction.unresolved
    ]


def untraceable_studies(extraction: Extraction, path: str) -> list[Problem]:
    """Research a source cites in a way no reader could look up."""
    return [
        _warning(
            path,
            citation.line,
            f"untraceable study: “{citation.text[:100]}”",
            "a reader cannot find it: no DOI, PMID or full reference",
            "untraceable",
        )
        for citation in extraction.citations
        if citation.is_research and not citation.traceable
    ]


RULES: tuple[Rule, ...] = (no_claims, provisional_concepts, unresolved_sentences, untraceable_studies)


def warnings_of(extraction: Extraction, path: str) -> list[Problem]:
    """Every rule's warnings about one source, in the order ``check`` prints them."""
    return [problem for rule in RULES for problem in rule(extraction, path)]
