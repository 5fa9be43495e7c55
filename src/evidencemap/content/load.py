"""Stage 1, load: read ``content/`` into validated, typed records.

This is the only stage that reads content files. It validates front matter,
parses Markdown (raw HTML off: article text is untrusted) into blocks that keep
their file lines, and reports every problem with its file and line. Nothing
here writes anywhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from evidencemap.content.config import SiteConfig, load_config
from evidencemap.content.document import Block, BlockKind, Document
from evidencemap.content.lexicon import Lexicon, load_lexicon
from evidencemap.content.source_kind import funding_statement, identifiers, infer_kind, selling_signs
from evidencemap.content.study import appraise
from evidencemap.content.textfile import check_name, read_text
from evidencemap.content.yamlfile import LineDict, parse_yaml, validate
from evidencemap.errors import ContentError, Problem
from evidencemap.model import Source, SourceKind, SourceMeta, slugify
from evidencemap.safepath import reserved_name_problem

SOURCES_DIR = "sources"
SOURCE_SUFFIXES = (".md", ".markdown", ".txt")


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything ``content/`` holds, validated."""

    root: Path
    config: SiteConfig
    lexicon: Lexicon
    documents: tuple[Document, ...]


def markdown_parser() -> MarkdownIt:
    """CommonMark with raw HTML disabled and tables on; shared by load and render."""
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def source_files(content_dir: Path) -> list[Path]:
    """Source files in a stable order (by name), whatever the order on disk.

    Raises ContentError if a file name is not text (bytes that are not UTF-8).
    """
    folder = content_dir / SOURCES_DIR
    if not folder.is_dir():
        return []
    files = [
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in SOURCE_SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    problems: list[Problem] = []
    for path in files:
        try:
            check_name(path)
        except ContentError as exc:
            problems.extend(exc.problems)
    if problems:  # before anything hashes, caches or prints these names
        raise ContentError(problems)
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def load_settings(
    content_dir: Path, base_url: str | None = None
) -> tuple[SiteConfig | None, Lexicon | None, list[Problem]]:
    """The map's config and lexicon, with the problems found in either (not raised)."""
    content_dir = Path(content_dir)
    if not content_dir.is_dir():
        raise ContentError.at(
            content_dir,
            None,
            "the content folder does not exist",
            "run the command from your map's folder, or pass --content PATH; 'evidencemap new DIR' makes a new map",
        )
    problems: list[Problem] = []
    config: SiteConfig | None = None
    lexicon: Lexicon | None = None
    try:
        config = load_config(content_dir, base_url)
    except ContentError as exc:
        problems.extend(exc.problems)
    try:
        lexicon = load_lexicon(content_dir)
    except ContentError as exc:
        problems.extend(exc.problems)
    return config, lexicon, problems


def check_documents(
    documents: list[Document], lexicon: Lexicon | None, content_dir: Path
) -> tuple[list[Document], list[Problem]]:
    """Drop sources whose id is taken (reporting it) and check what each source sells exists."""
    problems: list[Problem] = []
    kept: list[Document] = []
    seen_ids: dict[str, str] = {}
    for document in documents:
        sid = document.source.id
        path = content_dir / document.source.path
        if sid in seen_ids:
            problems.append(
                Problem(
                    str(path),
                    document.meta_line("id"),
                    f"source id {sid!r} is already used by {seen_ids[sid]}",
                    "give each source a unique 'id' in its front matter",
                )
            )
            continue
        seen_ids[sid] = str(path)
        kept.append(document)
    if lexicon is not None:
        for document in kept:
            for concept_id in document.source.sells:
                if concept_id not in lexicon.concepts:
                    problems.append(
                        Problem(
                            str(content_dir / document.source.path),
                            document.meta_line("sells"),
                            f"sells {concept_id!r}, which is not a concept in the lexicon",
                            "add it to content/lexicon.yaml (kind: product or intervention) or fix the id",
                        )
                    )
    kept.sort(key=lambda d: d.source.id)
    return kept, problems


def load_content(content_dir: Path, base_url: str | None = None) -> Corpus:
    """Load and validate a whole content folder; raise ContentError listing every problem."""
    content_dir = Path(content_dir)
    config, lexicon, problems = load_settings(content_dir, base_url)
    documents: list[Document] = []
    parser = markdown_parser()
    for path in source_files(content_dir):
        try:
            documents.append(load_document(path, content_dir, parser))
        except ContentError as exc:
            problems.extend(exc.problems)
    documents, more = check_documents(documents, lexicon, content_dir)
    problems.extend(more)
    if problems:
        raise ContentError(problems)
    assert config is not None and lexicon is not None
    return Corpus(content_dir, config, lexicon, tuple(documents))


def split_front_matter(text: str, path: Path) -> tuple[str | None, str, int]:
    """Return (front matter, body, first body line). Front matter sits between '---' lines."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    raise ContentError.at(
        path, 1, "front matter starts with '---' but never ends", "close it with a line holding only '---'"
    )


def load_document(
    path: Path, content_dir: Path, parser: MarkdownIt | None = None, raw: bytes | None = None
) -> Document:
    """Read one source file into a Document (from ``raw``, its bytes as already read, when given)."""
    text = read_text(path, root=content_dir, raw=raw)
    relative = path.relative_to(content_dir).as_posix() if path.is_relative_to(content_dir) else path.name
    front, body, body_line = split_front_matter(text, path)
    data = parse_yaml(front, path, first_line=2) if front is not None else None
    if data is None:
        data = LineDict()
        data.key_lines = {}
    if not isinstance(data, dict):
        raise ContentError.at(
            path, 2, "front matter must be a mapping of 'key: value' lines", "see the README for the fields of a source"
        )
    if "title" not in data:
        data = LineDict(data) if not isinstance(data, LineDict) else data
        title = _first_heading(body) or path.stem.replace("-", " ").replace("_", " ")
        data["title"] = title
        data.key_lines = {**getattr(data, "key_lines", {}), "title": 1}
    meta = validate(SourceMeta, data, path, "front matter")
    assert isinstance(meta, SourceMeta)
    blocks = parse_blocks(body, body_line, parser or markdown_parser())
    body_text = "\n\n".join(b.text for b in blocks)
    stated = {key: value for key, value in identifiers(body).items() if getattr(meta, key) is None}
    if stated:  # a DOI or PMID line in the text: the front matter did not give it, the text does
        meta = meta.model_copy(update=stated)
    kind, reason = (meta.kind, meta.kind_reason) if meta.kind is not None else infer_kind(meta, body_text)
    study: dict[str, object] = {}
    if kind == SourceKind.RESEARCH:  # design detected from the abstract when front matter lacks it
        design, appraisal = appraise(meta, blocks)
        study = {"design": design, "appraisal": appraisal, "funding": funding_statement([b.text for b in blocks])}
    else:
        study = {"selling_signs": selling_signs(body_text)}
    source = Source.model_validate(
        {
            **meta.model_dump(),
            "id": meta.id or slugify(path.stem),
            "kind": kind,
            "kind_reason": reason,
            "path": relative,
            **study,
        }
    )
    key_lines = getattr(data, "key_lines", {})
    reserved = reserved_name_problem(source.id)
    if reserved:
        where = key_lines.get("id", 1) if meta.id else 1
        raise ContentError.at(
            path,
            where,
            f"source id {source.id!r} {reserved}",
            "set another 'id' in the front matter, or rename the file",
        )
    meta_lines = tuple((k, v) for k, v in key_lines.items() if isinstance(k, str))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        source=source, blocks=tuple(blocks), content_hash=digest, body_line=body_line, meta_lines=meta_lines
    )


def _first_heading(body: str) -> str | None:
    """The text of the first Markdown heading, used as a title fallback."""
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped.startswith("#"):
            return stripped.lstrip("#").strip() or None
    return None


def parse_blocks(body: str, first_line: int, parser: MarkdownIt) -> list[Block]:
    """Parse Markdown into text blocks that remember headings, lists and lines."""
    tokens = parser.parse(body)
    blocks: list[Block] = []
    heading: int | None = None
    list_stack: list[tuple[int, bool, int | None]] = []  # (list id, ordered, lead-in block)
    quote_depth = 0
    next_list_id = 0
    pending_kind: BlockKind | None = None
    level = 0
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lead_in = blocks[-1].index if blocks and blocks[-1].kind == BlockKind.PARAGRAPH else None
            list_stack.append((next_list_id, kind == "ordered_list_open", lead_in))
            next_list_id += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "heading_open":
            pending_kind, level = BlockKind.HEADING, int(token.tag[1:])
        elif kind == "paragraph_open":
            if list_stack:
                pending_kind, level = BlockKind.LIST_ITEM, len(list_stack)
            else:
                pending_kind, level = (BlockKind.QUOTE if quote_depth else BlockKind.PARAGRAPH), 0
        elif kind in ("fence", "code_block"):
            line = first_line + (token.map[0] if token.map else 0)
            text = token.content.rstrip("\n")
            if text.strip():
                blocks.append(Block(len(blocks), BlockKind.CODE, text, line, heading=heading))
        elif kind == "inline" and pending_kind is not None:
            start_line = first_line + (token.map[0] if token.map else 0)
            text, offsets, links = inline_text(token, start_line)
            if text.strip():
                list_id, ordered, lead_in = (
                    list_stack[-1] if (list_stack and pending_kind == BlockKind.LIST_ITEM) else (None, False, None)
                )
                block = Block(
                    index=len(blocks),
                    kind=pending_kind,
                    text=text,
                    line=start_line,
                    level=level,
                    heading=heading if pending_kind != BlockKind.HEADING else _parent_heading(blocks, heading, level),
                    lead_in=lead_in,
                    list_id=list_id,
                    ordered=ordered,
                    line_offsets=offsets,
                    links=links,
                )
                blocks.append(block)
                if pending_kind == BlockKind.HEADING:
                    heading = block.index
            pending_kind = None
    return blocks


def _parent_heading(blocks: list[Block], current: int | None, level: int) -> int | None:
    """The heading a new heading of ``level`` sits under."""
    while current is not None and blocks[current].level >= level:
        current = blocks[current].heading
    return current


def inline_text(
    token: Token, start_line: int
) -> tuple[str, tuple[tuple[int, int], ...], tuple[tuple[int, int, str], ...]]:
    """Plain text of an inline token, with the offsets where each source line starts, and its links as
    (start, end, href): a link's target is not in the text a reader sees, yet it is what the sentence points to."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = [(0, start_line)]
    links: list[tuple[int, int, str]] = []
    open_links: list[tuple[int, str]] = []
    line = start_line
    length = 0
    for child in token.children or []:
        if child.type == "link_open":
            open_links.append((length, str(child.attrs.get("href", ""))))
        elif child.type == "link_close" and open_links:
            start, href = open_links.pop()
            if href:
                links.append((start, length, href))
        elif child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
            length += len(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
            length += 1
            line += 1
            offsets.append((length, line))
        elif child.type == "image":
            alt = child.content or ""
            parts.append(alt)
            length += len(alt)
    return "".join(parts), tuple(offsets), tuple(links)
