"""The build cache: extractions keyed by content hash, and what the last build wrote.

Why a cache: extraction dominates a clean build, and a user who adds one article
to a map of a thousand should not wait for the other 999 to be read again. An
entry is keyed by the SHA-256 of everything its result depends on (the file's
bytes and path, the lexicon, and the code of evidencemap itself), so a stale
entry can never be used: change any of them and the key changes. Deleting the
cache only costs time.

The cache lives in the user's own cache folder (``$XDG_CACHE_HOME/evidencemap``,
by default ``~/.cache/evidencemap``), one sub-folder per map, and never in or
beside the map: entries are pickles, and a map folder shared by someone else
must not be able to bring entries that would run their code.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from functools import cache
from pathlib import Path

from evidencemap import __version__
from evidencemap.atomic import TEMP_PREFIX, atomic_write
from evidencemap.workers import pid_alive

CACHE_APP = "evidencemap"
ENTRIES = "extract"
MANIFESTS = "sites"


def user_cache_root() -> Path:
    """The user's cache folder for evidencemap (XDG base directory rules)."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / CACHE_APP


def default_cache_dir(content_dir: Path) -> Path:
    """Where the cache of the map in ``content_dir`` lives: a folder of the user's own, one per map."""
    resolved = content_dir.resolve()
    slug = "".join(c if c.isalnum() else "-" for c in resolved.parent.name)[:40] or "map"
    return user_cache_root() / f"{slug}-{hashlib.sha256(str(resolved).encode()).hexdigest()[:16]}"


def code_files() -> list[tuple[Path, Path]]:
    """Every file of evidencemap's own code and theme, as (root, file): what a cached result may depend on."""
    import evidencemap
    from evidencemap.render import theme_dir

    roots = [Path(evidencemap.__file__).resolve().parent, theme_dir()]
    return [
        (root, path)
        for root in roots
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    ]


@cache
def code_fingerprint() -> str:
    """A hash of evidencemap's own code and theme: a new version of any module invalidates every entry."""
    digest = hashlib.sha256(__version__.encode())
    for root, path in code_files():
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def entry_key(relative_path: str, raw: bytes, lexicon_digest: str) -> str:
    """The key of one source's extraction: its path, its bytes, the lexicon and the code."""
    digest = hashlib.sha256()
    for part in (code_fingerprint().encode(), lexicon_digest.encode(), relative_path.encode(), raw):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


class BuildCache:
    """Pickled extraction results on disk, one file per entry; ``None`` folder means no cache.

    A cache may only ever cost time: any failure to read, write or delete (a full disk, a read-only folder, a
    damaged or foreign entry) is a miss, remembered in ``trouble`` so that the build can say so in one warning line,
    never a traceback. ``read=False`` ignores what the cache holds (``--no-cache``) but stores fresh results and
    sweeps the rest, so such a build also repairs a damaged cache."""

    def __init__(self, folder: Path | None, read: bool = True) -> None:
        self.folder = folder
        self.read = read
        self.used: set[str] = set()
        self.trouble: OSError | None = None  # the first failure to write or delete, if any
        self._folders: set[str] = set()  # entry folders known to exist

    def _failed(self, error: OSError) -> None:
        if self.trouble is None:
            self.trouble = error

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / ENTRIES / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> bytes | None:
        """The stored bytes for ``key``, or None. A torn or unreadable entry is a miss."""
        if self.folder is None or not self.read:
            return None
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        self.used.add(key)
        return data

    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key``; safe from any process (a build's extraction workers store what they make)."""
        if self.folder is None:
            return
        self.used.add(key)
        folder = os.path.join(self.folder, ENTRIES, key[:2])
        try:
            if folder not in self._folders:
                os.makedirs(folder, exist_ok=True)
                self._folders.add(folder)
            atomic_write(os.path.join(folder, f"{key}.pickle"), data)
        except OSError as error:
            self._failed(error)  # a cache that cannot be written only costs time

    def mark_used(self, key: str) -> None:
        """Keep the entry ``key`` at the next prune: another process stored it for this build."""
        self.used.add(key)

    def prune(self) -> int:
        """Delete entries this build did not use, so the cache does not grow forever."""
        if self.folder is None or not (self.folder / ENTRIES).is_dir():
            return 0
        removed = 0
        for path in (self.folder / ENTRIES).glob("*/*.pickle"):
            if path.stem not in self.used and self._delete(path):
                removed += 1
        # What a killed process was writing when it died (".tmp-KEY.pickle-PID"); a live one's is left to it.
        for path in (self.folder / ENTRIES).glob(f"*/{TEMP_PREFIX}*"):
            pid = path.name.rpartition("-")[2]
            if pid.isdigit() and not pid_alive(int(pid)):
                self._delete(path)
        return removed

    def _delete(self, path: Path) -> bool:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            self._failed(error)
            return False
        return True

    def _manifest_path(self, output: Path) -> Path:
        assert self.folder is not None
        return self.folder / MANIFESTS / (hashlib.sha256(str(output).encode()).hexdigest()[:24] + ".json")

    def read_manifest(self, output: Path) -> dict:
        """What the last build into ``output`` wrote: its key, and each file's hash, size and mtime."""
        if self.folder is None or not self.read:
            return {}
        try:
            data = json.loads(self._manifest_path(output).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def write_manifest(self, output: Path, manifest: dict) -> None:
        if self.folder is None:
            return
        path = self._manifest_path(output)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(str(path), json.dumps(manifest, sort_keys=True).encode())
        except OSError as error:
            self._failed(error)
            return
        self._forget_vanished_outputs(keep=path)

    def _forget_vanished_outputs(self, keep: Path) -> None:
        """Drop manifests of output folders that are gone (previews and publishes build into temporary ones).

        ``keep`` is the manifest just written, of a folder just built: not read again (it is the largest)."""
        assert self.folder is not None
        for path in (self.folder / MANIFESTS).glob("*.json"):
            if path == keep:
                continue
            try:
                output = json.loads(path.read_text(encoding="utf-8")).get("output")
            except (OSError, ValueError, AttributeError):
                output = None
            if not output or not Path(output).exists():
                self._delete(path)


def loads(data: bytes) -> object:
    """Unpickle a cache entry (only ever bytes this program wrote into its own cache)."""
    return pickle.loads(data)


def dumps(value: object) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
