"""Build workers end with the build: a worker whose parent is killed does not live on to write into a swept stage."""

from __future__ import annotations

import os
import sys
import time

import pytest

from conftest import process_ended
from evidencemap.workers import die_with_parent, pid_alive


@pytest.mark.skipif(
    sys.platform != "linux", reason="the parent-death signal is Linux's (elsewhere workers end on their next read)"
)
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

    from evidencemap.build import BuildOptions, make_map
    from evidencemap.errors import ContentError
    from evidencemap.incremental import batch
    from evidencemap.incremental.cache import BuildCache

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
        monkeypatch.setattr(
            batch, "start_worker", lambda parent: None
        )  # this is no worker: it must not die with pytest's parent
        batch._init_worker(content_copy, None, BuildCache(None), os.getppid())  # type: ignore[arg-type]
        assert gc.isenabled(), "a worker forked while the build's collector is paused collects its own garbage"
    finally:
        gc.enable()


def test_a_build_leaves_objects_its_caller_froze_frozen(content_copy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A build freezes the map's records for its own stages and unfreezes them after (build.py). An application
    calling it that froze its own long-lived objects (``gc.freeze`` before forking, as pre-fork servers do) must
    find them still frozen: unfreezing releases every frozen object, not only the build's."""
    import gc

    from evidencemap.build import BuildOptions, build

    def is_frozen(obj: object) -> bool:  # frozen objects are out of every generation the collector lists
        return not any(o is obj for o in gc.get_objects())

    theirs = [{"the caller's": "long-lived data"}]
    gc.freeze()
    try:
        assert is_frozen(theirs)
        build(content_copy, tmp_path / "site", options=BuildOptions(use_cache=False, jobs=2))
        assert (tmp_path / "site" / "index.html").is_file()
        assert is_frozen(theirs), "the build released the objects its caller had frozen"
    finally:
        gc.unfreeze()
    build(content_copy, tmp_path / "site", options=BuildOptions(use_cache=False))
    assert gc.get_freeze_count() == 0, "a build with nothing frozen before leaves nothing frozen"


def test_serve_frees_each_map_when_it_builds_the_next(content_copy, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``serve`` rebuilds in one long-lived process: a map left in cycles by one rebuild must be freed by the next,
    not frozen with the live objects while decoding pauses the collector (a whole map more per edit)."""
    import weakref

    from evidencemap import render
    from evidencemap.commands.serve import Preview

    made: list[weakref.ref] = []  # type: ignore[type-arg]
    original = render.SiteRenderer.__init__

    def remembered(self, graph, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        original(self, graph, *args, **kwargs)
        made.append(weakref.ref(graph))  # the map rendered (the renderer itself holds no cycle to keep it)

    monkeypatch.setattr(render.SiteRenderer, "__init__", remembered)
    preview = Preview(content_copy, say=lambda message: None)
    try:
        source = content_copy / "sources" / "crux-feet-low-back-pain.md"
        for edit in range(4):
            source.write_text(source.read_text(encoding="utf-8") + f"\nEdit {edit}.\n", encoding="utf-8")
            assert preview.rebuild() is not None
        assert [ref() is not None for ref in made] == [False, False, False, True], "only the last map is alive"
    finally:
        preview.close()
