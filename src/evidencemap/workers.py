"""Processes of a build: what every worker does first (end when the build's own process ends), and whether one lives.

A forked worker left running after its parent is killed (SIGKILL, the
out-of-memory killer) would go on writing pages into a staged site that the
next build sweeps away, and could leave files behind that no build recognises
as its own. On Linux the kernel can signal a process when its parent dies;
elsewhere the workers end when they next read from the gone parent.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

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


def pid_alive(pid: int) -> bool:
    """True if a process with this id exists: its staging folder or temporary files may still be in use."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
