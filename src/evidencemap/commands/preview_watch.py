"""What ``evidencemap serve`` watches, and when it rebuilds: on every edit, and when the content folder itself goes.

The watcher is watchfiles (native file events, debounced, maintained). A native
watch is tied to the folder it was set on, not to its name: once the content
folder is deleted, or replaced by another of the same name (a checkout, a copy
from a backup, ``mv``), the watch sees nothing more. So the folder's identity
(device and inode) is checked after every batch of events and every tenth of a
second without any; when it changes, or the watcher reports the folder itself deleted,
the watch starts again on whatever folder now has the name. A build while the
folder is missing fails and says so; the build after it comes back succeeds.
"""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

WATCHED_SUFFIXES = (".md", ".markdown", ".txt", ".yaml", ".yml", ".html", ".css", ".js", ".xml", ".svg")
DEBOUNCE_MS = 200  # edits closer together than this make one rebuild
CHECK_MS = 100  # how often the content folder's identity is checked (and the first build started) at most
MISSING_POLL_SECONDS = 0.2  # how often a missing content folder is looked for

Rebuild = Callable[[list[str]], None]  # told the names of what changed


def relevant(path: str) -> bool:
    """Edits to sources, lexicon, reviews, config and theme; not editor swap files or temporaries."""
    name = Path(path).name
    return not name.startswith(".") and name.endswith(WATCHED_SUFFIXES)


def watched_paths(content_dir: Path) -> list[Path]:
    """Everything a rebuild depends on that a user edits, that exists now: the content and the theme."""
    from evidencemap.render import theme_dir

    return [path for path in (content_dir.resolve(), theme_dir().resolve()) if path.is_dir()]


def identity(folder: Path) -> tuple[int, int] | None:
    """Which folder has this name now (device, inode); None when there is no folder by this name."""
    try:
        info = folder.stat()
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None


class Watch:
    """Runs ``start`` (the first build, then serving) as soon as the watch runs, then ``rebuild`` on every change to
    the content or the theme, until ``stop`` is set; a KeyboardInterrupt (Ctrl-C, or serve's SIGTERM) ends it from
    wherever it is, a build included.

    The watch starts before the first build, and before each build that catches up with a new content folder, so
    nothing saved while a build reads the files is missed."""

    def __init__(self, content_dir: Path, start: Callable[[], None], rebuild: Rebuild, stop: threading.Event) -> None:
        self.content_dir = content_dir
        self.start: Callable[[], None] | None = start
        self._rebuild = rebuild
        self.stop = stop
        self.seen = identity(content_dir)  # the content folder the last build read (None: it was missing)

    def rebuild(self, names: list[str]) -> None:
        self.seen = identity(self.content_dir)
        self._rebuild(names)

    def run(self) -> None:
        while not self.stop.is_set():
            if identity(self.content_dir) is None:
                self._begin()
                if self.seen is not None:  # gone since the last build: the build says so
                    self.rebuild([f"{self.content_dir.name}/ (removed)"])
                self.stop.wait(MISSING_POLL_SECONDS)
            else:
                self._watch_folder()

    def _begin(self) -> bool:
        """Run ``start`` if it has not run yet; whether it ran now."""
        if self.start is None:
            return False
        start, self.start = self.start, None
        self.seen = identity(self.content_dir)
        start()
        return True

    def _watch_folder(self) -> None:
        """Watch the content folder that has the name now, until it is replaced or gone, or until ``stop``."""
        here = identity(self.content_dir)
        roots = {str(path) for path in watched_paths(self.content_dir)}
        for changes in self._changes(roots):
            begun = self._begin()  # what changed before the first build is in it
            now = identity(self.content_dir)
            if now != here:
                # Replaced or gone: the build that catches up runs under the watch on what has the name now, so an
                # edit saved between that build and that watch's start cannot be missed.
                return
            names = [] if begun else sorted({Path(path).name for _, path in changes if path not in roots})
            if names or now != self.seen:
                self.rebuild(names or [f"{self.content_dir.name}/"])
            if any(path in roots for _, path in changes):
                return

    def _changes(self, roots: set[str]) -> Iterator[set[tuple[object, str]]]:
        """watchfiles' batches of changes (empty every ``CHECK_MS`` without any); nothing if a folder went before
        its watch could start."""
        import watchfiles

        try:
            yield from watchfiles.watch(
                *sorted(roots),
                stop_event=self.stop,
                debounce=DEBOUNCE_MS,
                step=50,
                rust_timeout=CHECK_MS,
                yield_on_timeout=True,
                raise_interrupt=True,
                watch_filter=lambda _, path: path in roots or relevant(path),
            )
        except FileNotFoundError:
            self.stop.wait(MISSING_POLL_SECONDS)  # the next round looks again
