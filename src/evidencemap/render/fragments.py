"""Parts of pages kept between builds: a part is rendered again only when what it shows has changed.

Why: every page of the claim list shows the list's total, so adding one source
changes all of them, though each page's rows (250 claims, most of the page's
bytes and of its rendering time) are the same as before. Page fingerprints
(fingerprint.py) decide whether a page is rendered at all; a fragment decides,
for a page that is rendered, whether a costly part of it can be taken from the
last build instead.

A store holds one file per (page, part), in the build cache: its first line is
the key of what it was rendered from, the rest the rendered text. The key must
name everything the part shows (the caller's fingerprint of its inputs) and the
build's global key (code, theme, config, lexicon), so a stale or damaged file is
never taken: it fails the key check and is rendered and written again. Files
are written whole under a temporary name and renamed, so forked workers and two
builds at once never see half a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path


class FragmentStore:
    """Rendered parts of pages in ``folder``, each under the page it belongs to; ``salt`` is the build's global key."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = folder
        self.salt = salt

    def _path(self, page: str, part: str) -> str:
        return os.path.join(self.folder, f"{page.replace('/', '~')}~{part}")

    def get(self, page: str, part: str, key: str, render: Callable[[], str]) -> str:
        """The part ``part`` of ``page`` rendered from inputs whose digest is ``key``: kept, or rendered now and kept."""
        path, head = self._path(page, part), f"{self.salt}:{key}\n"
        try:
            with open(path, encoding="utf-8", newline="") as kept:  # the text exactly as written, line ends and all
                if kept.readline() == head:
                    return kept.read()
        except (OSError, UnicodeDecodeError):
            pass  # missing or unreadable: render it
        text = render()
        try:
            os.makedirs(self.folder, exist_ok=True)
            temp = f"{path}.{os.getpid()}.part"
            with open(temp, "w", encoding="utf-8", newline="") as out:
                out.write(head)
                out.write(text)
            os.replace(temp, path)
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
            if name.endswith(".part") or name.rpartition("~")[0] not in wanted:
                try:
                    os.unlink(os.path.join(self.folder, name))
                except OSError:
                    pass
