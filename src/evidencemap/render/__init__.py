"""Stage 5, render: the evidence graph in, every file of the site out as bytes.

Nothing here touches the disk except reading the theme; ``write`` does the
writing. All links are relative to the page that holds them, so the site works
opened from disk, at a domain root or under any sub-path.
"""

from __future__ import annotations

import functools
import itertools
import json
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from evidencemap import __version__
from evidencemap.content.config import SiteConfig
from evidencemap.content.document import Document
from evidencemap.link.graph import EvidenceGraph, relation_phrase
from evidencemap.link.research import study_name
from evidencemap.model import Claim, EvidenceType, SourceKind
from evidencemap.render.article import render_article
from evidencemap.render.exports import claims_csv_chunks, dataset_json_chunks, dataset_schema, graphml
from evidencemap.render.fingerprint import Fingerprinter, Unreadable
from evidencemap.render.fragments import FragmentStore
from evidencemap.render.gapmap import GapMap, gap_map
from evidencemap.render.search import SearchDoc, make_doc, search_files, snippet
from evidencemap.render.svg import render_svg, select_edges
from evidencemap.vocabulary import (
    AGREEMENT_HELP,
    AGREEMENT_LABELS,
    AGREEMENT_WHOLE,
    DESIGN_LABELS,
    EVIDENCE_HELP,
    EVIDENCE_LABELS,
    KIND_LABELS,
    OVERREACH_LABELS,
)
from evidencemap.workers import die_with_parent
from evidencemap.write import REUSE, Stage  # REUSE: the marker of a page taken unchanged from the previous build

THEME_FILES = ("static/style.css", "static/site.js")
# The files made from the whole map rather than one page, besides the data exports: the search index, the claim list's rows.
EXTRAS = ("search", "rows")
SCHEMA_PATH, SCHEMA_KEY = "data/evidence.schema.json", "made from the models"  # see SiteRenderer._exports
CLAIMS_PER_PAGE = 250  # rows per page of the claim list; filters reach every page through claims/rows-N.js
SOURCES_PER_PAGE = 200
RELATED = 20  # claims listed per "same claim elsewhere" or "disagreeing" list on a claim page
MAX_LISTED_STUDIES = 8  # study cards beside one claim or on one concept page, best level first
MAX_LISTED_DISAGREEMENTS = (
    5  # disagreements listed on a claim page (each with up to RELATED claims); the rest are linked
)
MAX_LISTED_CLAIMS = 60  # claims listed on a concept page; the rest are one filter away in the claim list
# Where a claim list item's block of other sources saying it word for word goes, in the item kept for reuse. Text in an
# item is escaped, so "<" there comes from the theme's markup alone: no claim or source can put this tag in an item.
VERBATIM_SLOT = Markup("<evidencemap-verbatim-slot>")
# Claim list items kept for reuse, in two turns of this many: an item asked for again is carried into the current turn.
# Bounded, as most items are shown once (a source's own claims); the few thousand shown on many pages stay.
ITEMS_KEPT = 8192


def theme_dir() -> Path:
    """The default theme folder, shipped inside the package."""
    return Path(str(resources.files("evidencemap.theme")))


@dataclass(frozen=True, slots=True)
class Page:
    """A page to render: its output path, template and context (or a function making it, for pages that may be reused).

    ``inputs``, when given, makes what the page is a function of, for its
    fingerprint, more cheaply than the context (a source page's article is
    rendered from its document, which the inputs name by its content hash)."""

    path: str
    template: str
    context: dict[str, Any] | Callable[[], dict[str, Any]]
    inputs: Callable[[], dict[str, Any]] | None = None


def page_window(number: int, count: int, around: int = 2) -> list[int | None]:
    """Page numbers a pager shows: the first, the last and a few around ``number``; ``None`` marks a jump.

    A fixed number of links per page, so the pagers of a 500-page list stay linear in total size."""
    wanted = sorted({1, count, *range(max(1, number - around), min(count, number + around) + 1)})
    window: list[int | None] = []
    for k in wanted:
        if window and window[-1] is not None and k - window[-1] > 1:
            window.append(None)
        window.append(k)
    return window


def concept_ids(claim: Claim) -> list[str]:
    """Every concept a claim names, each once, in reading order: what the claim list's concept filters match."""
    return list(
        dict.fromkeys(
            c
            for c in (claim.subject, claim.object, *claim.mechanism, claim.cause, claim.intervention, claim.outcome)
            if c
        )
    )


def _made_dir(folder: Path) -> bool:
    """Make ``folder`` if need be; False if it cannot be (a cache that cannot be written only costs time)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return True


@functools.cache
def _folder_parts(page: str) -> tuple[str, ...]:
    return tuple(page.split("/")[:-1])


def relative_url(target: str, page: str) -> str:
    """``target`` (a site path) as a link relative to the folder of ``page``.

    Pure string work on site paths (never the file system): this runs for
    every link of every page, where ``posixpath.relpath`` cost a tenth of a build.
    """
    folder = _folder_parts(page)
    parts = [part for part in target.split("/") if part]
    if not folder:
        return "/".join(parts) or "."
    common = 0
    limit = min(len(folder), len(parts))
    while common < limit and folder[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(folder) - common) + parts[common:]) or "."


class _SiteEnvironment(Environment):
    """A Jinja environment whose templates see its globals as one plain dict.

    Jinja gives each template a ``ChainMap`` of its own and the environment's
    globals, and copies it key by key into every page's context; on a site of
    thousands of small pages that copy was a tenth of rendering. The renderer
    sets all its globals before loading a template, so a snapshot is the same.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


class SiteRenderer:
    """Renders every page of one map; holds the template environment and lookups."""

    def __init__(
        self,
        graph: EvidenceGraph,
        config: SiteConfig,
        documents: dict[str, Document],
        theme: Path | None = None,
        document_keys: Mapping[str, str] | None = None,
        compiled_dir: Path | None = None,
        fragments: FragmentStore | None = None,
    ) -> None:
        """``compiled_dir``: where compiled templates are kept between builds (in the build cache), or None;
        ``fragments``: where parts of pages are kept between builds (fragments.py), or None."""
        self.graph = graph
        self.config = config
        self.documents = documents
        self.document_keys = document_keys or {}  # source id -> content hash of its file, for source page fingerprints
        self.fingerprints = Fingerprinter(graph, self.label)
        self.fragments = fragments
        self.page_keys: dict[str, str] = {}  # page path -> fingerprint, filled as pages are made (for the next build)
        self.pages_reused = 0
        self._assertion_firsts: dict[str, tuple[list[Claim], frozenset[str]]] = {}
        self._gap_maps: dict[str, GapMap] | None = None
        self.theme = theme or theme_dir()
        self.env = _SiteEnvironment(
            loader=FileSystemLoader(str(self.theme)),
            autoescape=select_autoescape(["html", "xml"], default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # a renderer lives for one build: no need to stat every template on every page
            # Compiling the theme costs a third of a second a build; Jinja keys what it keeps on each template's source.
            bytecode_cache=FileSystemBytecodeCache(str(compiled_dir))
            if compiled_dir and _made_dir(compiled_dir)
            else None,
        )
        self.env.globals.update(
            site=config,
            version=__version__,
            evidence_labels={k.value: v for k, v in EVIDENCE_LABELS.items()},
            evidence_help={k.value: v for k, v in EVIDENCE_HELP.items()},
            kind_labels={k.value: v for k, v in KIND_LABELS.items()},
            evidence_types=[e.value for e in EvidenceType],
            agreement_labels=AGREEMENT_LABELS,
            agreement_whole=AGREEMENT_WHOLE,
            agreement_help=AGREEMENT_HELP,
            max_listed_studies=MAX_LISTED_STUDIES,
            max_listed_claims=MAX_LISTED_CLAIMS,
            overreach_labels=OVERREACH_LABELS,
            design_labels={k.value: v for k, v in DESIGN_LABELS.items()},
            study_name=study_name,
        )
        self.env.filters.update(label=self.label, phrase=lambda c: relation_phrase(c.relation, c.negated))
        # The only ways a template reaches into the graph besides its context; each is part of what a claim's
        # fingerprint covers (render/fingerprint.py), so a page showing them is re-rendered when they change.
        self.env.globals.update(
            source_of=lambda claim: graph.sources[claim.source],
            agreement_of=graph.agreement_of,
            overreach_of=lambda claim_id: graph.overreach_of.get(claim_id, []),
        )
        # A claim's list item is the same on every page of a folder: render it once per folder, not once per page.
        self._items: dict[tuple[Any, ...], Markup] = {}
        self._items_before: dict[tuple[Any, ...], Markup] = {}
        self.env.globals["claim_items"] = self._claim_items
        # What a claim's list item shows but its source (``_shown_by_item``), as one number for each distinct showing:
        # claims of equal numbers are grouped in lists (``_claim_items``).
        self._showing_numbers: dict[tuple[Any, ...], int] = {}
        self._showing_of: dict[str, int] = {}  # claim id -> the number of what its item shows
        # The site's header and footer are the same on every page of a folder and section: rendered once for each.
        self._parts: dict[tuple[str, str, str], Markup] = {}
        self.env.globals["shared_part"] = self._shared_part
        self.env.globals["claim_rows"] = self._claim_rows_html
        # Links are relative to the page being rendered. ``url`` is a global reading that page (not a context
        # variable), so the macro modules are imported without context: made once, not once per page.
        self._page = ""
        self._folder = ""
        self._url: Callable[[str], str] = self._url_for("index.html")
        self.env.globals.update(
            url=lambda target: self._url(target), claim_text=self.claim_text, concept_ids=concept_ids
        )

    def _url_for(self, page_path: str) -> Callable[[str], str]:
        """Links relative to ``page_path``; the 404 page, served at any depth, links from the site's root path."""
        if page_path == "404.html":
            base = (
                self.config.base_url
                if not self.config.base_url.startswith("http")
                else "/" + self.config.base_url.split("/", 3)[-1]
            )
            return lambda target: base + target
        return lambda target: relative_url(target, page_path)

    def _kept_item(self, key: tuple[Any, ...], make: Callable[..., str], *args: Any) -> Markup:
        """A part of a claim list, ``make(*args)``, kept per ``key``, which ends with the page's folder (``_folder``):
        the part is the same on every page of a folder, where its links are made alike.

        Kept in two turns of ITEMS_KEPT: an item not asked for again since the last turn is dropped. Asked for some
        200,000 times in a build of 1,000 sources, so callers build the key whole and pass ``make`` its arguments
        rather than a closure."""
        item = self._items.get(key)
        if item is None:
            item = self._items_before.pop(key, None)
            if item is None:
                item = Markup(make(*args))
            self._items[key] = item
            if len(self._items) >= ITEMS_KEPT:
                self._items_before, self._items = self._items, {}
        return item

    def _slotted_item(self, claim: Claim, show_source: bool) -> Markup:
        """The list item of ``claim`` (templates/macros.html claim_item), with VERBATIM_SLOT where its block of
        other sources saying it word for word goes: one item serves the claim alone and heading a group."""
        return self._kept_item(
            (claim.id, show_source, self._folder), self._macros.claim_item, claim, show_source, VERBATIM_SLOT
        )

    def _verbatim_block(self, claims: list[Claim]) -> Markup:
        """The block listing ``claims`` as made word for word by other sources: a row each, made once per folder."""
        return self._kept_item(
            (tuple([c.id for c in claims]), "verbatim", self._folder), self._make_verbatim_block, claims
        )

    def _make_verbatim_block(self, claims: list[Claim]) -> str:
        folder, row = self._folder, self._macros.verbatim_row
        rows = "".join([self._kept_item((c.id, "row", folder), row, c) for c in claims])
        return self._macros.verbatim_sources(claims, Markup(rows))

    @functools.cached_property
    def _macros(self) -> Any:
        """The module of templates/macros.html, made once: its macros are called for every claim list."""
        return self.env.get_template("macros.html").module

    def _shared_part(self, template: str) -> Markup:
        """A part every page shows (``site_header.html``, ``site_footer.html``), rendered once per folder and section.

        Its links are relative to the page's folder, and its one page-dependent
        detail, the current section of the navigation, is all it is given:
        ``section`` is the page's first folder ("claims"), or the page itself
        at the top ("graph.html"). Made per page, the two parts were nearly a
        third of the template calls of a claim page (45 of them)."""
        page = self._page
        section = page.partition("/")[0] if "/" in page else page
        key = (template, "404" if page == "404.html" else page.rpartition("/")[0], section)
        part = self._parts.get(key)
        if part is None:
            part = self._parts[key] = Markup(self.env.get_template(template).render(section=section))
        return part

    def _claim_items(self, claims: list[Claim], show_source: bool = True, web_only: bool = False) -> Markup:
        """The list items of ``claims``, joined: one template call for a whole list (``web_only``: leave out research).

        Claims other sources make word for word (the same quote, the same
        claim, as strongly, with the same research mark: ``_shown_by_item``)
        are listed once, at the place of the first, with a short row for
        each of the others under it: syndicated articles and vendors copying
        one another's pages otherwise fill a list with one quote twenty times,
        and the reader should see at a glance who repeats whom. A second claim
        of one source in the same words adds nothing to the list and is left out.
        """
        if web_only:
            research = self._research_sources
            listed = [c for c in claims if c.source not in research]
        else:
            listed = claims
        # Joined as plain strings: every item is Markup already, and Markup.join would pass each through escape only
        # to get it back (a call per item of every list of every page).
        if not show_source:  # a source's own claims
            return Markup("".join([self._slotted_item(c, False).replace(VERBATIM_SLOT, "") for c in listed]))
        showing_of = self._showing_of
        groups: dict[int, list[Claim]] = {}
        # Most lists hold one claim per source (the other sources saying the same, each side of a disagreement);
        # only the others need telling apart a source's second claim in the same words.
        one_each = len({c.source for c in listed}) == len(listed)
        placed: set[tuple[int, str]] = set()
        for claim in listed:
            showing = showing_of.get(claim.id)
            if showing is None:
                showing = showing_of[claim.id] = self._showing_numbers.setdefault(
                    self._shown_by_item(claim), len(self._showing_numbers)
                )
            if not one_each:
                if (showing, claim.source) in placed:
                    continue
                placed.add((showing, claim.source))
            group = groups.get(showing)
            if group is None:
                groups[showing] = [claim]
            else:
                group.append(claim)
        return Markup(
            "".join(
                [
                    self._slotted_item(g[0], True).replace(
                        VERBATIM_SLOT, self._verbatim_block(g[1:]) if len(g) > 1 else ""
                    )
                    for g in groups.values()
                ]
            )
        )

    def _shown_by_item(self, claim: Claim) -> tuple[Any, ...]:
        """All a claim's list item shows but its source's part (templates/macros.html claim_item): its quote, the
        claim, its strength and its research mark. Claims equal in these are listed as one item with a row each."""
        g = self.graph
        return (
            claim.quote,
            claim.subject,
            claim.relation,
            claim.object,
            claim.negated,
            claim.strength,
            g.agreement_of(claim.id),
            tuple(flag.summary for flag in g.overreach_of.get(claim.id, [])),
        )

    @functools.cached_property
    def _research_sources(self) -> frozenset[str]:
        """The ids of the map's research sources, which lists of web claims leave out."""
        return frozenset(sid for sid, source in self.graph.sources.items() if source.kind == SourceKind.RESEARCH)

    def _claim_rows_html(self, claims: list[Claim], first: int) -> Markup:
        """The rows of one page of the claim list (templates/claim_rows.html), taken from the last build when the same.

        Each claim's digest covers all its row shows (its fields, its concepts' labels, its source), and ``first``
        numbers the rows; a link made from the page stands for how all its links are made."""

        def render() -> str:
            return self.env.get_template("claim_rows.html").render(claims=claims, first=first)

        if self.fragments is None:
            return Markup(render())
        try:
            # how this page links (relative from its folder; from the base URL on the 404 page), the rows, their numbers
            key = self.fingerprints.value(("claim_rows.html", self._url("claims/"), first, claims))
        except Unreadable:
            return Markup(render())
        return Markup(self.fragments.get(self._page, "rows", key, render))

    def label(self, concept_id: str | None) -> str:
        """Display label of a concept id."""
        if concept_id is None:
            return ""
        concept = self.graph.concepts.get(concept_id)
        return concept.label if concept else concept_id

    def claim_text(self, claim: Claim) -> str:
        """A claim as one plain sentence: "orthotics relieve low back pain"."""
        return (
            f"{self.label(claim.subject)} {relation_phrase(claim.relation, claim.negated)} {self.label(claim.object)}"
        )

    def files(
        self, jobs: int = 1, previous: Mapping[str, str] | None = None, stage: Stage | None = None
    ) -> Iterator[tuple[str, Any]]:
        """Every file of the site as ``(path, data)``, made as they are written (data: see ``write.FileData``).

        A generator, so a build writes each page as soon as it is rendered and
        never holds the whole site in memory (a 10,000-source site is larger
        than the data it is made from). A page whose fingerprint equals its
        fingerprint in ``previous`` (the last build's) is not rendered: it
        comes as REUSE, to be linked from the current site. Given the ``stage``
        the site is written into, forked workers put the files they make there
        themselves and those come as ``Placed``.
        """
        pages = self.pages()
        if self.fragments is not None:
            self.fragments.keep_only(p.path for p in pages)
        self.page_keys = {}
        self.pages_reused = 0
        made = self._render_pages(pages, jobs, previous or {}, EXTRAS, stage)
        try:
            next(made)  # rendering has started (in workers, when forked): the exports are made and written meanwhile
            yield from self._exports(previous or {})
            for item in made:
                if isinstance(item, dict):
                    yield from item.items()
                    continue
                index, data, key, reused = item
                page = pages[index]
                if key is not None:
                    self.page_keys[page.path] = key
                self.pages_reused += reused
                yield page.path, REUSE if data is None else data
        finally:
            # Whatever fails here or in the writer, the workers stop now: they must not go on writing into a stage
            # that is being removed (a traceback would otherwise keep their pool alive).
            made.close()
        for name in THEME_FILES:
            yield name, (self.theme / name).read_bytes()
        yield "sitemap.xml", self._sitemap([p.path for p in pages if p.path != "404.html"])
        yield "robots.txt", f"User-agent: *\nAllow: /\nSitemap: {self._absolute('sitemap.xml')}\n".encode()

    def _exports(self, previous: Mapping[str, str]) -> list[tuple[str, Any]]:
        """The machine-readable files of ``data/``; the two that grow with the map come in pieces, made as they are written.

        The schema is made from the models alone, so it changes only with the code, which the build's global key
        covers: when the last build's fingerprints are offered at all, its schema is this build's (pydantic takes a
        twentieth of a second to generate it)."""
        self.page_keys[SCHEMA_PATH] = SCHEMA_KEY
        schema = REUSE if previous.get(SCHEMA_PATH) == SCHEMA_KEY else dataset_schema()
        return [
            ("data/evidence.json", dataset_json_chunks(self.graph)),
            (SCHEMA_PATH, schema),
            ("data/claims.csv", claims_csv_chunks(self.graph)),
            ("data/evidence.graphml", graphml(self.graph)),
        ]

    def extra_files(self, name: str) -> dict[str, bytes]:
        """The whole-map files of one kind of ``EXTRAS``."""
        if name == "search":
            return search_files(self.search_docs())
        return self._claim_rows()

    def _render_pages(
        self,
        pages: list[Page],
        jobs: int,
        previous: Mapping[str, str],
        extras: tuple[str, ...],
        stage: Stage | None = None,
    ) -> Iterator[Any]:
        """None once rendering has started; then, in no set order, the files of each of ``extras`` (a dict each, see
        ``extra_files``) and ``(index, bytes or None if unchanged, fingerprint, whether unchanged)`` of each page. Over ``jobs`` processes
        when worth it: this one and ``jobs - 1`` forked workers.

        Pages are independent once the graph is linked, so a large map's pages
        split cleanly across cores; workers inherit the renderer through fork
        (nothing is pickled on the way in) and send back bytes, or, given the
        ``stage``, write their files into it and send back ``Placed`` entries in
        place of bytes, so the writing is spread over the cores too. This process
        renders too, whenever no worker's result is waiting to be written: a
        forked worker copies every memory page of the map it reads (reference
        counts are writes), so each worker fewer is one copy of the map fewer,
        and this process would otherwise mostly wait. The whole-map files are
        queued first, so a worker makes them while this one makes the exports.
        Only a few chunks of pages are queued ahead: rendered pages never pile
        up here while this process is busy, whatever the size of the map.
        """
        if jobs <= 1 or len(pages) < PARALLEL_PAGES or "fork" not in multiprocessing.get_all_start_methods():
            yield None
            for name in extras:
                yield self.extra_files(name)
            for index, page in enumerate(pages):
                data, key = self._make_page(page, previous)
                yield index, data, key, data is None
            return
        global _RENDERING
        self.warm()
        _RENDERING = (self, pages, previous, stage)
        workers = jobs - 1
        size = max(20, min(CHUNK_PAGES, len(pages) // (jobs * 8)))
        todo = deque((start, min(start + size, len(pages))) for start in range(0, len(pages), size))
        try:
            with multiprocessing.get_context("fork").Pool(
                workers, initializer=die_with_parent, initargs=(os.getpid(),)
            ) as pool:
                queued = deque(pool.apply_async(_extra_files, (name,)) for name in extras)
                ahead: deque[tuple[int, Any]] = deque()

                def top_up() -> None:
                    while todo and len(ahead) < workers * CHUNKS_AHEAD:
                        chunk = todo.popleft()
                        ahead.append((chunk[0], pool.apply_async(_render_chunk, (chunk,))))

                top_up()
                yield None
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
                        top_up()
                        for index, made in enumerate(done, start=start):
                            yield (index, *made)
                    else:  # every worker is busy: render the next chunk here
                        start, end = todo.popleft()
                        for index in range(start, end):
                            data, key = self._make_page(pages[index], previous)
                            yield index, data, key, data is None
        finally:
            _RENDERING = None

    def warm(self) -> None:
        """Compile every template before forking, so workers inherit them instead of each compiling its own."""
        for name in self.env.list_templates(filter_func=lambda n: n.endswith(".html")):
            self.env.get_template(name)
        self._macros  # noqa: B018 (made once, shared by every page)

    def _absolute(self, path: str) -> str:
        """An absolute URL (or root-relative path) for ``path`` under the base URL."""
        return self.config.base_url + path

    def _sitemap(self, paths: list[str]) -> bytes:
        """``sitemap.xml``; its URLs are absolute when the base URL is."""
        from xml.sax.saxutils import escape

        rows = "".join(f"  <url><loc>{escape(self._absolute(p))}</loc></url>\n" for p in sorted(paths))
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n'.encode()

    def _make_page(self, page: Page, previous: Mapping[str, str]) -> tuple[bytes | None, str | None]:
        """One page's bytes and fingerprint; None for bytes when the fingerprint says the last build's page is the same."""

        def context() -> dict[str, Any]:
            return page.context() if callable(page.context) else page.context

        made = None if page.inputs else context()  # with inputs, the context is made only if the page must be rendered
        key = self.fingerprints.page(page.template, page.inputs() if page.inputs else made)
        if key is not None and previous.get(page.path) == key:
            return None, key
        return self._render_page(page.path, page.template, made if made is not None else context()), key

    def _render_page(self, path: str, template: str, context: dict[str, Any]) -> bytes:
        """Render one page with link helpers relative to it."""
        self._page, self._url = path, self._url_for(path)
        self._folder = (
            "404" if path == "404.html" else path.rpartition("/")[0]
        )  # parts of claim lists are kept per folder
        context = {**context, "page_path": path, "canonical": self._absolute(path)}
        return self.env.get_template(template).render(context).encode("utf-8")

    # ---- page lists -------------------------------------------------------------------------

    def pages(self) -> list[Page]:
        """Every HTML page of the site."""
        g = self.graph
        data = g.dataset
        pages = [
            Page("index.html", "home.html", self._home()),
            *self._paged(
                "claims", "claims.html", "All claims", data.claims, CLAIMS_PER_PAGE, {"facets": self._facets()}
            ),
            *self._paged("sources", "sources.html", "Sources", data.sources, SOURCES_PER_PAGE, {}),
            Page(
                "concepts/index.html",
                "concepts.html",
                {
                    "title": "Concepts",
                    "concepts": data.concepts,
                    "claim_counts": {c.id: len(g.claims_by_concept.get(c.id, [])) for c in data.concepts},
                },
            ),
            Page("graph.html", "graph.html", self._graph()),
            Page("search.html", "search.html", {"title": "Search"}),
            Page("gaps.html", "gaps.html", {"title": "Evidence gap map", "gap_sections": self._gap_sections()}),
            Page("contradictions.html", "contradictions.html", self._contradictions()),
            Page("404.html", "404.html", {"title": "Page not found"}),
        ]
        for claim in data.claims:
            pages.append(
                Page(
                    f"claims/{claim.id}.html",
                    "claim.html",
                    functools.partial(self._claim, claim),
                    functools.partial(self._claim_inputs, claim),
                )
            )
        for source in data.sources:
            pages.append(
                Page(
                    f"sources/{source.id}.html",
                    "source.html",
                    functools.partial(self._source, source),
                    functools.partial(self._source_inputs, source),
                )
            )
        for concept in data.concepts:
            pages.append(Page(f"concepts/{concept.id}.html", "concept.html", functools.partial(self._concept, concept)))
        return pages

    def _contradictions(self) -> dict[str, Any]:
        g = self.graph
        rows = []
        for contra in g.dataset.contradictions:
            a, b = g.assertions[contra.a], g.assertions[contra.b]
            rows.append(
                (contra, a, [g.claims[c] for c in a.claims[:RELATED]], b, [g.claims[c] for c in b.claims[:RELATED]])
            )
        return {"title": "Where sources disagree", "contradictions": rows, "per_side": RELATED}

    def _claim_rows(self) -> dict[str, bytes]:
        """The claim list's rows as data, one script per page (``claims/rows-N.js``), when it has several pages.

        A filter must see every claim, not just the page on screen; the scripts load from disk too."""
        claims = self.graph.dataset.claims
        if len(claims) <= CLAIMS_PER_PAGE:
            return {}
        files = {}
        for start in range(0, len(claims), CLAIMS_PER_PAGE):
            rows = []
            for rank, claim in enumerate(claims[start : start + CLAIMS_PER_PAGE], start=start):
                source = self.graph.sources[claim.source]
                concepts = concept_ids(claim)
                rows.append(
                    [
                        claim.id,
                        self.claim_text(claim),
                        claim.quote,
                        claim.evidence.value,
                        claim.evidence.rank,
                        source.kind.value,
                        claim.relation.value,
                        "yes" if claim.commercial_interest else "no",
                        " ".join(concepts),
                        self.label(claim.subject),
                        source.id,
                        source.publisher or source.title,
                        rank,
                    ]
                )
            data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
            number = start // CLAIMS_PER_PAGE + 1
            files[f"claims/rows-{number}.js"] = f"window.evidencemapRows&&evidencemapRows({number},{data});\n".encode()
        return files

    def _paged(
        self, folder: str, template: str, title: str, items: list[Any], per_page: int, extra: dict[str, Any]
    ) -> list[Page]:
        """A list split into pages of ``per_page``: ``folder/index.html``, then ``folder/page-2.html`` and on.

        Every page knows every page's path, for the pager and for filters that load all rows."""
        count = max(1, -(-len(items) // per_page))
        paths = [f"{folder}/index.html"] + [f"{folder}/page-{n}.html" for n in range(2, count + 1)]
        pages = []
        for number, path in enumerate(paths, start=1):
            chunk = items[(number - 1) * per_page : number * per_page]
            pager = {
                "number": number,
                "paths": paths,
                "first": (number - 1) * per_page,
                "end": (number - 1) * per_page + len(chunk),
                "total": len(items),
                "window": page_window(number, count),
            }
            heading = title if number == 1 else f"{title}, page {number} of {count}"
            context = {"title": heading, folder: chunk, "pager": pager, **extra}
            if folder == "sources":
                context["claim_counts"] = {s.id: len(self.graph.claims_by_source.get(s.id, [])) for s in chunk}
            pages.append(Page(path, template, context))
        return pages

    def _svg_for(self, page_path: str) -> str:
        """The evidence graph SVG with links relative to ``page_path``."""
        edges, _ = select_edges(self.graph.edges)
        return render_svg(
            edges, self.graph.lexicon, lambda cid: relative_url(f"concepts/{cid}.html", page_path), self.config.title
        )

    def _graph(self) -> dict[str, Any]:
        edges, left_out = select_edges(self.graph.edges)
        nodes = sorted({e.source for e in edges} | {e.target for e in edges}, key=lambda c: (self.label(c).lower(), c))
        return {
            "title": "Evidence graph",
            "svg_for": self._svg_for,
            "left_out": left_out,
            "drawn": len(edges),
            "min_sources": min((len(e.sources) for e in edges), default=0),
            "nodes": nodes,
        }

    def _home(self) -> dict[str, Any]:
        data = self.graph.dataset
        by_kind = Counter(s.kind.value for s in data.sources)
        by_evidence = Counter(c.evidence.value for c in data.claims)
        research_claims = sum(1 for c in data.claims if c.evidence == EvidenceType.CITED_RESEARCH)
        commercial = sum(1 for c in data.claims if c.commercial_interest)
        interventions = self.gap_maps()["interventions"]
        ranked = sorted(
            data.contradictions,
            key=lambda x: -len(set(self.graph.assertions[x.a].sources) | set(self.graph.assertions[x.b].sources)),
        )
        return {
            "source_count": len(data.sources),
            "claim_count": len(data.claims),
            "contradiction_count": len(data.contradictions),
            "title": self.config.title,
            "by_kind": sorted(by_kind.items()),
            "by_evidence": [(e.value, by_evidence.get(e.value, 0)) for e in EvidenceType],
            "research_claims": research_claims,
            "commercial_claims": commercial,
            "top_contradictions": ranked[:5],
            "gap_pairs": len(interventions.cells),
            "gap_count": interventions.gaps,
            "top_gaps": self._gap_sections()[0]["top_gaps"][:5],
        }

    def search_docs(self) -> list[SearchDoc]:
        """What search finds: concepts first, then sources, then claims (the order results are ranked in)."""
        g = self.graph
        docs = []
        for concept in sorted(g.dataset.concepts, key=lambda c: (c.label.lower(), c.id)):
            about = concept.description or (f"Also called: {', '.join(concept.aliases)}." if concept.aliases else "")
            text = " ".join([concept.kind.value, *concept.aliases, concept.description or ""])
            docs.append(
                SearchDoc(
                    "concept",
                    concept.label,
                    f"concepts/{concept.id}.html",
                    snippet(f"{concept.kind.value.capitalize()}. {about}"),
                    text,
                )
            )
        for source in g.dataset.sources:
            about = [source.publisher or "", KIND_LABELS[source.kind], *(self.label(c) for c in source.sells)]
            docs.append(make_doc("source", source.title, f"sources/{source.id}.html", " ".join(a for a in about if a)))
        for claim in g.dataset.claims:
            source = g.sources[claim.source]
            docs.append(
                SearchDoc(
                    "claim",
                    self.claim_text(claim),
                    f"claims/{claim.id}.html",
                    snippet(claim.quote),
                    f"{claim.quote} {source.publisher or source.title}",
                )
            )
        return docs

    def gap_maps(self) -> dict[str, GapMap]:
        """The two gap maps, interventions × outcomes and causes × outcomes (computed once)."""
        if self._gap_maps is None:
            claims = self.graph.dataset.claims
            self._gap_maps = {
                "interventions": gap_map(claims, lambda c: c.intervention, self.label),
                "causes": gap_map(claims, lambda c: c.cause, self.label),
            }
        return self._gap_maps

    def _gap_sections(self) -> list[dict[str, Any]]:
        maps = self.gap_maps()
        sections = []
        for key, heading, row_heading in (
            ("interventions", "Interventions × outcomes", "Intervention"),
            ("causes", "Causes × outcomes", "Cause"),
        ):
            gm = maps[key]
            gaps = sorted(
                ((r, c, cell) for (r, c), cell in gm.cells.items() if cell.gap),
                key=lambda x: (-x[2].unresearched, self.label(x[0]), self.label(x[1])),
            )
            sections.append(
                {"id": key, "heading": heading, "row_heading": row_heading, "map": gm, "top_gaps": gaps[:10]}
            )
        return sections

    def _facets(self) -> dict[str, list[tuple[str, str]]]:
        data = self.graph.dataset
        used = sorted({c for claim in data.claims for c in (claim.subject, claim.object)}, key=self.label)
        return {
            "evidence": [(e.value, EVIDENCE_LABELS[e]) for e in EvidenceType],
            "kind": [(k.value, KIND_LABELS[k]) for k in SourceKind if any(s.kind == k for s in data.sources)],
            "relation": sorted({(c.relation.value, c.relation.value.replace("_", " ")) for c in data.claims}),
            "concept": [(cid, self.label(cid)) for cid in used],
        }

    def _firsts(self, assertion_id: str) -> tuple[list[Claim], frozenset[str]]:
        """The first claim of each source in an assertion, and those sources (computed once per assertion).

        Every claim page of an assertion lists the others; deriving that list
        from the assertion's claims on each page was quadratic in its size."""
        found = self._assertion_firsts.get(assertion_id)
        if found is None:
            firsts = _one_per_source([self.graph.claims[c] for c in self.graph.assertions[assertion_id].claims])
            found = self._assertion_firsts[assertion_id] = (firsts, frozenset(c.source for c in firsts))
        return found

    def _claim(self, claim: Claim) -> dict[str, Any]:
        g = self.graph
        assertion = g.assertions[g.assertion_of_claim[claim.id]]
        # One claim per other source (a source repeating a sentence a thousand times must not put a
        # thousand cards on each page), and at most RELATED of those: an assertion made by thousands of
        # sources would otherwise put every one of them on every one of their pages (quadratic output).
        firsts, sources = self._firsts(assertion.id)
        same: list[Claim] = []
        for other in firsts:
            if other.source != claim.source:
                same.append(other)
                if len(same) == RELATED:
                    break
        same_total = len(firsts) - (claim.source in sources)
        # The disagreements listed are bounded too: a claim everyone makes can be contradicted by dozens of others.
        contradictions = g.contradictions_of_claim(claim.id)
        opposing = []
        for contra in contradictions[:MAX_LISTED_DISAGREEMENTS]:
            other = contra.b if contra.a == assertion.id else contra.a
            sides = self._firsts(other)[0]
            opposing.append((contra, sides[:RELATED], len(sides)))
        source = g.sources[claim.source]
        is_research = g.is_research(claim.source)
        # A finding can answer thousands of web claims: list RELATED of them and count the rest by agreement.
        answered = g.answered_claims(claim.id) if is_research else []
        answered_rest = Counter(match.agreement.value for _, match in answered[RELATED:])
        jsonld = {
            "@context": "https://schema.org",
            "@type": "Claim",
            "text": claim.quote,
            "author": {"@type": "Organization", "name": source.publisher or source.title},
            "appearance": {
                "@type": "CreativeWork",
                "name": source.title,
                **({"url": source.url} if source.url else {}),
            },
            "about": [self.label(claim.subject), self.label(claim.object)],
        }
        return {
            "title": self.claim_text(claim),
            "claim": claim,
            "source": source,
            "same": same,
            "same_total": same_total,
            "opposing": opposing,
            "is_research": is_research,
            "same_studies": [] if is_research else [c for c in same if g.is_research(c.source)],
            "answered": answered[:RELATED],
            "answered_rest": sorted(answered_rest.items()),
            "opposing_rest": len(contradictions) - len(opposing),
            "panels": [] if is_research else g.research_panel(claim.id),
            "citations": [g.citations[c] for c in claim.citations if c in g.citations],
            "jsonld": json.dumps(jsonld, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c"),
        }

    def _claim_inputs(self, claim: Claim) -> dict[str, Any]:
        """What a claim page (``_claim``) is made from, for its fingerprint, without making its context.

        Every part the page derives from its assertion (the other sources
        saying the same, the disagreements and their sides) is digested once per
        assertion: on a large map, making each page's context only to digest it
        was most of the time an unchanged rebuild spends on claim pages."""
        g = self.graph
        assertion_id = g.assertion_of_claim[claim.id]
        fingerprints = self.fingerprints
        is_research = g.is_research(claim.source)
        answered = g.answered_claims(claim.id) if is_research else []
        return {
            "claim": claim,
            "assertion": assertion_id,
            # ``same`` is the first RELATED of these from other sources; ``same_total`` is their count less one.
            "firsts": fingerprints.once(("firsts", assertion_id), lambda: self._same_inputs(assertion_id)),
            "opposing": fingerprints.once(("opposing", assertion_id), lambda: self._opposing_inputs(assertion_id)),
            "answered": answered[:RELATED],
            "answered_rest": sorted(Counter(m.agreement.value for _, m in answered[RELATED:]).items()),
            # the research panels are made from the matches and their findings (whose records bring their studies)
            "matches": [] if is_research else [(m, g.claims[m.finding]) for m in g.matches_of_claim.get(claim.id, [])],
            "citations": [g.citations[c] for c in claim.citations if c in g.citations],
        }

    def _same_inputs(self, assertion_id: str) -> tuple[list[Claim], int, frozenset[str]]:
        firsts, sources = self._firsts(assertion_id)
        return firsts[: RELATED + 1], len(firsts), sources

    def _opposing_inputs(self, assertion_id: str) -> tuple[list[Any], int]:
        contradictions = self.graph.contradictions_of.get(assertion_id, [])
        listed = []
        for contra in contradictions[:MAX_LISTED_DISAGREEMENTS]:
            other = contra.b if contra.a == assertion_id else contra.a
            sides = self._firsts(other)[0]
            listed.append((contra, sides[:RELATED], len(sides)))
        return listed, len(contradictions)

    def _source(self, source: Any) -> dict[str, Any]:
        g = self.graph
        claims = g.claims_by_source.get(source.id, [])
        document = self.documents.get(source.id)
        page = f"sources/{source.id}.html"
        article = render_article(
            document.blocks if document else (),
            claims,
            lambda cid: relative_url(f"claims/{cid}.html", page),
            lambda c: f"{self.claim_text(c)} — {EVIDENCE_LABELS[c.evidence]}",
        )
        return {**self._source_inputs(source), "article": article}

    def _source_inputs(self, source: Any) -> dict[str, Any]:
        """A source page's context but for its article, and the content hash of the file the article is rendered from."""
        g = self.graph
        claims = g.claims_by_source.get(source.id, [])
        return {
            "title": source.title,
            "source": source,
            "claims": claims,
            "document": self.document_keys.get(source.id, object()),
            "citations": g.citations_by_source.get(source.id, []),
            "cited_by": [(c, g.sources[c.source]) for c in g.cited_by.get(source.id, [])],
            "evidence_counts": Counter(c.evidence.value for c in claims),
        }

    def _concept(self, concept: Any) -> dict[str, Any]:
        g = self.graph
        narrower = g.narrower.get(concept.id, [])
        studies, web = g.concept_research(concept.id)
        return {
            "title": concept.label,
            "concept": concept,
            "narrower": narrower,
            "broader": g.concepts.get(concept.broader) if concept.broader else None,
            "sellers": g.sellers.get(concept.id, []),
            "studies": studies,
            "web": web[:MAX_LISTED_CLAIMS],
            "web_total": len(web),
        }


def _one_per_source(claims: list[Claim]) -> list[Claim]:
    """The first claim of each source, in the given order."""
    seen: set[str] = set()
    kept: list[Claim] = []
    for claim in claims:
        if claim.source not in seen:
            seen.add(claim.source)
            kept.append(claim)
    return kept


# Below this many pages, starting worker processes costs more than it saves.
PARALLEL_PAGES = 400
CHUNK_PAGES = (
    100  # pages a worker renders per task at most: what one result holds in memory (a claim page is tens of KB)
)
CHUNKS_AHEAD = 4  # tasks queued per worker beyond the chunk being written

# The renderer, its pages, the last build's fingerprints and the stage, set in the parent just before forking workers that read them.
_RENDERING: tuple[SiteRenderer, list[Page], Mapping[str, str], Stage | None] | None = None


def _extra_files(name: str) -> dict[str, Any]:
    """Make the whole-map files of one kind in a worker (placed in the stage when there is one)."""
    assert _RENDERING is not None
    files = _RENDERING[0].extra_files(name)
    stage = _RENDERING[3]
    return files if stage is None else {path: stage.place(path, data) for path, data in files.items()}


def _render_chunk(bounds: tuple[int, int]) -> list[tuple[Any, str | None, bool]]:
    """Make pages ``start:end`` in a worker: (bytes, or None if unchanged, or where placed; fingerprint; whether unchanged)."""
    assert _RENDERING is not None
    renderer, pages, previous, stage = _RENDERING
    made: list[tuple[Any, str | None, bool]] = []
    for page in pages[bounds[0] : bounds[1]]:
        data, key = renderer._make_page(page, previous)
        if stage is not None:
            made.append((stage.place(page.path, REUSE if data is None else data), key, data is None))
        else:
            made.append((data, key, data is None))
    return made
