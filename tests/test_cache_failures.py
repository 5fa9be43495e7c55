"""A build cache can only ever cost time: full, read-only, damaged or tampered with, the build still succeeds and
its site equals a clean build; the trouble is one warning line, never a traceback, and ``--no-cache`` repairs it.

A full disk or a read-only folder is made here by failing, with the real errno, every write, rename and delete the
build attempts under the cache folder (builds run in this process, ``jobs=1``, so every attempt is seen): the test
needs no privileges to mount a file system, and reaches every place that writes to the cache.
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from evidencemap.build import BuildOptions, build
from evidencemap.incremental.cache import ENTRIES, MANIFESTS

CLEAN = BuildOptions(use_cache=False, jobs=1)
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@contextmanager
def failing_writes(folder: Path, code: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every write, rename, folder creation and delete under ``folder`` fails with ``code`` (EROFS, ENOSPC)."""
    root = str(folder)

    def refuse(path: object) -> None:
        raise OSError(code, os.strerror(code), str(path))

    def guarded(name: str):  # type: ignore[no-untyped-def]
        real = getattr(os, name)

        def call(path, *args, **kwargs):  # type: ignore[no-untyped-def]
            writes = name != "open" or bool(args and args[0] & WRITE_FLAGS)
            if writes and str(path).startswith(root):
                refuse(path)
            return real(path, *args, **kwargs)

        return call

    real_open = builtins.open

    def open_guarded(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file).startswith(root) and any(flag in mode for flag in "wax+"):
            refuse(file)
        return real_open(file, mode, *args, **kwargs)

    with monkeypatch.context() as patch:
        for name in ("open", "makedirs", "mkdir", "unlink", "replace", "rename", "rmdir"):
            patch.setattr(os, name, guarded(name))
        patch.setattr(builtins, "open", open_guarded)
        patch.setattr(io, "open", open_guarded)
        yield


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC], ids=["read-only", "full"])
def test_a_cache_that_cannot_be_written_costs_time_only(
    code: int, content_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    options = BuildOptions(cache_dir=cache, jobs=1)
    build(content_copy, tmp_path / "site", options=options)  # a cache full of entries, templates and kept parts
    source = content_copy / "sources" / "crux-feet-low-back-pain.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nFlat feet cause knee pain.\n", encoding="utf-8")
    with failing_writes(cache, code, monkeypatch):
        report = build(content_copy, tmp_path / "site", options=options)
        fresh = build(content_copy, tmp_path / "elsewhere", options=options)  # no manifest for this folder either
    assert [w.code for w in report.warnings].count("cache") == 1
    assert os.strerror(code) in next(w.message for w in report.warnings if w.code == "cache")
    build(content_copy, tmp_path / "clean", options=CLEAN)
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")
    assert snapshot(tmp_path / "elsewhere") == snapshot(tmp_path / "clean")
    assert fresh.extracted >= 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda m: {**m, "files": {name: ["not", "an entry"] for name in m["files"]}},
        lambda m: {**m, "files": {name: [1, 2, 3] for name in m["files"]}},
        lambda m: {**m, "files": [], "pages": "x"},
        lambda m: {**m, "summary": {"sources": "many", "warnings": [{"nonsense": 1}]}},
        lambda m: ["not", "a", "manifest"],
    ],
    ids=["short entries", "wrong types", "wrong containers", "bad summary", "not a mapping"],
)
def test_a_damaged_manifest_with_a_valid_key_is_a_miss(damage, content_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cache, out = tmp_path / "cache", tmp_path / "site"
    options = BuildOptions(cache_dir=cache, jobs=1)
    build(content_copy, out, options=options)
    (manifest_path,) = (cache / MANIFESTS).glob("*.json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest_path.write_text(json.dumps(damage(manifest)), encoding="utf-8")  # its build key still matches
    for _ in range(2):  # and the next build is whole again
        report = build(content_copy, out, options=options)
        assert report.sources == 9
    build(content_copy, tmp_path / "clean", options=CLEAN)
    assert snapshot(out) == snapshot(tmp_path / "clean")


def _swap_two_entries(cache: Path) -> None:
    first, second = sorted((cache / ENTRIES).glob("*/*.pickle"))[:2]
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)


def test_swapped_cache_entries_are_misses_and_no_cache_repairs_them(content_copy: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    options = BuildOptions(cache_dir=cache, jobs=1)
    build(content_copy, tmp_path / "first", options=options)
    _swap_two_entries(cache)

    swapped = build(content_copy, tmp_path / "second", options=options)  # a new folder: entries are read
    assert swapped.extracted == 2, "the two swapped entries are extracted again, not taken as another source's"
    build(content_copy, tmp_path / "clean", options=CLEAN)
    assert snapshot(tmp_path / "second") == snapshot(tmp_path / "clean")

    _swap_two_entries(cache)
    repaired = build(content_copy, tmp_path / "third", options=BuildOptions(cache_dir=cache, jobs=1, read_cache=False))
    assert repaired.extracted == 9
    after = build(content_copy, tmp_path / "fourth", options=options)
    assert (after.extracted, after.reused) == (0, 9), "after --no-cache every entry is its own source's again"
    assert snapshot(tmp_path / "fourth") == snapshot(tmp_path / "clean")
