"""``evidencemap check``: validate a map as ``build`` would, then list what a curator should look at.

It reads the map through the build's own ``make_map`` (load, extract, provisional concepts, validate, reviews,
link), so it refuses exactly the maps ``build`` refuses; its warnings are the review's and the rules of
``check_rules.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evidencemap.build import BuildOptions, make_map
from evidencemap.commands.check_rules import warnings_of
from evidencemap.errors import Problem


@dataclass(frozen=True, slots=True)
class Checked:
    """What ``check`` found in a map that has no errors."""

    sources: int
    claims: int
    disagreements: int
    warnings: list[Problem]

    def summary(self) -> str:
        """The closing line, on stdout."""
        return (
            f"{self.sources} sources, {self.claims} claims, {self.disagreements} disagreements: "
            f"0 errors, {len(self.warnings)} warning(s)."
        )


def check_map(content_dir: Path) -> Checked:
    """Validate the map in ``content_dir`` and gather its warnings. Raises ``ContentError`` with every error."""
    result = make_map(content_dir, options=BuildOptions())
    warnings = list(result.warnings)
    for extraction in result.extractions:
        warnings.extend(warnings_of(extraction, str(content_dir / extraction.source.path)))
    data = result.graph.dataset
    return Checked(len(data.sources), len(data.claims), len(data.contradictions), warnings)
