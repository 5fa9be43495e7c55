"""Read one content file as text, refusing what cannot be an article or a YAML file.

Every file under ``content/`` comes from the open web or from an author's
editor, so it may be binary, in another encoding, huge, or a symlink to a file
that was never meant to be published (``~/.ssh/id_rsa`` renamed ``x.md``). All
readers (sources, lexicon, reviews, config) go through :func:`read_text`, so
each of those cases gives the same clear error with a file, a line and a hint
instead of a traceback or a leak.
"""

from __future__ import annotations

import re
from pathlib import Path

from evidencemap.errors import ContentError

# One source is one article. The longest real health articles are a few hundred
# kilobytes of text; extraction and rendering grow with the number of claims, so
# a bound here is what keeps a build's time and memory bounded.
MAX_TEXT_BYTES = 1024 * 1024

# Characters that have no business in text (C0 controls but tab and newline, DEL).
# They break XML exports and are a common sign of a binary file or a paste gone wrong.
# ESC matters most: printed by `check`, it would let an article drive the user's terminal.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_inside(path: Path, root: Path) -> None:
    """Refuse a file whose real location is outside ``root`` (a symlink pointing away)."""
    real_root = root.resolve()
    real = path.resolve()
    if not real.is_relative_to(real_root):
        raise ContentError.at(
            path,
            1,
            f"this is a link to {real}, which is outside the content folder {real_root}",
            (
                "copy the file into the content folder instead of linking to it: evidencemap publishes only what "
                "content/ holds"
            ),
        )


def check_name(path: Path) -> None:
    """Refuse file names that are not text (undecodable bytes would break every page naming them)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        shown = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        raise ContentError.at(
            shown, 1, "the file name is not valid UTF-8", "rename the file using letters, digits and hyphens"
        ) from None


def read_text(path: Path, root: Path | None = None, max_bytes: int = MAX_TEXT_BYTES, raw: bytes | None = None) -> str:
    """Read a text file as UTF-8 (BOM allowed, CRLF and CR folded to LF); errors say where.

    ``root``, when given, is the folder the file must really live in. ``raw``, when given, is the file's bytes as
    the caller already read them: a build hashes a source's bytes and must extract from those very bytes, or a save
    in between would be stored under the hash of the text before it.
    """
    check_name(path)
    if root is not None:
        check_inside(path, root)
    size = path.stat().st_size if raw is None else len(raw)
    if size > max_bytes:
        raise ContentError.at(
            path,
            1,
            (
                f"the file is {size / (1024 * 1024):.1f} MiB, over the {max_bytes / (1024 * 1024):.0f} MiB limit for "
                f"one file"
            ),
            "keep only the article text (no saved page HTML, scripts or images), or split it into several sources",
        )
    if raw is None:
        raw = path.read_bytes()
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ContentError.at(
            path, line, "the file contains a NUL byte: it looks binary, or is saved as UTF-16", "save it as UTF-8 text"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError.at(
            path,
            line,
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
            "save the file as UTF-8; 'iconv -f WINDOWS-1252 -t UTF-8' converts most web pages",
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise ContentError.at(
            path,
            line,
            f"the file contains the control character U+{ord(bad.group()):04X}",
            "delete it (it is invisible in most editors; it often comes from copying out of a PDF or a terminal)",
        )
    return text
