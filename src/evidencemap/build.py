"""The whole pipeline: load -> extract -> review -> link -> render -> write.

Gather everything first, then write (as MkDocs does): nothing touches the
output folder until every page has rendered, so a failing build changes
nothing on disk.

Incremental by construction rather than by bookkeeping: unchanged sources come
from the content-hash cache (see cache.py), unchanged output files are linked
from the previous site rather than written again, and when nothing at all has
changed since the last build into the same folder, the build stops after
hashing its inputs. Every path yields the same bytes as a clean build.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from evidencemap.content.config import SiteConfig
from evidencemap.content.lexicon import Lexicon
from evidencemap.content.load import Corpus, check_documents, load_settings, source_files
from evidencemap.errors import ContentError, Problem, Severity
from evidencemap.extract import Extraction
from evidencemap.extract.provisional import with_provisional
from evidencemap.incremental.batch import Extracted, Progress, SourceKeys, default_jobs, load_and_extract, source_keys
from evidencemap.incremental.cache import BuildCache, code_fingerprint, default_cache_dir
from evidencemap.incremental.memory import Sharer
from evidencemap.link.graph import EvidenceGraph, link
from evidencemap.render import SiteRenderer
from evidencemap.render.fragments import FragmentStore
from evidencemap.review.reviews import REVIEWS_DIR, apply_reviews, load_reviews
from evidencemap.write import MARKER, ReuseFailed, check_output_dir, unchanged_on_disk, write_site

Stage = Callable[[str], None]


@dataclass
class MapResult:
    """Everything the pipeline produced before writing."""

    corpus: Corpus
    extractions: list[Extraction]
    graph: EvidenceGraph
    warnings: list[Problem] = field(default_factory=list)
    reused: int = 0
    extracted: int = 0


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


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How to build, beyond what to build."""

    base_url: str | None = None
    cache_dir: Path | None = None  # None: the default beside the content folder
    use_cache: bool = True
    jobs: int | None = None  # None: every core
    progress: Progress | None = None
    stage: Stage | None = None  # told the name of each stage as it starts


def _settings(content_dir: Path, base_url: str | None) -> tuple[SiteConfig, Lexicon]:
    config, lexicon, problems = load_settings(content_dir, base_url)
    if problems:
        raise ContentError(problems)
    assert config is not None and lexicon is not None
    return config, lexicon


def _cache_for(content_dir: Path, options: BuildOptions) -> BuildCache:
    if not options.use_cache:
        return BuildCache(None)
    return BuildCache(options.cache_dir or default_cache_dir(content_dir))


def make_map(
    content_dir: Path,
    base_url: str | None = None,
    options: BuildOptions | None = None,
    settings: tuple[SiteConfig, Lexicon] | None = None,
    sources: SourceKeys | None = None,
    cache: BuildCache | None = None,
) -> MapResult:
    """Load, extract, review and link a content folder (no output written)."""
    options = options or BuildOptions(base_url=base_url, use_cache=False)
    content_dir = Path(content_dir)
    config, lexicon = settings or _settings(content_dir, base_url if base_url is not None else options.base_url)
    sources = sources or source_keys(source_files(content_dir), content_dir, lexicon)
    cache = cache or _cache_for(content_dir, options)
    if options.stage:
        options.stage("extract")
    sharer = Sharer()
    with _collector_spares(pause=True):
        batch = load_and_extract(sources, content_dir, lexicon, cache, options.jobs, options.progress, sharer)
        return _link_map(content_dir, config, lexicon, cache, batch, options, sharer)


def _link_map(
    content_dir: Path,
    config: SiteConfig,
    lexicon: Lexicon,
    cache: BuildCache,
    batch: Extracted,
    options: BuildOptions,
    sharer: Sharer,
) -> MapResult:
    problems = list(batch.problems)
    by_document = {id(d): e for d, e in zip(batch.documents, batch.extractions)}
    # phrases the lexicon does not know, found in claim positions: concepts of the map, marked provisional
    lexicon = with_provisional(lexicon, [c for e in batch.extractions for c in e.provisional])
    documents, more = check_documents(list(batch.documents), lexicon, content_dir)
    problems.extend(more)
    if problems:
        raise ContentError(problems)
    extractions = [by_document[id(d)] for d in documents]
    if cache.enabled:
        cache.prune()
    if options.stage:
        options.stage("link")
    corpus = Corpus(content_dir, config, lexicon, tuple(documents))
    claims = [claim for ex in extractions for claim in ex.claims]
    citations = [citation for ex in extractions for citation in ex.citations]
    reviews = load_reviews(content_dir)
    by_id = {d.source.id: d for d in documents}
    claims, review_problems = apply_reviews(claims, reviews, by_id, lexicon)
    errors = [p for p in review_problems if p.severity == Severity.ERROR]
    if errors:
        raise ContentError(errors)
    warnings = [p for p in review_problems if p.severity == Severity.WARNING]
    graph = link(config.title, [d.source for d in documents], lexicon, claims, citations)
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
    return MapResult(corpus, extractions, graph, warnings, batch.reused, batch.extracted)


@contextlib.contextmanager
def _collector_spares(pause: bool = False) -> Iterator[None]:
    """Keep the cyclic garbage collector off every object alive now (the map's records) while the block runs.

    A map of 1,000 sources is a few million objects, and each full collection
    walks all of them again, though none of them is garbage (with the collector
    off altogether, an add-one rebuild of 1,000 sources ran about 0.5 s faster
    in a noisy A/B of two runs each; the gain of this freeze alone was within
    the machine's noise). ``gc.freeze`` moves them out of the collector's sight;
    forked render workers then also leave their shared pages unwritten. Leaving
    the block gives them back, so a long-lived process (``serve``) still frees
    the cycles of old builds.

    ``pause`` also stops the collector for the block: for decoding and linking,
    which make the map's records. Those are millions of new objects that all
    live to the end of the build, with almost no cyclic garbage among them
    (1,204 objects at 10,000 sources), yet each collection of the older
    generations walked them all again: at 10,000 sources decoding and linking
    took 7.9-8.6 s with the collector on and 5.7-5.9 s paused, at the same peak
    memory (354 MiB). A full collection first (some 20 ms after the imports)
    frees what earlier builds left. Rendering keeps the collector on: pages
    leave cycles behind (the seed map built with the collector off throughout
    left 9,483 objects in cycles, nearly all from its 364 pages).
    """
    paused = pause and gc.isenabled()
    # Objects frozen already are the caller's (an application that froze its own before forking, say): unfreezing
    # at the end would release theirs with ours, so then nothing is frozen here, and their objects stay as they were.
    freezing = gc.get_freeze_count() == 0
    if paused:
        # What earlier builds left in cycles (the last map of a long-lived process, ``serve``) must be freed now: frozen
        # with the live objects, and then never collected while paused, it would stay, a map more every rebuild.
        gc.collect()
    try:
        if freezing:
            gc.freeze()
        if paused:
            gc.disable()
        yield
    finally:
        try:
            if freezing:
                gc.unfreeze()
        finally:
            if paused:
                gc.enable()


def _build_key(global_key: str, sources: SourceKeys) -> str:
    """A hash of every input of a build: equal keys mean byte-equal sites."""
    digest = hashlib.sha256(global_key.encode())
    for path, key in zip(sources.files, sources.keys):
        digest.update(f"{path}\0{key}\n".encode())
    return digest.hexdigest()


def _global_key(map_key: str, out_dir: Path, config: SiteConfig) -> str:
    """A hash of the inputs every page of the site in ``out_dir`` depends on: ``map_key``, the folder and the base URL."""
    return hashlib.sha256(f"{map_key}\0{out_dir}\0{config.base_url}".encode()).hexdigest()


def _map_key(content_dir: Path, config: SiteConfig, lexicon: Lexicon) -> str:
    """A hash of the inputs every page depends on wherever the site is written: code, theme, config (but the base
    URL), lexicon and reviews. Kept parts of pages (fragments.py) are keyed by it, so a preview and a build share them."""
    digest = hashlib.sha256()
    digest.update(code_fingerprint().encode())
    digest.update(config.model_dump_json(exclude={"base_url"}).encode())
    digest.update(lexicon.digest.encode())
    reviews = content_dir / REVIEWS_DIR
    if reviews.is_dir():
        for path in sorted(reviews.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(reviews).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _still_there(out_dir: Path, files: dict) -> bool:
    """The previous output is whole and untouched: its marker and every file it wrote, as written."""
    root = os.fspath(out_dir) + "/"  # joined as strings: this checks each of thousands of files
    return (out_dir / MARKER).is_file() and all(unchanged_on_disk(root + name, entry) for name, entry in files.items())


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
    if options.stage:
        options.stage("load")
    config, lexicon = _settings(content_dir, options.base_url)
    sources = source_keys(source_files(content_dir), content_dir, lexicon)
    cache = _cache_for(content_dir, options)
    map_key = _map_key(content_dir, config, lexicon) if cache.enabled else ""
    global_key = _global_key(map_key, target, config) if cache.enabled else ""
    key = _build_key(global_key, sources) if cache.enabled else ""
    manifest = cache.read_manifest(target)
    if key and manifest.get("build") == key and _still_there(target, manifest.get("files", {})):
        summary = manifest.get("summary", {})
        return BuildReport(
            output=target,
            sources=summary.get("sources", 0),
            claims=summary.get("claims", 0),
            files=len(manifest["files"]),
            pages=summary.get("pages", 0),
            contradictions=summary.get("contradictions", 0),
            seconds=time.perf_counter() - started,
            warnings=tuple(Problem(**{**w, "severity": Severity(w["severity"])}) for w in summary.get("warnings", [])),
            reused=summary.get("sources", 0),
            up_to_date=True,
        )
    result = make_map(content_dir, options=options, settings=(config, lexicon), sources=sources, cache=cache)
    if options.stage:
        options.stage("render and write")
    previous = manifest.get("files", {}) if manifest.get("output") == str(target) else {}
    # Fingerprints of the last build's pages still on disk: those pages need not be rendered again if theirs are equal.
    fingerprints = (
        {path: key for path, key in manifest.get("pages", {}).items() if path in previous}
        if global_key and manifest.get("global") == global_key
        else {}
    )
    documents = {d.source.id: d for d in result.corpus.documents}
    jobs = options.jobs or default_jobs()
    renderer = SiteRenderer(
        result.graph,
        config,
        documents,
        document_keys=_document_keys(content_dir, result, sources),
        compiled_dir=cache.folder / "templates" if cache.folder else None,
        # a part's own key says how its links are made, so the map key will do: serve's preview (built
        # for "/" in a folder of its own) and a build of the same map share kept parts
        fragments=FragmentStore(cache.folder / "fragments", map_key) if cache.folder and map_key else None,
    )
    with _collector_spares():
        try:
            # Given the stage, render workers write the pages they make into it themselves.
            written, hashes, changed = write_site(
                lambda stage: renderer.files(jobs, fingerprints, stage), out_dir, content_dir, previous
            )
        except ReuseFailed:  # the previous site was changed by hand since: render everything
            written, hashes, changed = write_site(
                lambda stage: renderer.files(jobs, stage=stage), out_dir, content_dir, previous
            )
    data = result.graph.dataset
    report = BuildReport(
        output=written,
        sources=len(data.sources),
        claims=len(data.claims),
        files=len(hashes),
        pages=sum(1 for name in hashes if name.endswith(".html")),
        contradictions=len(data.contradictions),
        seconds=time.perf_counter() - started,
        warnings=tuple(result.warnings),
        reused=result.reused,
        extracted=result.extracted,
        written=changed,
        pages_reused=renderer.pages_reused,
    )
    if cache.enabled:
        cache.write_manifest(
            target,
            {
                "build": key,
                "global": global_key,
                "pages": renderer.page_keys,
                "output": str(target),
                "files": hashes,
                "summary": {
                    "sources": report.sources,
                    "claims": report.claims,
                    "pages": report.pages,
                    "contradictions": report.contradictions,
                    "warnings": [{**asdict(w), "severity": w.severity.value} for w in report.warnings],
                },
            },
        )
    return report


def _document_keys(content_dir: Path, result: MapResult, sources: SourceKeys) -> dict[str, str]:
    """Per source id, the cache key of its file (a hash of its bytes): what its page's article is rendered from."""
    key_of = {
        path.relative_to(content_dir).as_posix() if path.is_relative_to(content_dir) else path.name: key
        for path, key in zip(sources.files, sources.keys)
    }
    return {d.source.id: key_of[d.source.path] for d in result.corpus.documents if d.source.path in key_of}
