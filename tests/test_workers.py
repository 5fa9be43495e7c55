"""Build workers end with the build: a worker whose parent is killed does not live on to write into a swept stage."""

from __future__ import annotations

import os
import sys
import time

import pytest

from evidencemap.workers import die_with_parent, pid_alive

from conftest import process_ended


@pytest.mark.skipif(sys.platform != "linux", reason="the parent-death signal is Linux's (elsewhere workers end on their next read)")
def test_a_worker_ends_when_its_parent_is_killed() -> None:
    ready_read, ready_write = os.pipe()
    middle = os.fork()
    if middle == 0:  # the build's process
        worker = os.fork()
        if worker == 0:  # a worker of the build
            die_with_parent(os.getppid())
            os.write(ready_write, f"{os.getpid()}\n".encode())
            time.sleep(30)
            os._exit(0)
        time.sleep(30)
        os._exit(0)
    os.close(ready_write)
    worker = int(os.read(ready_read, 64).decode())
    os.close(ready_read)
    assert pid_alive(worker)
    os.kill(middle, 9)  # the build is killed from outside
    os.waitpid(middle, 0)
    deadline = time.monotonic() + 10
    while not process_ended(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process_ended(worker)


def test_a_build_leaves_the_garbage_collector_as_it_found_it(content_copy, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Decoding and linking pause the collector (build.py): a long-lived process (``serve``) must get it back on,
    whether the map builds or fails, and a caller that had it off keeps it off; extraction workers collect."""
    import gc

    from evidencemap import batch
    from evidencemap.build import BuildOptions, make_map
    from evidencemap.cache import BuildCache
    from evidencemap.errors import ContentError

    assert gc.isenabled()
    make_map(content_copy, options=BuildOptions(use_cache=False, jobs=2))
    assert gc.isenabled()
    (content_copy / "sources" / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    with pytest.raises(ContentError):
        make_map(content_copy, options=BuildOptions(use_cache=False))
    assert gc.isenabled()
    (content_copy / "sources" / "broken.md").unlink()
    gc.disable()
    try:
        make_map(content_copy, options=BuildOptions(use_cache=False))
        assert not gc.isenabled()
        monkeypatch.setattr(batch, "die_with_parent", lambda parent: None)  # this is no worker: it must not die with pytest's parent
        batch._init_worker(content_copy, None, BuildCache(None), os.getppid())  # type: ignore[arg-type]
        assert gc.isenabled(), "a worker forked while the build's collector is paused collects its own garbage"
    finally:
        gc.enable()
