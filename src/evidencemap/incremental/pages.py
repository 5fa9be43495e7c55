"""Render and write one site: which pages are rendered again, by which process, and where their files go.

A page whose fingerprint (fingerprint.py) equals its fingerprint in the last
build is not rendered: it comes as ``REUSE``, to be linked from the current
site. The rest are rendered by ``render`` and placed in the write stage's
``Stage`` as they come, so a build never holds the whole site in memory (a
10,000-source site is larger than the data it is made from).
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, FileSystemBytecodeCache

from evidencemap.content.config import SiteConfig
from evidencemap.content.document import Document
from evidencemap.incremental.fingerprint import Fingerprinter
from evidencemap.incremental.fragments import FragmentStore, KeptParts
from evidencemap.link.graph import EvidenceGraph
from evidencemap.render import Page, Paging, SiteRenderer
from evidencemap.render.site import EXTRAS
from evidencemap.render.view import label_of
from evidencemap.workers import start_worker
from evidencemap.write import REUSE, FileEntry, Placed, ReuseFailed, Stage, write_site

# The fingerprint of an export made from the code alone (``Export.code_only``): the build's global key covers the code.
CODE_ONLY_KEY = "made from the models"


@dataclass(frozen=True, slots=True)
class Workers:
    """How pages are shared among processes."""

    parallel_pages: int = 400  # below this many pages, starting worker processes costs more than it saves
    chunk_pages: int = 100  # pages per task at most: what one result holds in memory (a claim page is tens of KB)
    chunks_ahead: int = 4  # tasks queued per worker beyond the chunk being written


@dataclass
class Rendered:
    """What rendering and writing one site did: the output folder, its files' manifest entries, how many were written,
    each page's fingerprint (for the next build) and how many pages were taken unchanged from the last build."""

    output: Path
    files: dict[str, FileEntry]
    written: int
    page_keys: dict[str, str] = field(default_factory=dict)
    pages_reused: int = 0


class PageMaker:
    """What makes one build's pages, in this process or in a forked worker: the renderer, the page fingerprints, the
    last build's fingerprints (page path -> fingerprint) and the stage the files go into."""

    def __init__(
        self, renderer: SiteRenderer, fingerprints: Fingerprinter, previous: Mapping[str, str], stage: Stage
    ) -> None:
        self.renderer = renderer
        self.fingerprints = fingerprints
        self.previous = previous
        self.stage = stage

    def make(self, page: Page) -> tuple[bytes | None, str | None]:
        """One page's bytes and fingerprint; None for bytes when the fingerprint says the last build's page is the same.

        With ``inputs``, the page's context is made only if the page must be rendered."""
        context = None if page.inputs else page.make_context()
        key = self.fingerprints.page(page.template, page.inputs() if page.inputs else context)
        if key is not None and self.previous.get(page.path) == key:
            return None, key
        return self.renderer.render_page(page, context), key


# The pool's maker and pages, set in the parent just before forking the workers that read them, and cleared after.
# A global because fork is how workers receive them: a forked process starts with the parent's memory as it was, the
# renderer and the whole map included, with nothing pickled on the way; a pool task names a module-level function,
# which finds them here.
_FORKED: tuple[PageMaker, list[Page]] | None = None


def _extra_files(name: str) -> dict[str, Placed]:
    """Make the whole-map files of one kind of ``EXTRAS`` in a worker, and place them in the stage."""
    assert _FORKED is not None
    maker = _FORKED[0]
    return {path: maker.stage.place(path, data) for path, data in maker.renderer.extra_files(name).items()}


def _render_chunk(bounds: tuple[int, int]) -> list[tuple[Placed, str | None, bool]]:
    """Make pages ``start:end`` in a worker and place them in the stage: (where placed, fingerprint, whether
    unchanged) of each."""
    assert _FORKED is not None
    maker, pages = _FORKED
    made = []
    for page in pages[bounds[0] : bounds[1]]:
        data, key = maker.make(page)
        made.append((maker.stage.place(page.path, REUSE if data is None else data), key, data is None))
    return made


def render_and_write(
    graph: EvidenceGraph,
    config: SiteConfig,
    documents: Mapping[str, Document],
    out_dir: Path,
    content_dir: Path,
    previous: dict[str, FileEntry],
    page_keys: Mapping[str, str],
    *,
    jobs: int,
    document_keys: Mapping[str, str],
    cache_folder: Path | None,
    map_key: str,
    paging: Paging | None = None,
    workers: Workers | None = None,
) -> Rendered:
    """Render the site of ``graph`` and write it to ``out_dir`` (``write.write_site``).

    ``previous``: the last build's manifest entries of its files still there; ``page_keys``: its pages' fingerprints,
    for the pages whose fingerprints are unchanged to be linked rather than rendered. When the previous site turns out
    changed by hand since (ReuseFailed), everything is rendered. ``cache_folder`` keeps compiled templates and parts of
    pages between builds, the parts under ``map_key``: a part's own key says how its links are made, so serve's preview
    (built for "/" in a folder of its own) and a build of the same map share them. ``paging`` and ``workers``: how long
    the paged lists are and how pages are shared among processes (the defaults but in tests)."""
    store = FragmentStore(cache_folder / "fragments", map_key) if cache_folder and map_key else None
    fingerprints = Fingerprinter(graph, functools.partial(label_of, graph))
    renderer = SiteRenderer(
        graph,
        config,
        documents,
        document_keys=document_keys,
        bytecode_cache=_compiled_templates(cache_folder),
        parts=KeptParts(store, fingerprints) if store else None,
        paging=paging,
    )
    pages = renderer.pages()
    if store is not None:
        store.keep_only(p.path for p in pages)
    run = _Run(renderer, fingerprints, pages, jobs, workers or Workers())
    try:
        return run.write(out_dir, content_dir, previous, page_keys)
    except ReuseFailed:  # the previous site was changed by hand since: render everything
        return run.write(out_dir, content_dir, previous, {})


def _compiled_templates(cache_folder: Path | None) -> BytecodeCache | None:
    """Where compiled templates are kept between builds, in the build cache (None: not kept).

    A cache that cannot be written only costs time: its folder is made here, or no cache is used."""
    if cache_folder is None:
        return None
    folder = cache_folder / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _ForgivingBytecodeCache(str(folder))


class _ForgivingBytecodeCache(FileSystemBytecodeCache):
    """Jinja's compiled templates on disk, where a template that cannot be stored or read is compiled again: a full
    or read-only cache folder only costs time."""

    def load_bytecode(self, bucket: Any) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError):
            bucket.reset()

    def dump_bytecode(self, bucket: Any) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


class _Run:
    """One build's rendering: its pages, made in this process and in forked workers, placed in the stage."""

    def __init__(
        self, renderer: SiteRenderer, fingerprints: Fingerprinter, pages: list[Page], jobs: int, workers: Workers
    ) -> None:
        self.renderer = renderer
        self.fingerprints = fingerprints
        self.pages = pages
        self.jobs = jobs
        self.workers = workers

    def write(
        self, out_dir: Path, content_dir: Path, previous: dict[str, FileEntry], page_keys: Mapping[str, str]
    ) -> Rendered:
        """Write the site, taking the pages whose fingerprints are in ``page_keys`` from the last build."""
        rendered = Rendered(out_dir, {}, 0)

        def files(stage: Stage) -> Iterator[tuple[str, Any]]:
            return self._files(PageMaker(self.renderer, self.fingerprints, page_keys, stage), rendered)

        rendered.output, rendered.files, rendered.written = write_site(files, out_dir, content_dir, previous)
        return rendered

    def _files(self, maker: PageMaker, rendered: Rendered) -> Iterator[tuple[str, Any]]:
        """Every file of the site as ``(path, data)``, made as they are written (data: ``write.FileData``, ``REUSE``
        or ``Placed``); each page's fingerprint and whether it was reused are noted in ``rendered``."""
        pages = self.pages
        made = self._made_pages(maker)
        try:
            next(made)  # rendering has started (in workers, when forked): the exports are made and written meanwhile
            yield from self._exports(maker, rendered)
            for item in made:
                if isinstance(item, dict):
                    yield from item.items()
                    continue
                index, data, key, reused = item
                path = pages[index].path
                if key is not None:
                    rendered.page_keys[path] = key
                rendered.pages_reused += reused
                yield path, REUSE if data is None else data
        finally:
            # Whatever fails here or in the writer, the workers stop now: they must not go on writing into a stage
            # that is being removed (a traceback would otherwise keep their pool alive).
            made.close()
        yield from self.renderer.closing_files(page.path for page in pages)

    def _exports(self, maker: PageMaker, rendered: Rendered) -> Iterator[tuple[str, Any]]:
        """The files of ``data/``; one made from the code alone is the last build's when its fingerprint is offered."""
        for export in self.renderer.exports():
            if export.code_only:
                rendered.page_keys[export.path] = CODE_ONLY_KEY
                if maker.previous.get(export.path) == CODE_ONLY_KEY:
                    yield export.path, REUSE
                    continue
            yield export.path, export.make(self.renderer.graph)

    def _made_pages(self, maker: PageMaker) -> Iterator[Any]:
        """None once rendering has started; then, in no set order, the files of each of ``EXTRAS`` (a dict each) and
        ``(index, bytes or None if unchanged, fingerprint, whether unchanged)`` of each page, or ``Placed`` in place of
        bytes for what forked workers placed themselves. Over ``jobs`` processes when worth it (``_forked``)."""
        if (
            self.jobs <= 1
            or len(self.pages) < self.workers.parallel_pages
            or "fork" not in multiprocessing.get_all_start_methods()
        ):
            yield None
            for name in EXTRAS:
                yield maker.renderer.extra_files(name)
            for index, page in enumerate(self.pages):
                data, key = maker.make(page)
                yield index, data, key, data is None
            return
        yield from self._forked(maker)

    def _forked(self, maker: PageMaker) -> Iterator[Any]:
        """``_made_pages`` over this process and ``jobs - 1`` forked workers.

        Pages are independent once the graph is linked, so a large map's pages
        split cleanly across cores; workers inherit the renderer through fork
        (``_FORKED``) and write their files into the stage themselves, so the
        writing is spread over the cores too. This process renders too,
        whenever no worker's result is waiting to be written: a forked worker
        copies every memory page of the map it reads (reference counts are
        writes), so each worker fewer is one copy of the map fewer, and this
        process would otherwise mostly wait."""
        global _FORKED
        maker.renderer.warm()
        _FORKED = (maker, self.pages)
        try:
            with multiprocessing.get_context("fork").Pool(
                self.jobs - 1, initializer=start_worker, initargs=(os.getpid(),)
            ) as pool:
                yield from _Queue(pool, maker, self.pages, self.jobs, self.workers).results()
        finally:
            _FORKED = None


class _Queue:
    """The tasks of one pool: the whole-map files first, so a worker makes them while this process makes the exports,
    then chunks of pages. Only a few chunks are queued ahead: rendered pages never pile up here while this process is
    busy, whatever the size of the map."""

    def __init__(self, pool: Pool, maker: PageMaker, pages: list[Page], jobs: int, workers: Workers) -> None:
        self.pool = pool
        self.maker = maker
        self.pages = pages
        self.limit = (jobs - 1) * workers.chunks_ahead
        size = max(20, min(workers.chunk_pages, len(pages) // (jobs * 8)))
        self.todo = deque((start, min(start + size, len(pages))) for start in range(0, len(pages), size))
        self.queued: deque[AsyncResult[Any]] = deque(pool.apply_async(_extra_files, (name,)) for name in EXTRAS)
        self.ahead: deque[tuple[int, AsyncResult[Any]]] = deque()
        self._top_up()

    def _top_up(self) -> None:
        while self.todo and len(self.ahead) < self.limit:
            chunk = self.todo.popleft()
            self.ahead.append((chunk[0], self.pool.apply_async(_render_chunk, (chunk,))))

    def results(self) -> Iterator[Any]:
        """None first (the tasks are queued), then the results as ``_made_pages`` gives them."""
        yield None
        queued, ahead, todo = self.queued, self.ahead, self.todo
        while queued or ahead or todo:
            # Results are taken as workers finish them, not in page order: the first chunk (the claim list,
            # the slowest) must not hold back the chunks done after it.
            ready = next((i for i, (_, result) in enumerate(ahead) if result.ready()), None)
            if queued and (queued[0].ready() or not (ahead or todo)):
                yield queued.popleft().get()
            elif ready is not None or (ahead and not todo):
                start, result = ahead[ready or 0]
                del ahead[ready or 0]
                done = result.get()
                self._top_up()
                for index, made in enumerate(done, start=start):
                    yield (index, *made)
            else:  # every worker is busy: render the next chunk here
                start, end = todo.popleft()
                for index in range(start, end):
                    data, key = self.maker.make(self.pages[index])
                    yield index, data, key, data is None
