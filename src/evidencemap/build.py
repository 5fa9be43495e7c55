"""The whole pipeline: load -> extract -> review -> link -> render -> write.

Gather everything first, then write (as MkDocs does): nothing touches the
output folder until every page has rendered, so a failing build changes
nothing on disk.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from evidencemap.errors import ContentError, Problem, Severity
from evidencemap.extract import Extraction, extract
from evidencemap.graph import EvidenceGraph, link
from evidencemap.load import Corpus, load_content
from evidencemap.render import render
from evidencemap.review import apply_reviews, load_reviews
from evidencemap.write import check_output_dir, write_site


@dataclass
class MapResult:
    """Everything the pipeline produced before writing."""

    corpus: Corpus
    extractions: list[Extraction]
    graph: EvidenceGraph
    warnings: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did, for the closing summary."""

    output: Path
    sources: int
    claims: int
    files: int
    pages: int
    contradictions: int
    seconds: float
    warnings: tuple[Problem, ...]


def make_map(content_dir: Path, base_url: str | None = None) -> MapResult:
    """Load, extract, review and link a content folder (no output written)."""
    corpus = load_content(content_dir, base_url)
    extractions = [extract(document, corpus.lexicon) for document in corpus.documents]
    claims = [claim for ex in extractions for claim in ex.claims]
    citations = [citation for ex in extractions for citation in ex.citations]
    reviews = load_reviews(content_dir)
    documents = {d.source.id: d for d in corpus.documents}
    claims, problems = apply_reviews(claims, reviews, documents, corpus.lexicon)
    errors = [p for p in problems if p.severity == Severity.ERROR]
    if errors:
        raise ContentError(errors)
    warnings = [p for p in problems if p.severity == Severity.WARNING]
    graph = link(corpus.config.title, [d.source for d in corpus.documents], corpus.lexicon, claims, citations)
    return MapResult(corpus, extractions, graph, warnings)


def build(content_dir: Path, out_dir: Path, base_url: str | None = None) -> BuildReport:
    """Build the site from ``content_dir`` into ``out_dir``."""
    started = time.perf_counter()
    check_output_dir(out_dir, content_dir)  # fail before doing the work, not after
    result = make_map(content_dir, base_url)
    documents = {d.source.id: d for d in result.corpus.documents}
    files = render(result.graph, result.corpus.config, documents)
    written = write_site(files, out_dir, content_dir)
    data = result.graph.dataset
    return BuildReport(
        output=written, sources=len(data.sources), claims=len(data.claims), files=len(files),
        pages=sum(1 for name in files if name.endswith(".html")), contradictions=len(data.contradictions),
        seconds=time.perf_counter() - started, warnings=tuple(result.warnings),
    )
