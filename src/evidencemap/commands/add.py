"""``evidencemap add``: bring an article into ``content/sources/`` as Markdown with front matter.

A user finds an article as a web page, a saved HTML file, a Markdown or a text
file. Whatever the form, it lands as ``content/sources/<slug>.md`` with the
front matter filled from what the page itself says (title, author, publisher,
date, URL) and the kind of publisher inferred with its reason, so the user only
corrects what is wrong. Main text is taken out of HTML with trafilatura, which
is built and maintained for exactly that (boilerplate, navigation and scripts
removed; headings and lists kept as Markdown).

Nothing is lost or half-written: the new file is validated before it is moved
into place, the move is atomic, and an existing source is only replaced when
the user says ``--force``.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import yaml

from evidencemap.content.lexicon import Lexicon, load_lexicon
from evidencemap.content.load import SOURCES_DIR, load_document, read_text, split_front_matter
from evidencemap.content.yamlfile import parse_yaml
from evidencemap.errors import ContentError, Problem
from evidencemap.extract import Extraction, extract
from evidencemap.model import SourceMeta, slugify

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Front matter keys in the order a reader expects them.
FIELD_ORDER = (
    "id",
    "title",
    "kind",
    "kind_reason",
    "author",
    "authors",
    "publisher",
    "published",
    "updated",
    "url",
    "sells",
    "disclosure",
    "year",
    "venue",
    "doi",
    "pmid",
    "design",
    "population",
    "sample_size",
)


@dataclass(frozen=True, slots=True)
class Article:
    """An article read from somewhere, before it becomes a source file."""

    meta: dict
    body: str
    origin: str  # where it came from, for messages


@dataclass(frozen=True, slots=True)
class Added:
    """What ``add`` wrote, and what the extractor found in it."""

    path: Path
    replaced: bool
    extraction: Extraction


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
            "save the article's own page (not a listing or a login page), or copy its text into a .md file and add that",
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


def compose(meta: dict, body: str) -> str:
    """The text of a source file: ordered front matter, then the body with a title heading."""
    ordered = {key: meta[key] for key in FIELD_ORDER if meta.get(key) not in (None, "", [])}
    ordered.update({key: value for key, value in meta.items() if key not in ordered and value not in (None, "", [])})
    # Block style, one field a line, as a curator writes it by hand (PyYAML's default puts a mapping of plain values
    # on one "{title: ..., kind: ...}" line).
    front = yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    if not body.lstrip().startswith("#") and meta.get("title"):
        body = f"# {meta['title']}\n\n{body}"
    return f"---\n{front}---\n\n{body}"


def _with_kind(meta: dict, body: str) -> dict:
    """Fill ``kind`` and ``kind_reason`` by inference when the article does not say."""
    if meta.get("kind"):
        return meta
    from evidencemap.content.source_kind import infer_kind

    probe = SourceMeta.model_validate(
        {k: v for k, v in meta.items() if k in SourceMeta.model_fields and k not in ("kind", "kind_reason")}
    )
    kind, reason = infer_kind(probe, body)
    return {**meta, "kind": kind.value, "kind_reason": f"inferred: {reason}"}


def _short_slug(title: str, limit: int = 60) -> str:
    """A file name from a title, cut at a word boundary rather than mid-word."""
    full = slugify(title, max_length=200)
    if len(full) <= limit:
        return full
    cut = full[: limit + 1].rsplit("-", 1)[0]
    return cut or full[:limit]


def add_source(
    location: str,
    content_dir: Path,
    overrides: dict | None = None,
    slug: str | None = None,
    force: bool = False,
    lexicon: Lexicon | None = None,
) -> Added:
    """Import ``location`` into ``content_dir/sources``; validate, then move into place atomically."""
    article = read_article(location)
    meta = {**article.meta, **{k: v for k, v in (overrides or {}).items() if v not in (None, "", [])}}
    if not meta.get("title"):
        meta["title"] = Path(urlparse(location).path).stem.replace("-", " ").replace("_", " ").strip() or "Untitled"
    meta = _with_kind(meta, article.body)
    name = slug or meta.get("id") or _short_slug(str(meta["title"]))
    if meta.get("id") and meta["id"] != name:
        meta["id"] = name
    sources = content_dir / SOURCES_DIR
    target = sources / f"{name}.md"
    replaced = target.exists()
    if replaced and not force:
        raise ContentError.at(
            target,
            None,
            "a source with this name already exists",
            "pass --force to replace it, or --id to give the new source another name",
        )
    text = compose(meta, article.body)
    lexicon = lexicon if lexicon is not None else load_lexicon(content_dir)
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / SOURCES_DIR / target.name
        trial.parent.mkdir()
        trial.write_text(text, encoding="utf-8")
        try:
            document = load_document(trial, Path(scratch))
        except ContentError as exc:  # say which input was wrong, not our scratch file
            raise ContentError(
                [
                    Problem(article.origin, None, p.message, p.hint or "fix it with the matching option of 'add'")
                    for p in exc.problems
                ]
            ) from None
        extraction = extract(document, lexicon)
    sources.mkdir(parents=True, exist_ok=True)
    _place(text, target, force)
    return Added(target, replaced, extraction)


def _place(text: str, target: Path, force: bool) -> None:
    """Write ``target`` whole or not at all: a temporary file, then a rename (or a link when it must not exist)."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".add-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            os.replace(temp, target)
        else:
            try:
                os.link(temp, target)  # fails if someone made the file meanwhile: never overwrite unasked
            except FileExistsError:
                raise ContentError.at(
                    target, None, "a source with this name already exists", "pass --force to replace it"
                ) from None
    finally:
        Path(temp).unlink(missing_ok=True)
