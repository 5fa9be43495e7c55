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
from pydantic import ValidationError

from evidencemap.commands.article import Article, read_article
from evidencemap.commands.failure import EXIT_USAGE, CommandError
from evidencemap.commands.fetch import Limits
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
    "retrieved_from",
    "retrieved",
    "claimed_url",
    "claimed_site_name",
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
    notes: tuple[str, ...] = ()  # what the user should check, e.g. a charset the page's bytes contradict


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
    )  # already validated by _checked_meta
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
    limits: Limits | None = None,
) -> Added:
    """Import ``location`` into ``content_dir/sources``; validate, then move into place atomically.

    Reading the article is bounded by ``limits`` (time and size), the download and the parsing alike."""
    article = read_article(location, limits)
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
    return Added(target, replaced, extraction, article.notes)


def _front_matter(article: Article, location: str, overrides: dict, slug: str | None) -> tuple[dict, str]:
    """The article's own metadata, overridden by the user's options, with a title and a kind; and the new
    source's name (its id, if the front matter gives one)."""
    meta = {**article.meta, **{k: v for k, v in overrides.items() if v not in (None, "", [])}}
    if not meta.get("title"):
        meta["title"] = Path(urlparse(location).path).stem.replace("-", " ").replace("_", " ").strip() or "Untitled"
    _checked_meta(meta, article.origin)
    meta = _with_kind(meta, article.body)
    name = slug or meta.get("id") or _short_slug(str(meta["title"]))
    if meta.get("id") and meta["id"] != name:
        meta["id"] = name
    return meta, name


# The option of 'add' that sets each front matter field, for hints that say how to correct the page's own value.
_OPTION_OF = {
    "id": "--id",
    "title": "--title",
    "kind": "--kind",
    "author": "--author",
    "publisher": "--publisher",
    "published": "--published",
    "url": "--url",
    "sells": "--sells",
}


def _errors(meta: dict) -> list[tuple[str, str, str]]:
    """(field, message, hint) for each value of ``meta`` that a source's front matter cannot hold."""
    known = {k: v for k, v in meta.items() if k in SourceMeta.model_fields}
    try:
        SourceMeta.model_validate({"title": "placeholder", **known})
    except ValidationError as exc:
        return [(str(e["loc"][0]), _message(e), _hint_for(e)) for e in exc.errors() if e["loc"]]
    return []


def _message(error: dict) -> str:
    if error["type"] == "string_pattern_mismatch":
        return "not a slug" if error["loc"][0] == "id" else "not a concept id"
    if error["type"] == "string_too_long":
        return f"{len(str(error['input']))} characters, over the limit of {error['ctx']['max_length']}"
    return error["msg"]


def _hint_for(error: dict) -> str:
    """What to write instead, for the errors a front matter value taken from a page or an option can have."""
    ctx = error.get("ctx") or {}
    if error["type"] == "string_pattern_mismatch":
        return f"ids are slugs (lowercase letters, digits and hyphens), e.g. {slugify(str(error['input']))!r}"
    if error["type"] == "string_too_long":
        return f"shorten it to at most {ctx.get('max_length')} characters"
    if error["type"] == "enum" and "expected" in ctx:
        return f"use one of {ctx['expected']}"
    return ""


def _checked_meta(meta: dict, origin: str) -> None:
    """Refuse front matter the article itself gives wrong (a title over 500 characters), naming the article and the
    option that sets the field instead."""
    problems = []
    for field, message, hint in _errors(meta):
        option = _OPTION_OF.get(field)
        fix = f"give it with {option}" if option else "correct it in the file, then add it again"
        problems.append(
            Problem(origin, None, f"the article's {field}: {message}", f"{hint + '; ' if hint else ''}{fix}")
        )
    if problems:
        raise ContentError(problems)


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
    """The front matter the user's options set: ``fields`` as given, ``sells`` split at commas into concept ids.

    A value no source could hold (a title over 500 characters, a concept id with spaces) is a usage error naming
    the option, before anything is read."""
    overrides = {**fields, "sells": [s.strip() for s in sells.split(",") if s.strip()] if sells else None}
    given = {k: v for k, v in overrides.items() if v not in (None, "", [])}
    for field, message, hint in _errors(given):
        option = _OPTION_OF.get(field, f"--{field}")
        value = sells if field == "sells" else given[field]
        shown = value if len(str(value)) <= 60 else f"{str(value)[:57]}..."
        raise CommandError(
            f"{option} {shown!r}: {message}" + (f"\n    hint: {hint}" if hint else ""), exit_code=EXIT_USAGE
        )
    return overrides


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


def provenance_lines(source: SourceMeta) -> list[str]:
    """Where the article was fetched from, and apart from it what the page says of itself, so that a page naming
    another site as its own is seen for what it is."""
    lines = []
    if source.retrieved_from:
        lines.append(f"  retrieved from {source.retrieved_from} on {source.retrieved}")
    said = [f"its site is {source.claimed_site_name!r}"] if source.claimed_site_name else []
    said += [f"its address is {source.claimed_url}"] if source.claimed_url else []
    if said:
        lines.append(
            f"  the page says {' and '.join(said)}: kept as its own claim (claimed_site_name, claimed_url), not "
            "checked; set --publisher or --url if you know it to be so"
        )
    return lines


def added_lines(added: Added) -> list[str]:
    """What ``add`` tells the user: the file, the kind and why, what was found, and what to do next."""
    source = added.extraction.source
    lines = [
        f"{'Replaced' if added.replaced else 'Added'} {added.path}",
        f"  kind: {source.kind.value} ({source.kind_reason or 'as given'})",
        *provenance_lines(source),
        f"  found {claims_summary(added.extraction.claims)}",
        *(f"  warning: {note}" for note in added.notes),
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
