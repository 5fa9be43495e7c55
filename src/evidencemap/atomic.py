"""Files written whole or not at all, from any process at once.

The build cache, its manifests and kept page parts are all written by several
processes (a build's workers, a preview beside a build); a reader must never
see half a file, and a killed writer must leave nothing another takes for whole.
"""

from __future__ import annotations

import contextlib
import os

TEMP_PREFIX = ".tmp-"  # a file being written: ``.tmp-NAME-PID``, renamed to NAME when whole


def atomic_write(path: str, data: bytes) -> None:
    """Write ``path`` whole or not at all: into a temporary file of this process, renamed into place.

    Safe from any process at once (each writes a name of its own; a concurrent build may store the same entry),
    never through a symbolic link, and private as ``mkstemp`` makes files: the cache holds the text of the user's
    sources. A killed process leaves its ``.tmp-NAME-PID``, which the cache sweeps (``BuildCache.prune``).
    The folder must exist."""
    head, tail = os.path.split(path)
    temp = os.path.join(head, f"{TEMP_PREFIX}{tail}-{os.getpid()}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
