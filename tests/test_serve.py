"""``evidencemap serve`` as a dev server: what it answers, how it recovers, what it leaves behind, how its workers end.

Most tests run ``serve`` in a thread of the test process (no signal handlers there: those are for the main thread),
stopped by its ``stop`` event; tests/test_serve_stress.py runs it as a user does and stops it with signals.
"""

from __future__ import annotations

import errno
import http.client
import json
import multiprocessing
import multiprocessing.pool
import os
import shutil
import signal
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import generated_map
from evidencemap.build import BuildOptions, build
from evidencemap.commands import serve as serve_module
from evidencemap.commands.failure import EXIT_USAGE, CommandError
from evidencemap.commands.serve import Preview, preview_places, serve, serve_map
from evidencemap.errors import OutputError
from evidencemap.workers import start_worker

TITLE = "Feet and lower back pain: an evidence map"  # the default map's title, on its home page
BROKEN = "---\ntitle: [unclosed\n---\nText.\n"  # front matter that does not parse


class Running:
    """``serve`` in a thread of this process on a free port, until ``close``."""

    def __init__(self, content: Path, places: list[str | None] | None = None) -> None:
        self.lines: list[str] = []
        self.stop = threading.Event()
        ready = threading.Event()
        self.address = ""

        def on_ready(address: str) -> None:
            self.address = address
            ready.set()

        self.thread = threading.Thread(
            target=serve,
            args=(content, "127.0.0.1", 0),
            kwargs={"say": self.lines.append, "ready": on_ready, "stop": self.stop, "places": places},
            daemon=True,
        )
        self.thread.start()
        assert ready.wait(120), self.lines

    def request(self, method: str, path: str) -> tuple[int, dict[str, str], bytes]:
        """Status, headers (but the date) and body of one request; only the headers of the event stream."""
        where = urlsplit(self.address)
        connection = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
        try:
            connection.request(method, path)
            response = connection.getresponse()
            headers = {k: v for k, v in response.getheaders() if k.lower() != "date"}
            streaming = headers.get("Content-Type") == "text/event-stream"
            return response.status, headers, b"" if streaming else response.read()
        finally:
            connection.close()

    def get(self, path: str) -> str:
        status, _, body = self.request("GET", path)
        assert status == 200, (path, status)
        return body.decode("utf-8")

    def status(self) -> dict:
        return json.loads(self.get("/__evidencemap__/status"))

    def wait_for(self, condition, timeout: float = 90) -> dict:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self.status()
            if condition(state):
                return state
            time.sleep(0.1)
        raise AssertionError(f"serve did not get there: {self.status()}\n" + "\n".join(self.lines))

    def close(self) -> None:
        self.stop.set()
        self.thread.join(30)
        assert not self.thread.is_alive()


@pytest.fixture
def running(content_copy: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    server = Running(content_copy, places=[str(tmp_path)])
    yield server
    server.close()


def test_a_folder_asked_for_without_its_slash_is_redirected_to_it(running: Running) -> None:
    """Served as it is, ``/claims`` would resolve the page's relative links one level too high."""
    for asked, location in [
        ("/claims", "/claims/"),
        ("/claims?q=orthotics&page=2", "/claims/?q=orthotics&page=2"),
        ("//claims", "/claims/"),  # never a protocol-relative address to another host
    ]:
        status, headers, body = running.request("GET", asked)
        assert (status, headers["Location"], body) == (301, location, b"")
    assert running.request("GET", "/claims/")[0] == 200


def test_head_answers_with_the_status_and_headers_of_get(running: Running) -> None:
    for path in [
        "/",
        "/claims/",
        "/claims",
        "/static/style.css",
        "/data/evidence.json",
        "/no/such/page.html",
        "/__evidencemap__/status",
        "/__evidencemap__/reload.js",
        "/__evidencemap__/events",
    ]:
        got_status, got_headers, _ = running.request("GET", path)
        head_status, head_headers, head_body = running.request("HEAD", path)
        assert (head_status, head_headers, head_body) == (got_status, got_headers, b""), path
    assert running.request("HEAD", "/no/such/page.html")[0] == 404


def test_a_name_too_long_or_impossible_is_the_sites_404_page(running: Running, capfd: pytest.CaptureFixture) -> None:
    for path in ["/" + "a" * 5000, "/sources/" + "b" * 5000 + "/", "/a%00b.html", "/" + "c" * 300 + ".css"]:
        status, headers, body = running.request("GET", path)
        assert status == 404, path
        assert "Page not found" in body.decode("utf-8") and headers["Content-Type"].startswith("text/html")
        assert running.request("HEAD", path)[0] == 404
    assert "Traceback" not in capfd.readouterr().err


def test_serve_recovers_when_its_first_build_fails(content_copy: Path, tmp_path: Path) -> None:
    """No site yet: every address answers an error page made by the server, never a file written where the build's
    output goes (which the next build would refuse to replace, as not made by evidencemap)."""
    broken = content_copy / "sources" / "broken.md"
    broken.write_text(BROKEN, encoding="utf-8")
    server = Running(content_copy, places=[str(tmp_path)])
    try:
        state = server.status()
        assert state["generation"] == 0 and "broken.md" in state["error"]
        for path in ["/", "/claims/", "/no/such/page.html"]:
            status, _, body = server.request("GET", path)
            assert status == 503 and b"broken.md" in body and b'data-generation="0"' in body
            assert server.request("HEAD", path)[:2] == server.request("GET", path)[:2]
        assert any(line.startswith("Build failed") and "no site yet" in line for line in server.lines)
        broken.unlink()
        server.wait_for(lambda s: s["generation"] == 1 and s["error"] is None)
        home = server.get("/")
        assert TITLE in home and 'data-generation="1"' in home
    finally:
        server.close()


def test_a_busy_port_is_refused_before_anything_is_built(
    content_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory, disk = tmp_path / "memory", tmp_path / "tmp"
    memory.mkdir()
    disk.mkdir()
    monkeypatch.setattr(serve_module, "MEMORY", memory)
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr("tempfile.tempdir", str(disk))
    lines: list[str] = []
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(CommandError) as refused:
            serve_map(content_copy, "127.0.0.1", port, say=lines.append)
    assert refused.value.exit_code == EXIT_USAGE and f"cannot listen on 127.0.0.1:{port}" in str(refused.value)
    assert not any(line.startswith("Rebuilt") for line in lines), "nothing is built for a port that is not ours"
    assert list(memory.iterdir()) == [] and list(disk.iterdir()) == []


@pytest.mark.parametrize("how", ["deleted, then made again", "replaced at once"])
def test_a_content_folder_deleted_or_replaced_is_watched_again(content_copy: Path, tmp_path: Path, how: str) -> None:
    source = Path("sources") / "crux-feet-low-back-pain.md"
    again = tmp_path / "again"
    shutil.copytree(content_copy, again)
    text = (again / source).read_text(encoding="utf-8")
    (again / source).write_text(text.replace("Are Your Feet", "Are Your Shoes", 1), encoding="utf-8")
    server = Running(content_copy, places=[str(tmp_path)])
    try:
        if how == "deleted, then made again":
            shutil.rmtree(content_copy)
            state = server.wait_for(lambda s: s["error"] is not None)
            assert "the content folder is gone" in state["error"]
            assert TITLE in server.get("/")  # the last good site is still served
            time.sleep(0.3)
            again.rename(content_copy)
        else:
            content_copy.rename(tmp_path / "old")
            again.rename(content_copy)
        server.wait_for(lambda s: s["error"] is None and "Are Your Shoes" in server.get("/sources/"))
        generation = server.status()["generation"]
        (content_copy / source).write_text(text.replace("Are Your Feet", "Are Your Socks", 1), encoding="utf-8")
        server.wait_for(lambda s: s["generation"] > generation and "Are Your Socks" in server.get("/sources/"))
    finally:
        server.close()


def test_the_preview_is_built_in_memory_where_it_can_be(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serve_module, "MEMORY", tmp_path)
    monkeypatch.delenv("TMPDIR", raising=False)
    assert preview_places() == [str(tmp_path), None]
    monkeypatch.setenv("TMPDIR", str(tmp_path / "chosen"))  # a place the user chose wins
    assert preview_places() == [None]
    monkeypatch.delenv("TMPDIR")
    monkeypatch.setattr(serve_module, "MEMORY", tmp_path / "none")
    assert preview_places() == [None]


def test_a_preview_out_of_space_in_memory_moves_to_the_next_place(
    content_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory, disk = tmp_path / "memory", tmp_path / "disk"
    memory.mkdir()
    disk.mkdir()

    def small_memory(content: Path, out: Path, options: BuildOptions):  # type: ignore[no-untyped-def]
        if out.is_relative_to(memory):
            full = OSError(errno.ENOSPC, "No space left on device", str(out / "index.html"))
            raise OutputError(f"cannot write the site beside {out}") from full
        return build(content, out, options=options)

    monkeypatch.setattr(serve_module, "build", small_memory)
    lines: list[str] = []
    preview = Preview(content_copy, lines.append, places=[str(memory), str(disk)])
    try:
        assert preview.rebuild() is not None
        assert preview.folder.parent == disk and (preview.site / "index.html").is_file()
        assert preview.state.site == preview.site and preview.state.error is None
        assert list(memory.iterdir()) == [], "the full place is given back"
        assert any(f"No space left for the preview in {memory}" in line for line in lines)
    finally:
        preview.close()
    assert list(disk.iterdir()) == []


def _signals() -> tuple[str, ...]:
    """What this process does on SIGTERM, SIGINT and SIGHUP: "default", "ignore" or "handler" (a Python one)."""
    names = {signal.SIG_DFL: "default", signal.SIG_IGN: "ignore"}
    return tuple(
        names.get(signal.getsignal(number), "handler")  # type: ignore[call-overload]
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
    )


def _terminated_in_time(pool: multiprocessing.pool.Pool, seconds: float) -> bool:
    """Terminate ``pool`` while its workers are busy; False if it could not within ``seconds`` (the workers are then
    killed, so that a failing test does not hang)."""
    workers = [process.pid for process in pool._pool]  # type: ignore[attr-defined]
    ending = threading.Thread(target=lambda: (pool.terminate(), pool.join()), daemon=True)
    ending.start()
    ending.join(seconds)
    if ending.is_alive():
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
        ending.join(10)
        return False
    return True


def test_a_pool_worker_ends_on_sigterm_whatever_its_parent_handles() -> None:
    """serve handles SIGTERM in Python; its forked workers must not, or Pool.terminate cannot end them."""
    previous = signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        pool = multiprocessing.get_context("fork").Pool(2, initializer=start_worker, initargs=(os.getpid(),))
        assert pool.apply(_signals) == ("default", "ignore", "default")
        for _ in range(2):
            pool.apply_async(time.sleep, (60,))
        time.sleep(0.3)
        assert _terminated_in_time(pool, 10)
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_both_pools_of_a_build_start_their_workers_with_reset_signals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The extraction pool (24+ sources to extract) and the render pool (400+ pages) each run an initializer that
    leaves SIGTERM to its default whatever handler the build's process has: each is run again here in a new worker
    of a parent with a Python handler, and asked."""
    started: list[tuple[object, tuple[object, ...]]] = []

    class Recorded(multiprocessing.pool.Pool):
        def __init__(self, processes=None, initializer=None, initargs=(), *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            started.append((initializer, tuple(initargs)))
            super().__init__(processes, initializer, initargs, *args, **kwargs)

    monkeypatch.setattr(multiprocessing.pool, "Pool", Recorded)
    content = generated_map(tmp_path, 100)
    report = build(content, tmp_path / "site", options=BuildOptions(use_cache=False, jobs=2))
    assert report.extracted == 100 and report.pages >= 400
    assert len(started) == 2, "one pool to extract, one to render"
    monkeypatch.undo()  # the pools of the check below are not the build's
    previous = signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        for initializer, initargs in started:
            pool = multiprocessing.get_context("fork").Pool(1, initializer=initializer, initargs=initargs)
            assert pool.apply(_signals) == ("default", "ignore", "default"), initializer
            pool.apply_async(time.sleep, (60,))
            time.sleep(0.3)
            assert _terminated_in_time(pool, 10), initializer
    finally:
        signal.signal(signal.SIGTERM, previous)
