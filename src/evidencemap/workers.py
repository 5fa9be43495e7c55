"""Processes of a build: what every worker does first (end when the build's own process ends), and whether one lives.

A forked worker left running after its parent is killed (SIGKILL, the
out-of-memory killer) would go on writing pages into a staged site that the
next build sweeps away, and could leave files behind that no build recognises
as its own. On Linux the kernel can signal a process when its parent dies;
elsewhere the workers end when they next read from the gone parent.

A forked worker also inherits its parent's signal handlers. ``serve`` handles
SIGTERM in Python; a worker running that handler instead of ending could not be
stopped by ``Pool.terminate`` (which sends SIGTERM), and the pool's ``join``
would wait for it forever. So every worker starts with ``start_worker``.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Collection

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when ``parent`` (the build's process id) ends: a pool initializer.

    A no-op off Linux. If the parent ended before the request was made, nothing would signal this process: it ends
    now."""
    if sys.platform != "linux":
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)


# A worker's signals: SIGTERM and SIGHUP end it (Pool.terminate sends SIGTERM), SIGINT is ignored. Ctrl-C reaches the
# whole process group at once; the build's process turns it into KeyboardInterrupt and terminates its pools, whereas a
# worker ended by it could die holding the pool's task queue lock, on which Pool.terminate would then wait forever.
_WORKER_SIGNALS = {"SIGTERM": signal.SIG_DFL, "SIGHUP": signal.SIG_DFL, "SIGINT": signal.SIG_IGN}


def start_worker(parent: int) -> None:
    """What every pool worker of a build runs first: drop the handlers inherited from ``parent`` (the build's process
    id), then end with it (``die_with_parent``)."""
    for name, action in _WORKER_SIGNALS.items():
        number = getattr(signal, name, None)  # Windows has no SIGHUP
        if number is not None:
            signal.signal(number, action)
    die_with_parent(parent)


def end_children(spare: Collection[multiprocessing.process.BaseProcess] = (), grace: float = 0.5) -> None:
    """Terminate every child process this one started but ``spare``, and kill those that outlive ``grace`` seconds.

    A safety net for a process about to end after an interruption: a pool interrupted while it was starting its
    workers is left without the context manager that would have terminated it."""
    children = [child for child in multiprocessing.active_children() if child not in spare]
    for child in children:
        child.terminate()
    deadline = time.monotonic() + grace
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
        if child.is_alive():
            child.kill()
            child.join(1)


def pid_alive(pid: int) -> bool:
    """True if a process with this id exists: its staging folder or temporary files may still be in use."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
