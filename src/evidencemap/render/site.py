"""Every file of one map's site, as ``(path, bytes)``: its pages, the whole-map files and the exports.

Render never writes to the disk: it reads the theme, and anything kept
between builds (compiled templates, parts of pages) comes in from outside as
an object (``bytecode_cache``, ``parts``). Which pages need rendering, by which
process, and where their bytes go is ``incremental``'s and ``write``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from jinja2 import BytecodeCache

from evidencemap import __version__
from evidencemap.content.config import SiteConfig
from evidencemap.content.document import Document
from evidencemap.link.graph import EvidenceGraph
from evidencemap.link.research import study_name
from evidencemap.model import Claim, EvidenceType
from evidencemap.render.claim_groups import SAYERS_SHOWN
from evidencemap.render.claim_page import claim_pages
from evidencemap.render.environment import Links, SharedParts, make_environment, theme_dir
from evidencemap.render.exports import EXPORTS, Export
from evidencemap.render.glossary import glossary_page
from evidencemap.render.graph_pages import graph_pages
from evidencemap.render.list_pages import claim_list_pages, claim_row_scripts, concept_index_page, source_list_pages
from evidencemap.render.lists import ClaimLists, PartStore
from evidencemap.render.map_pages import (
    contradictions_page,
    gaps_page,
    home_page,
    not_found_page,
    search_page,
)
from evidencemap.render.page import MAX_LISTED_CLAIMS, MAX_LISTED_STUDIES, Page, Paging
from evidencemap.render.questions import question_pages
from evidencemap.render.record_pages import concept_pages, source_pages
from evidencemap.render.search import search_docs, search_files
from evidencemap.render.view import MapView
from evidencemap.vocabulary import (
    AGREEMENT_HELP,
    AGREEMENT_LABELS,
    AGREEMENT_WHOLE,
    DESIGN_LABELS,
    EVIDENCE_HELP,
    EVIDENCE_LABELS,
    FIGURE_TERMS,
    KIND_LABELS,
    OVERREACH_LABELS,
    RESEARCH_STANDING_LABELS,
    STRENGTH_HELP,
    STRENGTH_LABELS,
    VERDICT_HELP,
    VERDICT_LABELS,
    concept_is_plural,
    relation_phrase,
)

# Every kind of HTML page, in the order pages are made: a new kind of page is a template and a function here. The claim
# list comes first, as its pages are the slowest to render (a worker pool takes them first).
PAGES: tuple[Callable[[MapView], list[Page]], ...] = (
    home_page,
    claim_list_pages,
    source_list_pages,
    concept_index_page,
    graph_pages,
    search_page,
    gaps_page,
    question_pages,
    contradictions_page,
    not_found_page,
    glossary_page,
    claim_pages,
    source_pages,
    concept_pages,
)
# The files made from the whole map rather than one page, besides the exports: the search index, the claim list's rows.
EXTRAS: dict[str, Callable[[MapView], dict[str, bytes]]] = {
    "search": lambda view: search_files(search_docs(view)),
    "rows": claim_row_scripts,
}
THEME_FILES = ("static/style.css", "static/site.js")


class SiteRenderer:
    """Renders every file of one map; holds the template environment and what its pages share."""

    def __init__(
        self,
        graph: EvidenceGraph,
        config: SiteConfig,
        documents: Mapping[str, Document],
        theme: Path | None = None,
        document_keys: Mapping[str, str] | None = None,
        bytecode_cache: BytecodeCache | None = None,
        parts: PartStore | None = None,
        paging: Paging | None = None,
    ) -> None:
        """``bytecode_cache``: where compiled templates are kept between builds, or None; ``parts``: where parts of
        pages are kept between builds (``lists.PartStore``), or None; ``paging``: how long the paged lists are."""
        self.graph = graph
        self.config = config
        self.view = MapView(graph, config, documents, document_keys or {}, paging or Paging())
        self.theme = theme or theme_dir()
        self.env = make_environment(self.theme, bytecode_cache)
        self.links = Links(config.base_url)
        self.lists = ClaimLists(self.env, self.view, self.links, parts)
        self.env.globals.update(self._template_globals())
        self.env.filters.update(label=self.view.label, phrase=self._phrase)

    def _phrase(self, claim: Claim) -> str:
        """The ``phrase`` filter: a claim's verb phrase, agreeing with its subject ("flat feet are linked to")."""
        subject = self.graph.concepts.get(claim.subject)
        return relation_phrase(claim.relation, claim.negated, subject is not None and concept_is_plural(subject))

    def _template_globals(self) -> dict[str, Any]:
        """What every template sees besides its page's context."""
        graph, links = self.graph, self.links
        return {
            "site": self.config,
            "version": __version__,
            "evidence_labels": {k.value: v for k, v in EVIDENCE_LABELS.items()},
            "evidence_help": {k.value: v for k, v in EVIDENCE_HELP.items()},
            "kind_labels": {k.value: v for k, v in KIND_LABELS.items()},
            "evidence_types": [e.value for e in EvidenceType],
            "agreement_labels": AGREEMENT_LABELS,
            "agreement_whole": AGREEMENT_WHOLE,
            "agreement_help": AGREEMENT_HELP,
            "verdict_labels": VERDICT_LABELS,
            "verdict_help": VERDICT_HELP,
            "max_listed_studies": MAX_LISTED_STUDIES,
            "max_listed_claims": MAX_LISTED_CLAIMS,
            "overreach_labels": OVERREACH_LABELS,
            "research_labels": RESEARCH_STANDING_LABELS,
            "design_labels": {k.value: v for k, v in DESIGN_LABELS.items()},
            "strength_labels": STRENGTH_LABELS,
            "figure_terms": FIGURE_TERMS,
            "strength_help": STRENGTH_HELP,
            "study_name": study_name,
            # The only ways a template reaches into the graph besides its context; each is part of what a claim's
            # fingerprint covers (incremental/fingerprint.py), so a page showing them is re-rendered when they change.
            "source_of": lambda claim: graph.sources[claim.source],
            "agreement_of": graph.agreement_of,
            "overreach_of": lambda claim_id: graph.overreach_of.get(claim_id, []),
            "claim_items": self.lists.items,
            "shared_part": SharedParts(self.env, links),
            "claim_rows": self.lists.rows,
            "sayers_shown": SAYERS_SHOWN,
            "url": lambda target: links.url(target),
            # every link to a claim: its part of its assertion's page, relative to the page being rendered
            "claim_url": lambda claim_id: links.url(self.view.claim_path(claim_id)),
            "claim_text": self.view.claim_text,
        }

    def label(self, concept_id: str | None) -> str:
        """Display label of a concept id."""
        return self.view.label(concept_id)

    def claim_text(self, claim: Claim) -> str:
        """A claim as one plain sentence: "orthotics relieve low back pain"."""
        return self.view.claim_text(claim)

    def pages(self) -> list[Page]:
        """Every HTML page of the site, in the order of ``PAGES``."""
        return [page for family in PAGES for page in family(self.view)]

    def render_page(self, page: Page, context: dict[str, Any] | None = None) -> bytes:
        """One page's bytes, its links relative to it; ``context``: the page's, when the caller has made it already."""
        path = page.path
        self.links.at(path)
        made = page.make_context() if context is None else context
        made = {**made, "page_path": path, "canonical": self.config.base_url + path}
        return self.env.get_template(page.template).render(made).encode("utf-8")

    def extra_files(self, name: str) -> dict[str, bytes]:
        """The whole-map files of one kind of ``EXTRAS``."""
        return EXTRAS[name](self.view)

    def exports(self) -> tuple[Export, ...]:
        """The machine-readable files of ``data/`` (``exports.EXPORTS``), each made by ``export.make(graph)``."""
        return EXPORTS

    def closing_files(self, page_paths: Iterable[str]) -> list[tuple[str, bytes]]:
        """The files made last: the theme's static files, the sitemap of ``page_paths`` and robots.txt."""
        files = [(name, (self.theme / name).read_bytes()) for name in THEME_FILES]
        files.append(("sitemap.xml", self._sitemap([p for p in page_paths if p != "404.html"])))
        robots = f"User-agent: *\nAllow: /\nSitemap: {self.config.base_url}sitemap.xml\n"
        files.append(("robots.txt", robots.encode()))
        return files

    def files(self) -> Iterator[tuple[str, bytes | Iterable[bytes]]]:
        """Every file of the site as ``(path, data)``, all rendered here and now, one after another.

        A build renders through ``incremental.pages`` instead, which skips unchanged pages and spreads the work."""
        pages = self.pages()
        for name in EXTRAS:
            yield from self.extra_files(name).items()
        for export in self.exports():
            yield export.path, export.make(self.graph)
        for page in pages:
            yield page.path, self.render_page(page)
        yield from self.closing_files(page.path for page in pages)

    def warm(self) -> None:
        """Compile every template before forking, so workers inherit them instead of each compiling its own."""
        for name in self.env.list_templates(filter_func=lambda n: n.endswith(".html")):
            self.env.get_template(name)
        self.lists.macros  # noqa: B018 (made once, shared by every page)

    def _sitemap(self, paths: list[str]) -> bytes:
        """``sitemap.xml``; its URLs are absolute when the base URL is."""
        base = self.config.base_url
        rows = "".join(f"  <url><loc>{escape(base + p)}</loc></url>\n" for p in sorted(paths))
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n'
        ).encode()
