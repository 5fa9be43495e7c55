"""Read an article for ``evidencemap add``: a web page, a saved HTML file, a Markdown or a text file.

Whatever the form, the result is the same: the article's main text as Markdown, and what the page itself says
about it (title, author, publisher, date, URL). Main text is taken out of HTML with trafilatura, which is built and
maintained for exactly that (boilerplate, navigation and scripts removed; headings and lists kept as Markdown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

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


def is_url(location: str) -> bool:
    return urlparse(location).scheme in ("http", "https")


def fetch(url: str) -> bytes:
    """Download a page (the only network access evidencemap ever makes, and only when asked)."""
    import trafilatura

    response = trafilatura.fetch_response(url, decode=False)
    if response is None or response.status != 200 or not response.data:
        status = getattr(response, "status", None)
        raise ContentError.at(
            url,
            None,
            f"could not download the page{f' (HTTP {status})' if status else ''}",
            "check the address and that you are online; or save the page from your browser and add the saved file",
        )
    return response.data


def from_html(html: bytes | str, origin: str, url: str | None = None) -> Article:
    """Main text and metadata of an HTML page."""
    import trafilatura

    text = trafilatura.extract(
        html,
        output_format="markdown",
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        favor_recall=True,
        url=url,
    )
    if not text or not text.strip():
        raise ContentError.at(
            origin,
            None,
            "no article text found in the page",
            "save the article's own page (not a listing or a login page), "
            "or copy its text into a .md file and add that",
        )
    found = trafilatura.extract_metadata(html, default_url=url)
    meta: dict = {}
    if found is not None:
        for key, value in (
            ("title", found.title),
            ("author", found.author),
            ("publisher", found.sitename),
            ("published", found.date),
            ("url", found.url or url),
        ):
            if value and str(value).strip():
                meta[key] = str(value).strip()
    if url and "url" not in meta:
        meta["url"] = url
    if "publisher" not in meta and meta.get("url"):
        meta["publisher"] = urlparse(meta["url"]).hostname or ""
    return Article(meta, text.strip() + "\n", origin)


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


def read_article(location: str) -> Article:
    """Read a URL, an HTML, Markdown or text file into an Article."""
    if is_url(location):
        return from_html(fetch(location), location, url=location)
    path = Path(location)
    if not path.is_file():
        raise ContentError.at(
            location, None, "no such file", "give the path of a saved .html, .md or .txt file, or an http(s) URL"
        )
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        size = path.stat().st_size
        if size > 64 * 1024 * 1024:
            raise ContentError.at(path, None, "the page is over 64 MiB", "save only the article page")
        return from_html(path.read_bytes(), str(path))
    if suffix in (".md", ".markdown"):
        return from_markdown(path)
    return from_text(path)
