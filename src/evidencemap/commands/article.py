"""Read an article for ``evidencemap add``: a web page, a saved HTML file, a Markdown or a text file.

Whatever the form, the result is the same: the article's main text as Markdown, what the page itself says about
it (title, author, date, and, kept apart as its own claims, its canonical address and site name), and for a web
page where it was really fetched from. Main text is taken out of HTML with trafilatura, which is built and
maintained for exactly that (boilerplate, navigation and scripts removed; headings and lists kept as Markdown).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from evidencemap.commands.fetch import Limits, bounded, decode_html, download, too_large
from evidencemap.content.load import read_text, split_front_matter
from evidencemap.content.yamlfile import parse_yaml
from evidencemap.errors import ContentError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True, slots=True)
class Article:
    """An article read from somewhere, before it becomes a source file."""

    meta: dict
    body: str
    origin: str  # where it came from, for messages
    notes: tuple[str, ...] = ()  # what the user should check (a charset the bytes contradict)


def is_url(location: str) -> bool:
    return urlparse(location).scheme in ("http", "https")


def from_html(html: bytes | str, origin: str, fetched_url: str | None = None, charset: str | None = None) -> Article:
    """Main text and metadata of an HTML page.

    What the page says about itself (its canonical address, its site's name) is kept as its claim, under
    ``claimed_url`` and ``claimed_site_name``: anyone can write ``<link rel=canonical href=https://www.nih.gov/...>``
    into a page, so only the address the page was really fetched from becomes ``url``, and only its host the
    ``publisher``."""
    import trafilatura

    notes: list[str] = []
    if isinstance(html, bytes):
        html, notes = decode_html(html, origin, charset)
    text = trafilatura.extract(
        html,
        output_format="markdown",
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        favor_recall=True,
        url=fetched_url,
    )
    if not text or not text.strip():
        raise ContentError.at(
            origin,
            None,
            "no article text found in the page",
            "save the article's own page (not a listing or a login page), "
            "or copy its text into a .md file and add that",
        )
    found = trafilatura.extract_metadata(html)  # no default URL: what it finds is only ever the page's say-so
    meta: dict = {}
    if found is not None:
        for key, value in (
            ("title", found.title),
            ("author", found.author),
            ("published", found.date),
            ("claimed_url", found.url),
            ("claimed_site_name", found.sitename),
        ):
            if value and str(value).strip():
                meta[key] = str(value).strip()
    if fetched_url:
        host = urlparse(fetched_url).hostname
        meta.update(url=fetched_url, retrieved_from=fetched_url, retrieved=_today(), publisher=host or None)
        if meta.get("claimed_url") == fetched_url:
            del meta["claimed_url"]  # the page's claim is what was fetched: nothing to tell apart
    return Article(meta, text.strip() + "\n", origin, tuple(notes))


def _today() -> str:
    """The fetch date (UTC), written into the source's front matter by ``add``; the build never reads a clock."""
    return datetime.now(UTC).date().isoformat()


def from_markdown(path: Path) -> Article:
    """A Markdown file keeps its own front matter, if it has one."""
    text = read_text(path)
    front, body, _ = split_front_matter(text, path)
    meta = parse_yaml(front, path, first_line=2) if front is not None else None
    if meta is not None and not isinstance(meta, dict):
        raise ContentError.at(
            path, 2, "front matter must be a mapping of 'key: value' lines", "see the README for the fields of a source"
        )
    meta = dict(meta or {})
    if not meta.get("title"):  # no front matter title: a heading opening the article says it, not its file name
        heading = _OPENING_HEADING.match(body.lstrip("\n"))
        if heading:
            meta["title"] = re.sub(r"[ \t]+#+[ \t]*$", "", heading.group(1)).strip()  # "# Title ##": a closing run goes
    return Article(meta, body.strip() + "\n", str(path))


# A top-level ATX heading ("# Title") as the article's first line: a heading further down titles a section, and a
# '#' line inside a code block is not a heading at all.
_OPENING_HEADING = re.compile(r" {0,3}#[ \t]+(\S[^\n]*)")


def from_text(path: Path) -> Article:
    """A plain text file: its first short line is the title."""
    text = read_text(path).strip()
    first, _, rest = text.partition("\n")
    meta: dict = {}
    if first.strip() and len(first) <= 200 and rest.strip():
        meta["title"] = first.strip().lstrip("#").strip()
        text = rest.strip()
    return Article(meta, _paragraphs(text), str(path))


def _paragraphs(text: str) -> str:
    """Plain text as Markdown: keep paragraphs, and escape what Markdown would read as syntax at a line start."""
    lines = [re.sub(r"^(\s*)([#>*+=-]|\d+[.)])(?=\s)", r"\1\\\2", line) for line in text.split("\n")]
    return "\n".join(lines).strip() + "\n"


def read_article(location: str, limits: Limits | None = None) -> Article:
    """Read a URL, an HTML, Markdown or text file into an Article, within ``limits`` of time and size."""
    limits = limits or Limits()
    if is_url(location):
        return bounded(_fetch_and_read, location, limits, origin=location, limits=limits)
    path = Path(location)
    if not path.is_file():
        raise ContentError.at(
            location, None, "no such file", "give the path of a saved .html, .md or .txt file, or an http(s) URL"
        )
    if path.stat().st_size > limits.max_bytes:
        raise too_large(str(path), limits)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return bounded(_read_html_file, path, origin=str(path), limits=limits)
    if suffix in (".md", ".markdown"):
        return from_markdown(path)
    return from_text(path)


def _fetch_and_read(url: str, limits: Limits, doing: Callable[[str], None]) -> Article:
    """Download, then read: run in the bounded child (see ``fetch.bounded``)."""
    doing("downloading the page")
    page = download(url, limits, time.monotonic() + limits.timeout)
    doing("reading the page")
    return from_html(page.data, url, fetched_url=page.url, charset=page.charset)


def _read_html_file(path: Path, doing: Callable[[str], None]) -> Article:
    return from_html(path.read_bytes(), str(path))
