"""``evidencemap check``: validate a map as ``build`` would, then list what a curator should look at.

It reads the map through the build's own ``make_map`` (load, extract, provisional concepts, validate, reviews,
link), so it refuses exactly the maps ``build`` refuses; its warnings are the review's and the rules of
``check_rules.py``, which also says what makes a warning, a note and a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evidencemap.build import BuildOptions, make_map
from evidencemap.commands.check_rules import Suggestion, problems_of, suggestions_of
from evidencemap.errors import Problem, Severity


@dataclass(frozen=True, slots=True)
class Checked:
    """What ``check`` found in a map that has no errors."""

    sources: int
    claims: int
    disagreements: int
    problems: list[Problem]  # warnings, then notes
    suggestions: list[Suggestion]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.WARNING]

    def summary(self) -> str:
        """The closing line, on stdout."""
        notes = len(self.problems) - len(self.warnings)
        line = (
            f"{self.sources} sources, {self.claims} claims, {self.disagreements} disagreements: "
            f"0 errors, {len(self.warnings)} warning(s), {notes} note(s)."
        )
        if self.suggestions:
            line += (
                f" {len(self.suggestions)} phrase(s) stood where a claim needed a concept the lexicon does not name: "
                "'evidencemap check --suggest' lists them."
            )
        return line


def check_map(content_dir: Path) -> Checked:
    """Validate the map in ``content_dir`` and gather its warnings. Raises ``ContentError`` with every error."""
    result = make_map(content_dir, options=BuildOptions())
    located = [(extraction, str(content_dir / extraction.source.path)) for extraction in result.extractions]
    problems = [*result.warnings, *problems_of(located)]
    problems.sort(key=lambda p: p.severity != Severity.WARNING)  # warnings first, each group in its own order
    data = result.graph.dataset
    return Checked(len(data.sources), len(data.claims), len(data.contradictions), problems, suggestions_of(located))
