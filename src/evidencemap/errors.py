"""Errors and problems that point a user at a file and a line.

Every problem the tool reports about content names where it is and what to do
about it, so an author can fix it without reading our code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

# C0/C1 controls but newline: a file name or a quoted sentence printed to a terminal must not drive it (ESC sequences).
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes (``\\x1b``), safe to print to a terminal."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class Severity(StrEnum):
    """How bad a problem is: errors stop a build, warnings are to fix (``check --strict`` fails on them), notes are
    facts about a source worth knowing that no edit of the map changes."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the content, located as precisely as we can."""

    path: str
    line: int | None
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR
    code: str = "content"

    def format(self) -> str:
        """Render as ``file:line: severity: message (hint)`` like a compiler."""
        where = f"{printable(self.path)}:{self.line}" if self.line else printable(self.path)
        text = f"{where}: {self.severity.value}: {printable(self.message)}"
        if self.hint:
            text += f"\n    hint: {printable(self.hint)}"
        return text


class EvidenceMapError(Exception):
    """Base class of every error the tool raises on purpose."""


class ContentError(EvidenceMapError):
    """Content that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.format() for p in problems))

    @classmethod
    def at(cls, path: Path | str, line: int | None, message: str, hint: str = "") -> ContentError:
        """Build an error holding one problem."""
        return cls([Problem(str(path), line, message, hint)])


class OutputError(EvidenceMapError):
    """The output folder cannot be written safely."""
