"""Crash safety: a build killed with SIGKILL at any moment leaves a whole site behind.

A first build makes site v1; the content then changes and a second build is killed.
The kill lands at chosen moments (after the first staged file, halfway through, after
the last one, just before and just after the swap, while the old site is removed, and
between the two renames of the fallback swap for systems without an atomic exchange)
through a small runner that sends SIGKILL to itself there, and at wall-clock moments
from outside. Afterwards the output folder must hold exactly v1 or exactly v2, byte for
byte, and the next build must finish, equal a clean build, and leave no staging folder.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evidencemap.write import MARKER

RUNNER = r"""
import os, shutil, signal, sys
from pathlib import Path
import evidencemap.write as w

moment, n = sys.argv[1], int(sys.argv[2])
argv = sys.argv[3:]
count = 0

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if moment == "file":
    original = w._write_file
    def write_file(path, data):
        global count
        result = original(path, data)
        if ".building-" in str(path):
            count += 1
            if count == n:
                die()
        return result
    w._write_file = write_file
    streamed = w._write_streamed  # the exports are written in pieces: a file too
    def write_streamed(path, *args):
        global count
        result = streamed(path, *args)
        if ".building-" in str(path):
            count += 1
            if count == n:
                die()
        return result
    w._write_streamed = write_streamed
elif moment in ("before-swap", "after-swap", "cleanup"):
    exchange = w._exchange
    def half_rmtree(path, *args, **kwargs):
        files = sorted(p for p in Path(path).rglob("*") if p.is_file())
        for p in files[: len(files) // 2]:  # remove half of the old site, then die
            p.unlink()
        die()
    def patched(a, b):
        if moment == "before-swap":
            die()
        done = exchange(a, b)
        if moment == "after-swap":
            die()
        w.shutil = type("PatchedShutil", (), {"rmtree": staticmethod(half_rmtree)})
        return done
    w._exchange = patched
elif moment == "between-renames":
    w._exchange = lambda a, b: False  # as on a system without renameat2
    original_rename = Path.rename
    def rename(self, target):
        result = original_rename(self, target)
        if ".previous-" in str(target):
            die()
        return result
    Path.rename = rename

from evidencemap.cli import main
sys.argv = ["evidencemap", *argv]
main()
"""


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def cli(content: Path, out: Path, *extra: str) -> list[str]:
    return ["build", "--content", str(content), "--output", str(out), "--quiet", "--jobs", "1", *extra]


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """Content at v2, and the trees of clean builds of v1 and v2."""
    from conftest import CONTENT

    root = tmp_path_factory.mktemp("crash")
    content = root / "content"
    shutil.copytree(CONTENT, content)
    v1 = root / "v1"
    subprocess.run([sys.executable, "-m", "evidencemap", *cli(content, v1, "--no-cache")], check=True)
    article = next(iter(sorted((content / "sources").glob("*.md"))))
    article.write_text(
        article.read_text(encoding="utf-8") + "\n\nFlat feet cause knee pain and orthotics relieve low back pain.\n",
        encoding="utf-8",
    )
    v2 = root / "v2"
    subprocess.run([sys.executable, "-m", "evidencemap", *cli(content, v2, "--no-cache")], check=True)
    first, second = tree(v1), tree(v2)
    assert first != second
    return content, first, second


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def _check_whole_then_recover(content: Path, out: Path, v1: dict[str, bytes], v2: dict[str, bytes]) -> str:
    now = tree(out)
    assert now in (v1, v2), f"the site is neither the old one nor the new one: {len(now)} files"
    state = "old" if now == v1 else "new"
    subprocess.run([sys.executable, "-m", "evidencemap", *cli(content, out)], check=True)
    assert tree(out) == v2
    assert _leftovers(out) == []
    return state


def _fresh_v1(tmp_path: Path, v1: dict[str, bytes]) -> Path:
    out = tmp_path / "site"
    out.mkdir()
    for name, data in v1.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    assert (out / MARKER).is_file()
    return out


MOMENTS = [
    "first-file",
    "second-file",
    "half-the-files",
    "last-file",
    "before-swap",
    "after-swap",
    "cleanup",
    "between-renames",
]


@pytest.mark.parametrize("moment", MOMENTS)
def test_a_build_killed_at_a_chosen_moment_leaves_a_whole_site(
    moment: str, versions: tuple[Path, dict, dict], tmp_path: Path
) -> None:
    content, v1, v2 = versions
    out = _fresh_v1(tmp_path, v1)
    # After the marker, the stage gets one write a file of the site: len(v2) - 1 writes in all.
    n = {"first-file": 1, "second-file": 2, "half-the-files": len(v2) // 2, "last-file": len(v2) - 1}.get(moment, 0)
    if n:
        moment = "file"
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, moment, str(n), *cli(content, out, "--no-cache")], capture_output=True, text=True
    )
    assert result.returncode == -signal.SIGKILL, (result.returncode, result.stderr[-2000:])
    if moment == "between-renames":
        # Only without an atomic exchange: the previous site is whole, aside, until the next build puts it back.
        aside = [p for p in out.parent.iterdir() if p.name.startswith(".site.previous-")]
        assert not out.exists() and len(aside) == 1 and tree(aside[0]) == v1
        from evidencemap.write import check_output_dir

        check_output_dir(out, content)  # the first step of every build
        assert tree(out) == v1 and _leftovers(out) == []
    state = _check_whole_then_recover(content, out, v1, v2)
    expected = "new" if moment in ("after-swap", "cleanup") else "old"
    assert state == expected


@pytest.mark.parametrize("delay", [0.3, 1.0, 2.0, 3.0, 4.5])
def test_a_build_killed_from_outside_at_any_time_leaves_a_whole_site(
    delay: float, versions: tuple[Path, dict, dict], tmp_path: Path
) -> None:
    content, v1, v2 = versions
    out = _fresh_v1(tmp_path, v1)
    process = subprocess.Popen(
        [sys.executable, "-m", "evidencemap", *cli(content, out, "--no-cache")], stderr=subprocess.DEVNULL
    )
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    _check_whole_then_recover(content, out, v1, v2)


def test_the_next_build_puts_back_a_site_left_aside_between_two_renames(
    versions: tuple[Path, dict, dict], tmp_path: Path
) -> None:
    """Without an atomic exchange a kill between the renames leaves no site/ at all for a moment; the next build
    restores it first."""
    content, v1, v2 = versions
    out = _fresh_v1(tmp_path, v1)
    dead_pid = 2**22 + 12345  # above the default pid_max: no such process
    out.rename(out.parent / f".site.previous-{dead_pid}")
    (out.parent / f".site.building-{dead_pid}").mkdir()
    ((out.parent / f".site.building-{dead_pid}") / MARKER).write_bytes(b"x")
    from evidencemap.write import _recover

    _recover(out)
    assert tree(out) == v1 and _leftovers(out) == []
