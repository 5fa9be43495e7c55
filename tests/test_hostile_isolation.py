"""Determinism and isolation: the same content gives the same bytes, and a build never touches the network.

Determinism: the default map and the hostile payload corpus are copied with their files
created in sorted, reversed and shuffled order (which changes the directory order on
tmpfs and many other file systems; ext4 orders by a hash of the name, so there) a
patched ``os.scandir``/``os.listdir`` hands every listing to the build in reverse, and
the builds run under different ``PYTHONHASHSEED`` values; every site must be
byte-identical.

Isolation, two ways: the build runs in a new, empty network namespace (``unshare -n``:
not even loopback is up), which proves it needs no network; and under a socket guard
that records and refuses every connect, DNS lookup and sendto, which proves it does not
even try (a build that caught a refused connection and carried on would pass the first).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "hostile"))
from conftest import CONTENT  # noqa: E402
from corpus import write_corpus  # noqa: E402

SCANDIR_REVERSED = r"""
import os, sys
_scandir = os.scandir
class _Reversed:
    def __init__(self, it): self.entries = iter(sorted(_scandir_list(it), key=lambda e: e.name, reverse=True))
    def __iter__(self): return self
    def __next__(self): return next(self.entries)  # an iterator, as os.scandir's is (os.walk calls next on it)
    def __enter__(self): return self
    def __exit__(self, *a): return False
    def close(self): pass
def _scandir_list(it):
    with it as entries: return list(entries)
os.scandir = lambda path=".": _Reversed(_scandir(path))
_listdir = os.listdir
os.listdir = lambda path=".": sorted(_listdir(path), reverse=True)
from evidencemap.cli import main
sys.argv = ["evidencemap", *sys.argv[1:]]
main()
"""

SOCKET_GUARD = r"""
import socket, sys
attempts = []
def refuse(name):
    def guard(*args, **kwargs):
        attempts.append(f"{name}{args[1:2]!r}")
        raise OSError(f"network access during a build: {name}")
    return guard
for name in ("connect", "connect_ex", "sendto", "bind"):
    setattr(socket.socket, name, refuse("socket." + name))
for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "create_connection"):
    setattr(socket, name, refuse("socket." + name))
import atexit
atexit.register(lambda: sys.stderr.write(f"\nNETWORK-ATTEMPTS={len(attempts)} {attempts}\n"))
from evidencemap.cli import main
sys.argv = ["evidencemap", *sys.argv[1:]]
main()
"""


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def copy_in_order(source: Path, target: Path, order: str) -> Path:
    """Copy a folder creating its files in sorted, reversed or shuffled order."""
    files = sorted(p for p in source.rglob("*") if p.is_file())
    if order == "reversed":
        files.reverse()
    elif order == "shuffled":
        random.Random(7).shuffle(files)
    for path in files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    return target


def build_with(
    script: str | None, content: Path, out: Path, env: dict[str, str] | None = None, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    args = ["build", "--content", str(content), "--output", str(out), "--quiet", "--no-cache"]
    command = [sys.executable, "-c", script, *args] if script else [sys.executable, "-m", "evidencemap", *args]
    return subprocess.run(
        [*(prefix or []), *command], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=900
    )


@pytest.fixture(scope="module", params=["default map", "hostile corpus"])
def content_variants(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("order")
    source = CONTENT if request.param == "default map" else write_corpus(root / "hostile")
    variants = [copy_in_order(source, root / order / "content", order) for order in ("sorted", "reversed", "shuffled")]
    listings = [[p.name for p in os.scandir(v / "sources")] for v in variants]
    print(
        f"\n{request.param}: directory order on disk differs between the copies: "
        f"{len({tuple(x) for x in listings}) > 1}"
        " (listings are reversed by a patched os.scandir in two of the builds either way)"
    )
    return variants


def test_the_site_is_byte_identical_whatever_the_file_order_and_hash_seed(
    content_variants: list[Path], tmp_path: Path
) -> None:
    runs = [
        (content_variants[0], None, {"PYTHONHASHSEED": "0"}),
        (content_variants[1], None, {"PYTHONHASHSEED": "1"}),
        (content_variants[2], SCANDIR_REVERSED, {"PYTHONHASHSEED": "12345"}),
        (content_variants[0], SCANDIR_REVERSED, {"PYTHONHASHSEED": "random"}),
    ]
    trees = []
    for index, (content, script, env) in enumerate(runs):
        result = build_with(script, content, tmp_path / f"site{index}", env)
        assert result.returncode == 0, result.stderr[-2000:]
        trees.append(tree(tmp_path / f"site{index}"))
    assert len(trees[0]) > 10
    for other in trees[1:]:
        assert other.keys() == trees[0].keys()
        assert [name for name in other if other[name] != trees[0][name]] == []


def _can_unshare() -> bool:
    if not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


def test_a_build_in_a_network_namespace_with_no_network_gives_the_same_site(tmp_path: Path) -> None:
    if not _can_unshare():
        pytest.skip(
            "unshare -n is not permitted here (needs root or user namespaces); the socket guard test below still runs"
        )
    probe = subprocess.run(
        [
            "unshare",
            "-n",
            sys.executable,
            "-c",
            "import socket; s = socket.socket(); s.settimeout(2); print(s.connect_ex(('1.1.1.1', 80)))",
        ],
        capture_output=True,
        text=True,
    )
    assert probe.stdout.strip() not in ("", "0"), "the namespace should have no route anywhere"
    offline = build_with(None, CONTENT, tmp_path / "offline", prefix=["unshare", "-n"])
    assert offline.returncode == 0, offline.stderr[-2000:]
    online = build_with(None, CONTENT, tmp_path / "online")
    assert online.returncode == 0
    assert tree(tmp_path / "offline") == tree(tmp_path / "online")


def test_a_build_does_not_even_try_to_reach_the_network(tmp_path: Path) -> None:
    content = write_corpus(tmp_path / "hostile")  # its URLs, DOIs and hosts must stay text
    for name, folder in (("default", CONTENT), ("hostile", content)):
        result = build_with(SOCKET_GUARD, folder, tmp_path / f"site-{name}")
        assert result.returncode == 0, result.stderr[-2000:]
        assert "NETWORK-ATTEMPTS=0 []" in result.stderr, result.stderr[-2000:]
