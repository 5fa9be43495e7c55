"""What ``evidencemap serve`` answers over HTTP: the preview's files, the reload endpoints, pages for what is missing.

Every answer is made by one method for GET and HEAD alike, so a HEAD request gets
exactly GET's status and headers. A folder asked for without its trailing slash
is redirected to it, as a static host does: served as it is, its pages' relative
links would point one level too high. A name the file system refuses (too long,
a NUL byte) is a missing page like any other, answered with the site's 404 page;
a client that goes away mid-answer is no error of the server's. Until a first
build succeeds there is no site: every page is an error page made here, never a
file written into the build's output folder (a folder the build would then
refuse to replace as not its own).

The reload script is injected by the server only, so the built files stay
exactly what ``build`` would make, and it is served from the same origin, which
the pages' Content-Security-Policy allows. Each page carries the generation it
was served at: the script reloads the page whenever the current generation
differs, including after a failed build is fixed.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import sys
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PREFIX = "/__evidencemap__/"
HTML = "text/html; charset=utf-8"

RELOAD_JS = """\
// Injected by 'evidencemap serve' only: reload when a build lands, show a failed build's error.
(function () {
  "use strict";
  var served = Number(document.currentScript.getAttribute("data-generation"));
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
    var shown = served ? "the last good site is shown." : "no site yet.";
    box.textContent = "Build failed: " + shown + "\\n\\n" + message;
  }
  function clear() { if (box) { box.remove(); box = null; } }
  function update(state) {
    if (state.generation !== served) { location.reload(); return; }
    if (state.error) { show(state.error); } else { clear(); }
  }
  var events = new EventSource("/__evidencemap__/events");
  events.onmessage = function (event) { update(JSON.parse(event.data)); };
})();
"""


@dataclass
class ServeState:
    """The preview's current build: a counter that moves on each good build, the last error, and the folder of the
    last good site (None until a build has made one)."""

    generation: int = 0
    error: str | None = None
    site: Path | None = None
    changed: threading.Condition = field(default_factory=threading.Condition)

    def snapshot(self) -> dict:
        with self.changed:
            return {"generation": self.generation, "error": self.error}

    def current(self) -> tuple[int, Path | None]:
        """The generation and the site folder, read together."""
        with self.changed:
            return self.generation, self.site

    def succeeded(self, site: Path) -> None:
        with self.changed:
            self.generation += 1
            self.error = None
            self.site = site
            self.changed.notify_all()

    def failed(self, message: str) -> None:
        with self.changed:
            self.error = message
            self.changed.notify_all()

    def lost(self) -> None:
        """The site folder is gone (the preview moved): no site until the next good build."""
        with self.changed:
            self.site = None


class PreviewHandler(SimpleHTTPRequestHandler):
    """One request to the preview; ``state`` (set by ``handler_for``) says which site to answer from."""

    state: ServeState

    def __init__(self, *args: object, **kwargs: object) -> None:
        # the folder is the current site's, set for each request: a rebuild can move it
        super().__init__(*args, directory=os.curdir, **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass  # the terminal is for build results, not for every request

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        self._answer(head=False)

    def do_HEAD(self) -> None:  # noqa: N802 - the base class's name
        self._answer(head=True)

    def _answer(self, head: bool) -> None:
        """GET's answer to this request; for HEAD, the same status and headers without the body."""
        path, _, query = self.path.partition("#")[0].partition("?")
        if path == PREFIX + "reload.js":
            return self._send(RELOAD_JS.encode(), "text/javascript; charset=utf-8", head=head)
        if path == PREFIX + "status":
            return self._send(json.dumps(self.state.snapshot()).encode(), "application/json", head=head)
        if path == PREFIX + "events":
            return self._events(head)
        generation, site = self.state.current()
        if site is None:
            return self._send(_no_site_page(self.state.snapshot()["error"]), HTML, HTTPStatus.SERVICE_UNAVAILABLE, head)
        return self._file(site, generation, path, query, head)

    def _file(self, site: Path, generation: int, path: str, query: str, head: bool) -> None:
        """A file of ``site``: a page with the reload script added, a folder's index page (after a redirect to the
        folder's own address), the site's 404 page for what is missing or cannot be a file name."""
        self.directory = str(site)
        try:
            local = Path(self.translate_path(path))
            if local.is_dir():
                if not path.endswith("/"):
                    return self._redirect("/" + path.lstrip("/") + "/" + (f"?{query}" if query else ""), head)
                local = local / "index.html"
            if local.suffix == ".html" and local.is_file():
                return self._send(_inject(local.read_bytes(), generation), HTML, head=head)
            if local.is_file():
                return self._send_file(local, head)
        except (OSError, ValueError):  # a name too long, or with a NUL byte; a file gone as the site is replaced
            pass
        return self._not_found(site, generation, head)

    def _not_found(self, site: Path, generation: int, head: bool) -> None:
        try:
            page = (site / "404.html").read_bytes()
        except OSError:  # a theme without a 404 page, or the site replaced just now
            page = b"<!doctype html><html lang=en><head><meta charset=utf-8><title>Not found</title></head><body>"
            page += b"<h1>Not found</h1></body></html>"
        self._send(_inject(page, generation), HTML, HTTPStatus.NOT_FOUND, head)

    def _redirect(self, location: str, head: bool) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()

    def _send(self, body: bytes, kind: str, status: HTTPStatus = HTTPStatus.OK, head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _send_file(self, local: Path, head: bool) -> None:
        """Any other file as it is, streamed (a large map's data exports are megabytes)."""
        with local.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", self.guess_type(str(local)))
            self.send_header("Content-Length", str(size))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if not head:
                shutil.copyfileobj(file, self.wfile)

    def _events(self, head: bool) -> None:
        """Server-Sent Events: the state now, then on every change (and a heartbeat)."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if head:
            return
        last = None
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


class PreviewServer(ThreadingHTTPServer):
    """The preview's HTTP server: a thread per request, none of which keeps the process alive."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that closed its connection mid-answer (a reload, a closed tab) is not an error; anything else is
        a bug of the server's, worth its traceback."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


def listen(host: str, port: int) -> PreviewServer:
    """A server bound to ``host:port``, answering nothing until ``answer_from`` and ``serve_forever``; OSError if the
    address cannot be listened on."""
    return PreviewServer((host, port), PreviewHandler)


def answer_from(server: PreviewServer, state: ServeState) -> None:
    """Make ``server`` answer from the site and state of ``state`` (the server makes one handler per request)."""
    server.RequestHandlerClass = type("Handler", (PreviewHandler,), {"state": state})


def _inject(page: bytes, generation: int) -> bytes:
    """Add the reload script to a page, served only, never written; it is told the generation it came with."""
    tag = f'<script src="{PREFIX}reload.js" data-generation="{generation}"></script>'.encode()
    at = page.rfind(b"</body>")
    return page[:at] + tag + page[at:] if at >= 0 else page + tag


def _no_site_page(error: str | None) -> bytes:
    """The page of every address while no build has succeeded: the error, and the reload script, which loads the
    site as soon as a build makes one."""
    message = html.escape(error or "the first build has not finished")
    page = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Build failed</title></head>"
        f"<body><h1>No site yet</h1><p>The build failed: fix the content and save; this page reloads when a build "
        f"succeeds.</p><pre>{message}</pre></body></html>"
    )
    return _inject(page.encode(), 0)
