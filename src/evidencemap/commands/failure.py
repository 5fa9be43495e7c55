"""How a verb fails: the exit codes the README documents, and the error a verb raises for a reason a user can fix.

Content problems travel as ``ContentError`` (every problem, with file and line); an output folder that cannot be
written safely as ``OutputError``. Everything else a verb refuses is a ``CommandError`` carrying its exit code, so
``cli.py`` prints every failure the same way without knowing why each verb failed.
"""

from __future__ import annotations

from evidencemap.errors import EvidenceMapError

EXIT_CONTENT = 1  # content errors, or warnings under 'check --strict'
EXIT_USAGE = 2  # an argument or option the verb cannot use
EXIT_OUTPUT = 3  # the output folder (or the publishing target) cannot be written safely


class CommandError(EvidenceMapError):
    """A verb refused what was asked; the message says why and what to do instead."""

    exit_code = EXIT_CONTENT

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code
