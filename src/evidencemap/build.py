"""The whole pipeline, gathered in order: load -> extract -> provisional concepts -> validate -> review -> link ->
render -> write.

Each step takes what the one before produced and nothing flows back: the
lexicon grows by the provisional concepts extraction found before anything is
validated against it, and every verb that reads a map (``build``, ``check``,
``eval``, ``extract``) goes through ``load_map`` or ``load_source``, so they
accept and refuse the same maps.

Gather everything first, then write (as MkDocs does): nothing touches the
output folder until every page has rendered, so a failing build changes
nothing on disk. Incremental by construction rather than by bookkeeping: the
keys of ``incremental/keys.py`` say what every result depends on, unchanged
sources come from the cache, unchanged files are linked from the previous
site, and a build whose inputs are all unchanged stops after hashing them.
Every path yields the same bytes as a clean build.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from evidencemap.content.config import SiteConfig
from evidencemap.content.document import Document
from evidencemap.content.lexicon import Lexicon, load_lexicon
from evidencemap.content.load import Corpus, check_documents, load_document, load_settings, source_files
from evidencemap.errors import ContentError, Problem, Severity
from evidencemap.extract import Extraction, extract
from evidencemap.extract.provisional import with_provisional
from evidencemap.incremental.batch import Progress, default_jobs, load_and_extract
from evidencemap.incremental.cache import BuildCache, default_cache_dir
from evidencemap.incremental.keys import SourceKeys, build_key, document_keys, global_key, map_key, source_keys
from evidencemap.incremental.manifest import Manifest, Summary, read_manifest, write_manifest
from evidencemap.incremental.memory import Sharer, collector_spares
from evidencemap.incremental.pages import Rendered, render_and_write
from evidencemap.link.graph import EvidenceGraph, link
from evidencemap.review.reviews import LoadedReview, apply_reviews, load_reviews
from evidencemap.write import check_output_dir

Stage = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build, beyond what to build."""

    base_url: str | None = None
    cache_dir: Path | None = None  # None: the default beside the content folder
    use_cache: bool = True
    read_cache: bool = True  # False: ignore what the cache holds, store fresh results (repairs it)
    jobs: int | None = None  # None: every core
    progress: Progress | None = None
    stage: Stage | None = None  # told the name of each stage as it starts


@dataclass
class LoadedMap:
    """A content folder read, extracted and validated: what every verb that reads a map starts from."""

    corpus: Corpus  # the config, the lexicon with the map's provisional concepts, the documents in file order
    extractions: list[Extraction]  # one per document, in the same order
    reviews: list[LoadedReview] = field(default_factory=list)
    reused: int = 0  # sources whose extraction came from the cache
    extracted: int = 0  # sources extracted now
    sources: SourceKeys | None = None  # the key of the bytes each source was read from
    changed: tuple[Path, ...] = ()  # source files saved again while this build read them


@dataclass(frozen=True, slots=True)
class LoadedSource:
    """One article read, extracted and validated against a map's settings (``evidencemap extract``)."""

    document: Document
    extraction: Extraction
    lexicon: Lexicon


@dataclass
class MapResult:
    """Everything the pipeline produced before writing."""

    corpus: Corpus
    extractions: list[Extraction]
    graph: EvidenceGraph
    warnings: list[Problem] = field(default_factory=list)
    reused: int = 0
    extracted: int = 0
    sources: SourceKeys | None = None
    changed: tuple[Path, ...] = ()


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
    reused: int = 0  # sources whose extraction came from the cache
    extracted: int = 0  # sources extracted in this build
    written: int = 0  # output files written (the rest were unchanged)
    up_to_date: bool = False  # nothing changed since the last build: nothing was done
    pages_reused: int = 0  # pages whose fingerprint was unchanged: taken from the previous build, not rendered


def _settings(content_dir: Path, base_url: str | None) -> tuple[SiteConfig, Lexicon]:
    config, lexicon, problems = load_settings(content_dir, base_url)
    if problems:
        raise ContentError(problems)
    assert config is not None and lexicon is not None
    return config, lexicon


def _cache_for(content_dir: Path, options: BuildOptions) -> BuildCache:
    if not options.use_cache:
        return BuildCache(None)
    return BuildCache(options.cache_dir or default_cache_dir(content_dir), read=options.read_cache)


def _announce(options: BuildOptions, stage: str) -> None:
    if options.stage:
        options.stage(stage)


def _reviews(content_dir: Path) -> tuple[list[LoadedReview], list[Problem]]:
    """The map's review files, read with everything else; their problems are reported with the sources'."""
    try:
        return load_reviews(content_dir), []
    except ContentError as exc:
        return [], list(exc.problems)


def load_map(
    content_dir: Path,
    options: BuildOptions | None = None,
    settings: tuple[SiteConfig, Lexicon] | None = None,
    sources: SourceKeys | None = None,
    cache: BuildCache | None = None,
    sharer: Sharer | None = None,
) -> LoadedMap:
    """Load everything, extract (from the cache where unchanged), add provisional concepts, validate.

    Raises ``ContentError`` with every problem found, in the sources and the review files alike."""
    options = options or BuildOptions(use_cache=False)
    content_dir = Path(content_dir)
    config, lexicon = settings or _settings(content_dir, options.base_url)
    sources = sources or source_keys(source_files(content_dir), content_dir, lexicon)
    cache = cache or _cache_for(content_dir, options)
    reviews, review_problems = _reviews(content_dir)
    _announce(options, "extract")
    batch = load_and_extract(sources, content_dir, lexicon, cache, options.jobs, options.progress, sharer)
    # phrases the lexicon does not know, found in claim positions: concepts of the map, marked provisional
    lexicon = with_provisional(lexicon, [c for e in batch.extractions for c in e.provisional])
    documents, invalid = check_documents(list(batch.documents), lexicon, content_dir)
    problems = [*batch.problems, *invalid, *review_problems]
    if problems:
        raise ContentError(problems)
    by_document = {id(d): e for d, e in zip(batch.documents, batch.extractions, strict=True)}
    if cache.enabled:
        cache.prune()
    corpus = Corpus(content_dir, config, lexicon, tuple(documents))
    extractions = [by_document[id(d)] for d in documents]
    return LoadedMap(corpus, extractions, reviews, batch.reused, batch.extracted, batch.sources, batch.changed)


def load_source(path: Path, content_dir: Path) -> LoadedSource:
    """One article file, anywhere, read as a source of the map in ``content_dir`` would be: the map's settings, then
    load, extract, add provisional concepts and validate. Raises ``ContentError``."""
    content_dir = Path(content_dir)
    # without a map, an article on its own: an empty lexicon, every concept it names provisional
    lexicon = _settings(content_dir, None)[1] if content_dir.is_dir() else load_lexicon(content_dir)
    path = Path(path).resolve()
    document = load_document(path, path.parent)
    extraction = extract(document, lexicon)
    lexicon = with_provisional(lexicon, list(extraction.provisional))
    _, problems = check_documents([document], lexicon, path.parent)
    if problems:
        raise ContentError(problems)
    return LoadedSource(document, extraction, lexicon)


def make_map(
    content_dir: Path,
    base_url: str | None = None,
    options: BuildOptions | None = None,
    settings: tuple[SiteConfig, Lexicon] | None = None,
    sources: SourceKeys | None = None,
    cache: BuildCache | None = None,
) -> MapResult:
    """Load, extract, validate, review and link a content folder (no output written)."""
    options = options or BuildOptions(base_url=base_url, use_cache=False)
    if base_url is not None and options.base_url is None:
        options = replace(options, base_url=base_url)
    sharer = Sharer()
    with collector_spares(pause=True):
        loaded = load_map(content_dir, options, settings, sources, cache, sharer)
        _announce(options, "link")
        return _reviewed_and_linked(loaded, sharer)


def _reviewed_and_linked(loaded: LoadedMap, sharer: Sharer) -> MapResult:
    """Apply the curator's reviews, then link the map."""
    corpus, documents = loaded.corpus, loaded.corpus.documents
    claims = [claim for ex in loaded.extractions for claim in ex.claims]
    citations = [citation for ex in loaded.extractions for citation in ex.citations]
    by_id = {d.source.id: d for d in documents}
    claims, review_problems = apply_reviews(claims, loaded.reviews, by_id, corpus.lexicon)
    errors = [p for p in review_problems if p.severity == Severity.ERROR]
    if errors:
        raise ContentError(errors)
    warnings = [p for p in review_problems if p.severity == Severity.WARNING]
    graph = link(corpus.config.title, [d.source for d in documents], corpus.lexicon, claims, citations)
    data = graph.dataset
    # The records linking made (scored sources, assertions, research matches...) share what they repeat too.
    for records in (
        data.sources,
        data.concepts,
        data.claims,
        data.citations,
        data.assertions,
        data.contradictions,
        data.research_matches,
        data.overreach,
    ):
        sharer.records(records)
    warnings.extend(_changed_while_read(loaded.changed))
    return MapResult(
        corpus, loaded.extractions, graph, warnings, loaded.reused, loaded.extracted, loaded.sources, loaded.changed
    )


def _changed_while_read(paths: tuple[Path, ...]) -> list[Problem]:
    return [
        Problem(
            str(path),
            None,
            "the file changed while the build was reading it: the site shows the text as it was read",
            "build again (serve does so by itself) to take in the latest save",
            Severity.WARNING,
            "changed-during-build",
        )
        for path in paths
    ]


@dataclass(frozen=True, slots=True)
class _Keys:
    """The keys of one build (all "" without a cache: then nothing is reused)."""

    map: str = ""
    global_: str = ""
    build: str = ""


def _keys(content_dir: Path, target: Path, config: SiteConfig, lexicon: Lexicon, sources: SourceKeys) -> _Keys:
    whole = map_key(content_dir, config, lexicon)
    everything = global_key(whole, target, config)
    return _Keys(whole, everything, build_key(everything, sources))


def _up_to_date(target: Path, manifest: Manifest, started: float) -> BuildReport:
    """The report of a build that found nothing changed: the last build's summary."""
    summary = manifest.summary
    return BuildReport(
        output=target,
        sources=summary.sources,
        claims=summary.claims,
        files=len(manifest.files),
        pages=summary.pages,
        contradictions=summary.contradictions,
        seconds=time.perf_counter() - started,
        warnings=summary.warnings,
        reused=summary.sources,
        up_to_date=True,
    )


def build(
    content_dir: Path, out_dir: Path, base_url: str | None = None, options: BuildOptions | None = None
) -> BuildReport:
    """Build the site from ``content_dir`` into ``out_dir``."""
    started = time.perf_counter()
    options = options or BuildOptions(base_url=base_url)
    if base_url is not None:
        options = replace(options, base_url=base_url)
    content_dir = Path(content_dir)
    target = check_output_dir(out_dir, content_dir)  # fail before doing the work, not after
    _announce(options, "load")
    config, lexicon = _settings(content_dir, options.base_url)
    sources = source_keys(source_files(content_dir), content_dir, lexicon)
    cache = _cache_for(content_dir, options)
    keys = _keys(content_dir, target, config, lexicon, sources) if cache.enabled else _Keys()
    manifest = read_manifest(cache, target)
    if keys.build and manifest.build == keys.build and manifest.still_there(target):
        return _up_to_date(target, manifest, started)
    result = make_map(content_dir, options=options, settings=(config, lexicon), sources=sources, cache=cache)
    if result.changed and result.sources is not None:
        # What the site is made of is what was read: key the build, and each source page, by those bytes, so that a
        # later build of other bytes (the save after, or the text before it, restored) does the work again.
        sources = result.sources
        keys = _keys(content_dir, target, config, lexicon, sources) if cache.enabled else _Keys()
    _announce(options, "render and write")
    previous = manifest.files_for(target)
    fingerprints = manifest.fingerprints_for(keys.global_, previous)
    paths_by_id = {d.source.id: d.source.path for d in result.corpus.documents}
    with collector_spares():
        rendered = render_and_write(
            result.graph,
            config,
            {d.source.id: d for d in result.corpus.documents},
            out_dir,
            content_dir,
            previous,
            fingerprints,
            jobs=options.jobs or default_jobs(),
            document_keys=document_keys(content_dir, sources, paths_by_id),
            cache_folder=cache.folder,
            map_key=keys.map,
        )
    report = _report(result, rendered, started)
    if cache.trouble is not None:
        report = replace(report, warnings=(*report.warnings, _cache_trouble(cache)))
    if cache.enabled:
        summary = Summary(report.sources, report.claims, report.pages, report.contradictions, report.warnings)
        write_manifest(
            cache, target, Manifest(keys.build, keys.global_, str(target), rendered.files, rendered.page_keys, summary)
        )
    return report


def _report(result: MapResult, rendered: Rendered, started: float) -> BuildReport:
    """What the build did, for its closing summary and the manifest."""
    data = result.graph.dataset
    return BuildReport(
        output=rendered.output,
        sources=len(data.sources),
        claims=len(data.claims),
        files=len(rendered.files),
        pages=sum(1 for name in rendered.files if name.endswith(".html")),
        contradictions=len(data.contradictions),
        seconds=time.perf_counter() - started,
        warnings=tuple(result.warnings),
        reused=result.reused,
        extracted=result.extracted,
        written=rendered.written,
        pages_reused=rendered.pages_reused,
    )


def _cache_trouble(cache: BuildCache) -> Problem:
    """One warning for a build cache that could not be written: the site is whole, later builds only take longer."""
    error = cache.trouble
    assert error is not None
    return Problem(
        str(cache.folder),
        None,
        f"the build cache could not be written ({error.strerror or error}): the site is complete, but later builds "
        "will redo the work it would have saved",
        "free some space or make the folder writable; 'evidencemap build --no-cache' rebuilds the cache afresh",
        Severity.WARNING,
        "cache",
    )
