"""``evidencemap serve``: preview the map on localhost, rebuilt and reloaded on every edit.

The preview is built into a temporary folder (in memory, under /dev/shm, where
there is room), never over ``site/``, so serving cannot clobber what a user is
about to publish. The address is taken before anything is built: a port in use
is refused with nothing built or left behind. A watcher (preview_watch.py)
rebuilds on any change to the content, the theme or the config; the build cache
makes that a matter of the changed source only. Open pages hold a Server-Sent
Events connection and reload when a build lands (preview_http.py). A build that
fails leaves the last good site up: the error is printed in the terminal and
shown over the page, and goes away with the next good build.

Ctrl-C, SIGTERM and SIGHUP end serve within a second whatever it is doing, a
build included, its worker processes and its temporary folder with it
(``Interrupts``).
"""

from __future__ import annotations

import _thread
import errno
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType

from evidencemap.build import BuildOptions, BuildReport, build
from evidencemap.commands.failure import EXIT_USAGE, CommandError
from evidencemap.commands.preview_http import PreviewServer, ServeState, answer_from, listen
from evidencemap.commands.preview_watch import Watch
from evidencemap.errors import ContentError, OutputError
from evidencemap.workers import end_children

PREVIEW_PREFIX = "evidencemap-serve-"
MEMORY = Path("/dev/shm")
STOP_DEADLINE_SECONDS = 0.6  # after a stop signal, how long the orderly way out may take before serve just ends
RETRY_SECONDS = 0.01  # how soon an interrupt Python dropped is raised again
OUT_OF_SPACE = (errno.ENOSPC, errno.EDQUOT)


def preview_places() -> list[str | None]:
    """Where a preview may be built, best first: memory (/dev/shm), where it is writable and TMPDIR does not name
    another place, then the default temporary folder (None). A preview is rewritten on every edit, and a large one is
    thousands of files: in memory, rebuilds never wait for a disk."""
    if not os.environ.get("TMPDIR") and MEMORY.is_dir() and os.access(MEMORY, os.W_OK | os.X_OK):
        return [str(MEMORY), None]
    return [None]


def _out_of_space(error: OutputError) -> bool:
    cause = error.__cause__
    return isinstance(cause, OSError) and cause.errno in OUT_OF_SPACE


class Preview:
    """Builds into a private folder and keeps the serve state in step with the builds.

    ``places``: where the folder may be made, best first (``preview_places``); the preview moves to the next place
    for good when the one it is in is out of space (a small /dev/shm, as containers have)."""

    def __init__(self, content_dir: Path, say: Callable[[str], None], places: Sequence[str | None] | None = None):
        self.content_dir = content_dir
        self.say = say
        self.state = ServeState()
        self.places = list(places) if places is not None else preview_places()
        self.folder = self._make_folder()

    @property
    def site(self) -> Path:
        return self.folder / "site"

    def _make_folder(self) -> Path:
        """A new folder in the first place that takes one (``places[0]`` is then where it is)."""
        while True:
            try:
                return Path(tempfile.mkdtemp(prefix=PREVIEW_PREFIX, dir=self.places[0]))
            except OSError:
                if len(self.places) == 1:
                    raise
                self.places.pop(0)

    def rebuild(self) -> BuildReport | None:
        """Build the preview; None if it failed, with the error printed and shown over the pages."""
        try:
            report = self._build()
        except ContentError as exc:
            message = "\n".join(p.format() for p in exc.problems)
            shown = "still serving the last good site" if self.state.site else "no site yet"
            self.say(f"Build failed ({len(exc.problems)} problem(s)); {shown}:\n{message}")
            self.state.failed(message)
            return None
        except OutputError as exc:
            if _out_of_space(exc) and self._move():
                return self.rebuild()
            self.say(f"Build failed: {exc}")
            self.state.failed(str(exc))
            return None
        for warning in report.warnings:
            self.say(warning.format())
        self.say(
            f"Rebuilt: {report.sources} sources, {report.claims} claims, {report.pages} pages "
            f"in {report.seconds:.2f} s ({report.extracted} extracted, {report.written} files changed)."
        )
        self.state.succeeded(self.site)
        return report

    def rebuild_after(self, names: list[str]) -> None:
        """Rebuild after a change to ``names``, saying which."""
        self.say(f"Changed: {', '.join(names[:5])}{' ...' if len(names) > 5 else ''}")
        self.rebuild()

    def _build(self) -> BuildReport:
        if not self.content_dir.is_dir():
            raise ContentError.at(
                self.content_dir, None, "the content folder is gone", "serve rebuilds as soon as it is back"
            )
        return build(self.content_dir, self.site, options=BuildOptions(base_url="/"))

    def _move(self) -> bool:
        """Out of space where the preview is: move it to the next place, for good (False: there is none)."""
        if len(self.places) < 2:
            return False
        full = self.folder
        self.state.lost()
        shutil.rmtree(full, ignore_errors=True)
        self.places.pop(0)
        self.folder = self._make_folder()
        self.say(f"No space left for the preview in {full.parent}: building it in {self.folder} instead.")
        return True

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class Interrupts:
    """SIGINT, SIGTERM and SIGHUP stop serve as Ctrl-C does, within a second, whatever it is doing.

    Each raises KeyboardInterrupt in the main thread, which runs the watch and
    the builds, so a build stops where it is: its pools are terminated on the way
    out (their context managers), its stage is removed, then serve cleans up.
    Not all of that is code of ours (multiprocessing waits for its workers), so
    the first signal also starts a deadline: if serve is still cleaning up then,
    ``abandon`` runs (kill, remove, end). Later signals raise nothing: a second
    Ctrl-C must not break off the cleanup the first one started.

    Python cannot raise everywhere: a KeyboardInterrupt raised in a fork hook
    (logging's, as a pool starts its workers) or a finalizer is printed as
    "Exception ignored" and dropped. Such an interrupt is not printed, and is
    raised again a moment later (``_unraisable``), once the main thread has
    left the place that dropped it.

    Nor does Python run a handler while the main thread waits in C. So the
    deadline does not wait for the handler: the signal's arrival is read from
    the interpreter's wakeup file (``signal.set_wakeup_fd``, written by the C
    handler at once) by a thread of its own, which starts the deadline. Once
    started, the deadline is never called off: if the process is still there
    when it falls due (the interpreter's exit waiting on a worker), it ends it.
    """

    NAMES = ("SIGINT", "SIGTERM", "SIGHUP")

    def __init__(self, abandon: Callable[[], None], deadline: float = STOP_DEADLINE_SECONDS) -> None:
        self.abandon = abandon
        self.seconds = deadline
        self.pid = os.getpid()
        self.previous: dict[int, object] = {}
        self.deadline: threading.Timer | None = None
        self.raising = True
        self.cleaning = False
        self.in_hook = False
        self.hook = sys.unraisablehook
        self.lock = threading.Lock()
        self.wakeup: tuple[int, int] | None = None  # (read end, the wakeup fd it replaced)

    def __enter__(self) -> Interrupts:
        if threading.current_thread() is threading.main_thread():  # Python runs handlers in the main thread only
            for name in self.NAMES:
                number = getattr(signal, name, None)  # Windows has no SIGHUP
                if number is not None:
                    self.previous[number] = signal.signal(number, self._handle)
            sys.unraisablehook = self._unraisable
            self._watch_arrivals()
        return self

    def _watch_arrivals(self) -> None:
        """Start the deadline from a thread as soon as a stop signal arrives, handler or not."""
        read, write = os.pipe()
        os.set_blocking(write, False)
        self.wakeup = (read, signal.set_wakeup_fd(write, warn_on_full_buffer=False))
        self.wakeup_write = write
        watched = set(self.previous)

        def watch() -> None:
            while True:
                try:
                    arrived = os.read(read, 64)
                except OSError:
                    arrived = b""
                if not arrived:  # the write end closed (__exit__): done
                    os.close(read)
                    return
                if watched.intersection(arrived):
                    self.start_deadline()

        threading.Thread(target=watch, name="serve-stop-deadline", daemon=True).start()

    def start_deadline(self) -> None:
        """Begin the countdown to ``abandon`` (once)."""
        with self.lock:
            if self.deadline is None:
                self.deadline = threading.Timer(self.seconds, self.abandon)
                self.deadline.daemon = True
                self.deadline.start()

    def _handle(self, number: int, frame: FrameType | None) -> None:
        if os.getpid() != self.pid:
            # a pool worker forked before its initializer reset this handler (workers.start_worker): end as by default
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
            return
        self.start_deadline()
        if self.raising and not self.in_hook:  # dropped in the hook again: it asks for another try anyway
            self.raising = False
            raise KeyboardInterrupt

    def _unraisable(self, unraisable: sys.UnraisableHookArgs) -> None:
        if not (isinstance(unraisable.exc_value, KeyboardInterrupt) and os.getpid() == self.pid):
            self.hook(unraisable)
            return
        self.in_hook = True
        try:
            if not self.cleaning:
                again = threading.Timer(RETRY_SECONDS, self._again)
                again.daemon = True
                again.start()
        finally:
            self.in_hook = False

    def _again(self) -> None:
        """Raise a dropped interrupt again: run the handler in the main thread, wherever it is now."""
        if not self.cleaning:
            self.raising = True
            _thread.interrupt_main(signal.SIGINT)

    def closing(self) -> None:
        """Cleanup has started: a signal from now on only starts the deadline."""
        self.raising = False
        self.cleaning = True

    def __exit__(self, *exc: object) -> None:
        # A deadline already running stays: the way out of the process is still ahead (see the class docstring).
        for number, handler in self.previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)  # type: ignore[arg-type]
        if self.previous:
            sys.unraisablehook = self.hook
        if self.wakeup is not None:
            _, replaced = self.wakeup
            signal.set_wakeup_fd(replaced)
            os.close(self.wakeup_write)  # the watching thread reads the end of the file, closes ``read`` and ends
            self.wakeup = None


class _Session:
    """One run of serve: its server, its preview, and how they end."""

    def __init__(self, server: PreviewServer, say: Callable[[str], None]) -> None:
        self.server = server
        self.say = say
        self.preview: Preview | None = None
        self.thread: threading.Thread | None = None
        self.children = set(multiprocessing.active_children())  # not serve's to end (serve run in a larger program)
        self.said_stopped = False

    def run(
        self,
        content_dir: Path,
        places: Sequence[str | None] | None,
        ready: Callable[[str], None] | None,
        stop: threading.Event,
    ) -> None:
        """The first build, then serving, then watching and rebuilding until ``stop`` or KeyboardInterrupt."""
        self.preview = Preview(content_dir, self.say, places)
        answer_from(self.server, self.preview.state)
        Watch(content_dir, lambda: self._start(content_dir, ready), self.preview.rebuild_after, stop).run()

    def _start(self, content_dir: Path, ready: Callable[[str], None] | None) -> None:
        """The first build, then the server answers: from its site, or with its error if it failed."""
        assert self.preview is not None
        self.preview.rebuild()
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        host, port = self.server.server_address[:2]
        address = f"http://{host}:{port}/"
        self.say(
            f"Serving {content_dir} at {address} (a preview, built in {self.preview.folder}; site/ is not touched). "
            "Ctrl-C to stop."
        )
        if ready:
            ready(address)

    def close(self) -> None:
        """Stop answering, remove the preview, end any worker process a build interrupted midway left."""
        if self.thread is not None:
            self.server.shutdown()
        self.server.server_close()
        if self.preview is not None:
            self.preview.close()
        end_children(spare=self.children)

    def stopped(self) -> None:
        """Say "Stopped." once, whichever way out says it first."""
        if not self.said_stopped:
            self.said_stopped = True
            self.say("Stopped.")

    def abandon(self) -> None:
        """The way out when the orderly one takes too long: kill the children, remove the preview, end the process."""
        for child in multiprocessing.active_children():
            if child not in self.children:
                child.kill()
        if self.preview is not None:
            shutil.rmtree(self.preview.folder, ignore_errors=True)
        self.stopped()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def _listen(host: str, port: int) -> PreviewServer:
    try:
        return listen(host, port)
    except OSError as exc:
        raise CommandError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}; try --port 0 for any free port",
            exit_code=EXIT_USAGE,
        ) from None


def serve(
    content_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    say: Callable[[str], None] = print,
    ready: Callable[[str], None] | None = None,
    stop: threading.Event | None = None,
    places: Sequence[str | None] | None = None,
) -> None:
    """Build, serve and watch until interrupted (Ctrl-C, SIGTERM, SIGHUP) or until ``stop`` is set.

    CommandError, before anything is built, if ``host:port`` cannot be listened on. ``places``: where the preview
    may be built (``preview_places``)."""
    session = _Session(_listen(host, port), say)
    with Interrupts(session.abandon) as interrupts:
        try:
            session.run(content_dir, places, ready, stop or threading.Event())
        except KeyboardInterrupt:
            pass
        finally:
            interrupts.closing()
            session.close()
    session.stopped()
    sys.stdout.flush()


def serve_map(content_dir: Path, host: str, port: int, say: Callable[[str], None]) -> None:
    """``serve`` as the command line runs it: a missing content folder, or an address it cannot listen on, is a
    ``CommandError`` that says what to do instead."""
    if not content_dir.is_dir():
        raise CommandError(f"no content folder at {content_dir}: run this in your map's folder, or pass --content")
    serve(content_dir, host, port, say=say)
