"""``evidencemap add``: bring an article into ``content/sources/`` as Markdown with front matter.

A user finds an article as a web page, a saved HTML file, a Markdown or a text
file (read by ``article.py``). Whatever the form, it lands as
``content/sources/<slug>.md`` with the front matter filled from what the page
itself says and the kind of publisher inferred with its reason, so the user only
corrects what is wrong.

Nothing is lost or half-written: the new file is validated before it is moved
into place, the move is atomic, and an existing source is only replaced when
the user says ``--force``.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import yaml

from evidencemap.commands.article import Article, read_article
from evidencemap.commands.failure import EXIT_USAGE, CommandError
from evidencemap.content.lexicon import Lexicon, load_lexicon
from evidencemap.content.load import SOURCES_DIR, load_document
from evidencemap.errors import ContentError, Problem
from evidencemap.extract import Extraction, extract
from evidencemap.model import Claim, SourceMeta, slugify

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
class Added:
    """What ``add`` wrote, and what the extractor found in it."""

    path: Path
    replaced: bool
    extraction: Extraction


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
    meta, name = _front_matter(article, location, overrides or {}, slug)
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
    extraction = _trial(
        text, target.name, article.origin, lexicon if lexicon is not None else load_lexicon(content_dir)
    )
    sources.mkdir(parents=True, exist_ok=True)
    _place(text, target, force)
    return Added(target, replaced, extraction)


def _front_matter(article: Article, location: str, overrides: dict, slug: str | None) -> tuple[dict, str]:
    """The article's own metadata, overridden by the user's options, with a title and a kind; and the new
    source's name (its id, if the front matter gives one)."""
    meta = {**article.meta, **{k: v for k, v in overrides.items() if v not in (None, "", [])}}
    if not meta.get("title"):
        meta["title"] = Path(urlparse(location).path).stem.replace("-", " ").replace("_", " ").strip() or "Untitled"
    meta = _with_kind(meta, article.body)
    name = slug or meta.get("id") or _short_slug(str(meta["title"]))
    if meta.get("id") and meta["id"] != name:
        meta["id"] = name
    return meta, name


def _trial(text: str, name: str, origin: str, lexicon: Lexicon) -> Extraction:
    """Load and extract the new source from a scratch folder, before anything is written to the map."""
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / SOURCES_DIR / name
        trial.parent.mkdir()
        trial.write_text(text, encoding="utf-8")
        try:
            document = load_document(trial, Path(scratch))
        except ContentError as exc:  # say which input was wrong, not our scratch file
            raise ContentError(
                [
                    Problem(origin, None, p.message, p.hint or "fix it with the matching option of 'add'")
                    for p in exc.problems
                ]
            ) from None
        return extract(document, lexicon)


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


def checked_slug(slug: str | None) -> str | None:
    """The ``--id`` option as given, if it is a slug; else a usage error that suggests one."""
    if slug is not None and slugify(slug) != slug:
        raise CommandError(
            f"--id {slug!r} must be a slug (a-z, 0-9 and hyphens), e.g. {slugify(slug)!r}", exit_code=EXIT_USAGE
        )
    return slug


def option_overrides(sells: str | None, **fields: str | None) -> dict:
    """The front matter the user's options set: ``fields`` as given, ``sells`` split at commas into concept ids."""
    return {**fields, "sells": [s.strip() for s in sells.split(",") if s.strip()] if sells else None}


def claims_summary(claims: tuple[Claim, ...]) -> str:
    """'7 claims (4 cause, 2 intervention; evidence: marketing 3, assertion 4)' for terminal summaries."""
    if not claims:
        return "no claims"
    kinds: Counter[str] = Counter()
    for claim in claims:
        kinds["intervention" if claim.intervention else "cause" if claim.cause else "association"] += 1
        if claim.mechanism:
            kinds["with mechanism"] += 1
    evidence = Counter(claim.evidence.value for claim in claims)
    interest = sum(1 for claim in claims if claim.commercial_interest)
    parts = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    ev = ", ".join(f"{k} {n}" for k, n in sorted(evidence.items(), key=lambda kv: (-kv[1], kv[0])))
    noun = "claim" if len(claims) == 1 else "claims"
    return f"{len(claims)} {noun} ({parts}; evidence: {ev}; {interest} where the publisher sells the remedy)"


def added_lines(added: Added) -> list[str]:
    """What ``add`` tells the user: the file, the kind and why, what was found, and what to do next."""
    source = added.extraction.source
    lines = [
        f"{'Replaced' if added.replaced else 'Added'} {added.path}",
        f"  kind: {source.kind.value} ({source.kind_reason or 'as given'})",
        f"  found {claims_summary(added.extraction.claims)}",
    ]
    if added.extraction.unresolved:
        lines.append(
            f"  {len(added.extraction.unresolved)} sentence(s) read like claims about concepts the lexicon does not "
            "know: 'evidencemap check' lists them"
        )
    if source.kind.value == "vendor" and not source.sells:
        lines.append(
            "  tip: say what the publisher sells (--sells or 'sells:' in the front matter) so its claims about those "
            "show the interest"
        )
    lines.append(
        f"Next: check the front matter in {added.path}, then 'evidencemap review {source.id}' to curate the claims, "
        "and 'evidencemap build'."
    )
    return lines
