"""Parts of pages kept between builds: a part is rendered again only when what it shows has changed.

Why: every page of the claim list shows the list's total, so adding one source
changes all of them, though each page's rows (25 rows, most of the page's
bytes and of its rendering time) are the same as before. Page fingerprints
(fingerprint.py) decide whether a page is rendered at all; a fragment decides,
for a page that is rendered, whether a costly part of it can be taken from the
last build instead.

A store holds one file per (page, part), in the build cache: its first line is
the key of what it was rendered from and a digest of the rest, the rendered text. The key must
name everything the part shows (the caller's fingerprint of its inputs) and the
map's key (code, theme, config, lexicon, reviews), so a stale or damaged file is
never taken: it fails the key or digest check and is rendered and written again. Files
are written whole under a temporary name and renamed, so forked workers and two
builds at once never see half a file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from evidencemap.atomic import TEMP_PREFIX, atomic_write
from evidencemap.incremental.fingerprint import Fingerprinter, Unreadable


def _digest(body: bytes) -> str:
    """A digest of a kept part's bytes: a file cut short or changed on disk is never taken for the part."""
    return hashlib.blake2b(body, digest_size=16).hexdigest()


class FragmentStore:
    """Rendered parts of pages in ``folder``, each under the page it belongs to; ``salt`` is the map's key (build.py
    ``_map_key``)."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = folder
        self.salt = salt

    def _path(self, page: str, part: str) -> str:
        return os.path.join(self.folder, f"{page.replace('/', '~')}~{part}")

    def get(self, page: str, part: str, key: str, render: Callable[[], str]) -> str:
        """Part ``part`` of ``page``, rendered from inputs whose digest is ``key``: kept, or rendered and kept now."""
        path, head = self._path(page, part), f"{self.salt}:{key}:".encode()
        try:
            with open(path, "rb") as kept:
                first, body = kept.readline(), kept.read()
            if first.startswith(head) and first[len(head) : -1].decode() == _digest(body):
                return body.decode("utf-8")  # the text exactly as written, line ends and all
        except (OSError, UnicodeDecodeError):
            pass  # missing, damaged or unreadable: render it
        text = render()
        try:
            os.makedirs(self.folder, exist_ok=True)
            body = text.encode("utf-8")
            atomic_write(path, head + _digest(body).encode() + b"\n" + body)
        except OSError:
            pass  # a cache that cannot be written costs time next build, never this build's result
        return text

    def keep_only(self, pages: Iterable[str]) -> None:
        """Remove the parts of pages the site no longer has (a list that got shorter), and any torn temporary file."""
        wanted = {page.replace("/", "~") for page in pages}
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.startswith(TEMP_PREFIX) or name.rpartition("~")[0] not in wanted:
                try:
                    os.unlink(os.path.join(self.folder, name))
                except OSError:
                    pass


class KeptParts:
    """Render's ``lists.PartStore`` over a ``FragmentStore``: a part's inputs, digested, are the key it is kept under.

    Render says what a part is made from; this digests it as page fingerprints
    digest contexts. Inputs the fingerprinter cannot read are never kept: the
    part is rendered every time, never wrong, only slower."""

    def __init__(self, store: FragmentStore, fingerprints: Fingerprinter) -> None:
        self.store = store
        self.fingerprints = fingerprints

    def get(self, page: str, part: str, inputs: Any, make: Callable[[], str]) -> str:
        try:
            key = self.fingerprints.value(inputs)
        except Unreadable:
            return make()
        return self.store.get(page, part, key, make)
