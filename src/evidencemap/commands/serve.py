"""``evidencemap serve``: preview the map on localhost, rebuilt and reloaded on every edit.

The preview is built into a temporary folder, never over ``site/``, so serving
cannot clobber what a user is about to publish. A watcher (watchfiles: native
file events, debounced, maintained) rebuilds on any change to the content,
the theme or the config; the build cache makes that a matter of the changed
source only. Open pages hold a Server-Sent Events connection and reload when a
build lands. A build that fails leaves the last good site up: the error is
printed in the terminal and shown over the page, and goes away with the next
good build. The reload script is injected by the server only, so the built
files stay exactly what ``build`` would make, and it is served from the same
origin, which the pages' Content-Security-Policy allows.
"""

from __future__ import annotations

import html
import json
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from evidencemap.build import BuildOptions, BuildReport, build
from evidencemap.commands.failure import EXIT_USAGE, CommandError
from evidencemap.errors import ContentError, OutputError

PREFIX = "/__evidencemap__/"

RELOAD_JS = """\
// Injected by 'evidencemap serve' only: reload when a build lands, show a failed build's error.
(function () {
  "use strict";
  var box = null;
  function show(message) {
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("role", "alert");
      box.id = "evidencemap-build-error";
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;" +
        "padding:1rem 1.25rem;background:#3b0d0c;color:#fff;font:14px/1.45 ui-monospace,monospace;" +
        "white-space:pre-wrap;z-index:2147483647;border-top:4px solid #e5484d";
      document.body.appendChild(box);
    }
    box.textContent = "Build failed: the last good site is shown.\\n\\n" + message;
  }
  function clear() { if (box) { box.remove(); box = null; } }
  var generation = null;
  function update(state) {
    if (state.error) { show(state.error); return; }
    if (generation !== null && state.generation !== generation) { location.reload(); return; }
    generation = state.generation;
    clear();
  }
  var events = new EventSource("/__evidencemap__/events");
  events.onmessage = function (event) { update(JSON.parse(event.data)); };
})();
"""


@dataclass
class ServeState:
    """The preview's current build: a counter that moves on each good build, and the last error."""

    generation: int = 0
    error: str | None = None
    changed: threading.Condition = field(default_factory=threading.Condition)

    def snapshot(self) -> dict:
        with self.changed:
            return {"generation": self.generation, "error": self.error}

    def succeeded(self) -> None:
        with self.changed:
            self.generation += 1
            self.error = None
            self.changed.notify_all()

    def failed(self, message: str) -> None:
        with self.changed:
            self.error = message
            self.changed.notify_all()


class PreviewHandler(SimpleHTTPRequestHandler):
    """Static files from the preview folder, plus the reload endpoints; ``_handler`` says which folder and state."""

    site: Path
    state: ServeState

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, directory=str(self.site), **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass  # the terminal is for build results, not for every request

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        path = self.path.split("?", 1)[0]
        if path == PREFIX + "reload.js":
            return self._send(RELOAD_JS.encode(), "text/javascript; charset=utf-8")
        if path == PREFIX + "status":
            return self._send(json.dumps(self.state.snapshot()).encode(), "application/json")
        if path == PREFIX + "events":
            return self._events()
        return self._page(path)

    def _page(self, path: str) -> None:
        """A page with the reload script added; the site's 404 page for what is missing; any other file as is."""
        local = Path(self.translate_path(path))
        if local.is_dir():
            local = local / "index.html"
        if local.suffix == ".html" and local.is_file():
            return self._send(_inject(local.read_bytes()), "text/html; charset=utf-8")
        missing = self.site / "404.html"
        if not local.exists() and missing.is_file():
            return self._send(_inject(missing.read_bytes()), "text/html; charset=utf-8", HTTPStatus.NOT_FOUND)
        return super().do_GET()

    def _send(self, body: bytes, kind: str, status: HTTPStatus = HTTPStatus.OK) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _events(self) -> None:
        """Server-Sent Events: the state now, then on every change (and a heartbeat)."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        last = None
        try:
            while True:
                current = self.state.snapshot()
                if current != last:
                    self.wfile.write(f"data: {json.dumps(current)}\n\n".encode())
                    self.wfile.flush()
                    last = current
                with self.state.changed:
                    self.state.changed.wait(timeout=15)
                if self.state.snapshot() == last:
                    self.wfile.write(b": keep-alive\n\n")
                    self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return


def _handler(site: Path, state: ServeState) -> type[SimpleHTTPRequestHandler]:
    """A request handler serving ``site`` and reporting ``state`` (the server makes one handler per request)."""
    return type("Handler", (PreviewHandler,), {"site": site, "state": state})


def _inject(page: bytes) -> bytes:
    """Add the reload script to a page, served only, never written."""
    tag = f'<script src="{PREFIX}reload.js"></script>'.encode()
    at = page.rfind(b"</body>")
    return page[:at] + tag + page[at:] if at >= 0 else page + tag


WATCHED_SUFFIXES = (".md", ".markdown", ".txt", ".yaml", ".yml", ".html", ".css", ".js", ".xml", ".svg")


def _relevant(change: object, path: str) -> bool:
    """Edits to sources, lexicon, reviews, config and theme; not editor swap files or temporaries."""
    name = Path(path).name
    return not name.startswith(".") and name.endswith(WATCHED_SUFFIXES)


def watched_paths(content_dir: Path) -> list[Path]:
    """Everything a rebuild depends on that a user edits: the content and the theme."""
    from evidencemap.render import theme_dir

    return [content_dir.resolve(), theme_dir().resolve()]


class Preview:
    """Builds into a private folder and keeps the serve state in step with the builds."""

    def __init__(self, content_dir: Path, say: Callable[[str], None]) -> None:
        self.content_dir = content_dir
        self.folder = Path(tempfile.mkdtemp(prefix="evidencemap-serve-"))
        self.site = self.folder / "site"
        self.state = ServeState()
        self.say = say

    def rebuild(self) -> BuildReport | None:
        try:
            report = build(self.content_dir, self.site, options=BuildOptions(base_url="/"))
        except ContentError as exc:
            message = "\n".join(p.format() for p in exc.problems)
            self.say(f"Build failed ({len(exc.problems)} problem(s)); still serving the last good site:\n{message}")
            self.state.failed(message)
            return None
        except OutputError as exc:
            self.say(f"Build failed: {exc}")
            self.state.failed(str(exc))
            return None
        for warning in report.warnings:
            self.say(warning.format())
        self.say(
            f"Rebuilt: {report.sources} sources, {report.claims} claims, {report.pages} pages "
            f"in {report.seconds:.2f} s ({report.extracted} extracted, {report.written} files changed)."
        )
        self.state.succeeded()
        return report

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def serve(
    content_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    say: Callable[[str], None] = print,
    ready: Callable[[str], None] | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Build, serve and watch until interrupted (or until ``stop`` is set)."""
    import watchfiles

    preview = Preview(content_dir, say)
    first = preview.rebuild()
    if first is None and not (preview.site / "index.html").exists():
        (preview.site).mkdir(parents=True, exist_ok=True)
        message = html.escape(preview.state.error or "the build failed")
        (preview.site / "index.html").write_text(
            f"<!doctype html><html lang=en><head><meta charset=utf-8><title>Build failed</title></head>"
            f"<body><h1>Build failed</h1><pre>{message}</pre></body></html>",
            encoding="utf-8",
        )
    server = ThreadingHTTPServer((host, port), _handler(preview.site, preview.state))
    server.daemon_threads = True
    address = f"http://{host}:{server.server_address[1]}/"
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())  # a polite kill cleans up like Ctrl-C
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    say(f"Serving {content_dir} at {address} (a preview: site/ is not touched). Ctrl-C to stop.")
    if ready:
        ready(address)
    try:
        for changes in watchfiles.watch(
            *watched_paths(content_dir),
            stop_event=stop,
            debounce=200,
            step=50,
            raise_interrupt=False,
            watch_filter=_relevant,
        ):
            names = sorted({Path(path).name for _, path in changes})
            say(f"Changed: {', '.join(names[:5])}{' ...' if len(names) > 5 else ''}")
            preview.rebuild()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        preview.close()
        say("Stopped.")
        sys.stdout.flush()


def serve_map(content_dir: Path, host: str, port: int, say: Callable[[str], None]) -> None:
    """``serve`` as the command line runs it: a missing content folder, or an address it cannot listen on, is a
    ``CommandError`` that says what to do instead."""
    if not content_dir.is_dir():
        raise CommandError(f"no content folder at {content_dir}: run this in your map's folder, or pass --content")
    try:
        serve(content_dir, host, port, say=say)
    except OSError as exc:
        raise CommandError(
            f"cannot listen on {host}:{port}: {exc.strerror}; try --port 0 for any free port", exit_code=EXIT_USAGE
        ) from None
