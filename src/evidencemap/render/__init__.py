"""Stage 5, render: the evidence graph in, every file of the site out as bytes.

Nothing here touches the disk except reading the theme; ``write`` does the
writing. All links are relative to the page that holds them, so the site works
opened from disk, at a domain root or under any sub-path.
"""

from __future__ import annotations

import json
import posixpath
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from evidencemap import __version__
from evidencemap.config import SiteConfig
from evidencemap.document import Document
from evidencemap.graph import EvidenceGraph, relation_phrase
from evidencemap.model import Claim, EvidenceType, SourceKind
from evidencemap.render.article import render_article
from evidencemap.render.exports import claims_csv, dataset_json, dataset_schema, graphml
from evidencemap.render.svg import render_svg

EVIDENCE_LABELS = {
    EvidenceType.CITED_RESEARCH: "Cited research",
    EvidenceType.NAMED_STUDY: "Named study, untraceable",
    EvidenceType.WEB_REFERENCE: "Web reference",
    EvidenceType.RESEARCH_APPEAL: "Appeal to research",
    EvidenceType.EXPERT_OPINION: "Expert opinion",
    EvidenceType.TESTIMONIAL: "Testimonial",
    EvidenceType.MARKETING: "Marketing",
    EvidenceType.ASSERTION: "Bare assertion",
}
EVIDENCE_HELP = {
    EvidenceType.CITED_RESEARCH: "backed by a study a reader can trace (DOI, PMID or full reference), or reported by the study itself",
    EvidenceType.NAMED_STUDY: "a study is mentioned, but not so that anyone could find it",
    EvidenceType.WEB_REFERENCE: "points at web pages, not studies",
    EvidenceType.RESEARCH_APPEAL: "“research shows”, with nothing specific",
    EvidenceType.EXPERT_OPINION: "a clinician's own experience or view",
    EvidenceType.TESTIMONIAL: "a first-person endorsement on a seller's page",
    EvidenceType.MARKETING: "the seller's claim about what it sells",
    EvidenceType.ASSERTION: "stated with no support at all",
}
KIND_LABELS = {
    SourceKind.VENDOR: "Vendor", SourceKind.CLINIC: "Clinic", SourceKind.BLOG: "Blog", SourceKind.NEWS: "News",
    SourceKind.PATIENT_EDUCATION: "Patient education", SourceKind.RESEARCH: "Research", SourceKind.OTHER: "Other",
}
THEME_FILES = ("static/style.css", "static/site.js")


def theme_dir() -> Path:
    """The default theme folder, shipped inside the package."""
    return Path(str(resources.files("evidencemap.theme")))


@dataclass(frozen=True, slots=True)
class Page:
    """A page to render: its output path, template and context."""

    path: str
    template: str
    context: dict[str, Any]


def relative_url(target: str, page: str) -> str:
    """``target`` (a site path) as a link relative to the folder of ``page``."""
    base = posixpath.dirname(page) or "."
    return posixpath.relpath(target, base)


class SiteRenderer:
    """Renders every page of one map; holds the template environment and lookups."""

    def __init__(self, graph: EvidenceGraph, config: SiteConfig, documents: dict[str, Document], theme: Path | None = None) -> None:
        self.graph = graph
        self.config = config
        self.documents = documents
        self.theme = theme or theme_dir()
        self.env = Environment(
            loader=FileSystemLoader(str(self.theme)),
            autoescape=select_autoescape(["html", "xml"], default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.globals.update(
            site=config, version=__version__, evidence_labels={k.value: v for k, v in EVIDENCE_LABELS.items()},
            evidence_help={k.value: v for k, v in EVIDENCE_HELP.items()}, kind_labels={k.value: v for k, v in KIND_LABELS.items()},
            evidence_types=[e.value for e in EvidenceType], graph=graph,
        )
        self.env.filters.update(label=self.label, phrase=lambda c: relation_phrase(c.relation, c.negated))

    def label(self, concept_id: str | None) -> str:
        """Display label of a concept id."""
        if concept_id is None:
            return ""
        concept = self.graph.concepts.get(concept_id)
        return concept.label if concept else concept_id

    def claim_text(self, claim: Claim) -> str:
        """A claim as one plain sentence: "orthotics relieve low back pain"."""
        return f"{self.label(claim.subject)} {relation_phrase(claim.relation, claim.negated)} {self.label(claim.object)}"

    def render(self) -> dict[str, bytes]:
        """Every file of the site, keyed by its path under the output folder."""
        files: dict[str, bytes] = {}
        pages = self.pages()
        for page in pages:
            files[page.path] = self._render_page(page)
        for name in THEME_FILES:
            files[name] = (self.theme / name).read_bytes()
        files["data/evidence.json"] = dataset_json(self.graph)
        files["data/evidence.schema.json"] = dataset_schema()
        files["data/claims.csv"] = claims_csv(self.graph)
        files["data/evidence.graphml"] = graphml(self.graph)
        files["sitemap.xml"] = self._sitemap([p.path for p in pages if p.path != "404.html"])
        files["robots.txt"] = f"User-agent: *\nAllow: /\nSitemap: {self._absolute('sitemap.xml')}\n".encode()
        return dict(sorted(files.items()))

    def _absolute(self, path: str) -> str:
        """An absolute URL (or root-relative path) for ``path`` under the base URL."""
        return self.config.base_url + path

    def _sitemap(self, paths: list[str]) -> bytes:
        """``sitemap.xml``; its URLs are absolute when the base URL is."""
        from xml.sax.saxutils import escape

        rows = "".join(f"  <url><loc>{escape(self._absolute(p))}</loc></url>\n" for p in sorted(paths))
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n'.encode()

    def _render_page(self, page: Page) -> bytes:
        """Render one page with link helpers relative to it."""
        if page.path == "404.html":
            base = self.config.base_url if not self.config.base_url.startswith("http") else "/" + self.config.base_url.split("/", 3)[-1]
            url: Callable[[str], str] = lambda target: base + target  # noqa: E731 - served from any depth
        else:
            url = lambda target: relative_url(target, page.path)  # noqa: E731
        context = {
            **page.context, "page_path": page.path, "url": url, "claim_text": self.claim_text,
            "canonical": self._absolute(page.path),
        }
        return self.env.get_template(page.template).render(context).encode("utf-8")

    # ---- page lists -------------------------------------------------------------------------

    def pages(self) -> list[Page]:
        """Every HTML page of the site."""
        g = self.graph
        data = g.dataset
        pages = [
            Page("index.html", "home.html", self._home()),
            Page("claims/index.html", "claims.html", {"title": "All claims", "claims": data.claims, "facets": self._facets()}),
            Page("sources/index.html", "sources.html", {"title": "Sources", "sources": data.sources}),
            Page("concepts/index.html", "concepts.html", {"title": "Concepts", "concepts": data.concepts}),
            Page("graph.html", "graph.html", {"title": "Evidence graph", "svg_for": self._svg_for}),
            Page("contradictions.html", "contradictions.html", {"title": "Where sources disagree", "contradictions": data.contradictions}),
            Page("404.html", "404.html", {"title": "Page not found"}),
        ]
        for claim in data.claims:
            pages.append(Page(f"claims/{claim.id}.html", "claim.html", self._claim(claim)))
        for source in data.sources:
            pages.append(Page(f"sources/{source.id}.html", "source.html", self._source(source)))
        for concept in data.concepts:
            pages.append(Page(f"concepts/{concept.id}.html", "concept.html", self._concept(concept)))
        return pages

    def _svg_for(self, page_path: str) -> str:
        """The evidence graph SVG with links relative to ``page_path``."""
        return render_svg(self.graph.edges, self.graph.lexicon, lambda cid: relative_url(f"concepts/{cid}.html", page_path), self.config.title)

    def _home(self) -> dict[str, Any]:
        data = self.graph.dataset
        by_kind = Counter(s.kind.value for s in data.sources)
        by_evidence = Counter(c.evidence.value for c in data.claims)
        research_claims = sum(1 for c in data.claims if c.evidence == EvidenceType.CITED_RESEARCH)
        commercial = sum(1 for c in data.claims if c.commercial_interest)
        ranked = sorted(data.contradictions, key=lambda x: -len(set(self.graph.assertions[x.a].sources) | set(self.graph.assertions[x.b].sources)))
        return {
            "title": self.config.title, "by_kind": sorted(by_kind.items()), "by_evidence": [(e.value, by_evidence.get(e.value, 0)) for e in EvidenceType],
            "research_claims": research_claims, "commercial_claims": commercial, "top_contradictions": ranked[:5],
        }

    def _facets(self) -> dict[str, list[tuple[str, str]]]:
        data = self.graph.dataset
        used = sorted({c for claim in data.claims for c in (claim.subject, claim.object)}, key=self.label)
        return {
            "evidence": [(e.value, EVIDENCE_LABELS[e]) for e in EvidenceType],
            "kind": [(k.value, KIND_LABELS[k]) for k in SourceKind if any(s.kind == k for s in data.sources)],
            "relation": sorted({(c.relation.value, c.relation.value.replace("_", " ")) for c in data.claims}),
            "concept": [(cid, self.label(cid)) for cid in used],
        }

    def _claim(self, claim: Claim) -> dict[str, Any]:
        g = self.graph
        assertion = g.assertions[g.assertion_of_claim[claim.id]]
        # One claim per other source: a source repeating a sentence a thousand times must not
        # put a thousand cards on each of a thousand pages (quadratic output from hostile input).
        same = _one_per_source([g.claims[c] for c in assertion.claims], exclude=claim.source)
        opposing = []
        for contra in g.contradictions_of_claim(claim.id):
            other = contra.b if contra.a == assertion.id else contra.a
            opposing.append((contra, _one_per_source([g.claims[c] for c in g.assertions[other].claims])))
        source = g.sources[claim.source]
        jsonld = {
            "@context": "https://schema.org", "@type": "Claim", "text": claim.quote,
            "author": {"@type": "Organization", "name": source.publisher or source.title},
            "appearance": {"@type": "CreativeWork", "name": source.title, **({"url": source.url} if source.url else {})},
            "about": [self.label(claim.subject), self.label(claim.object)],
        }
        return {
            "title": self.claim_text(claim), "claim": claim, "source": source, "assertion": assertion, "same": same, "opposing": opposing,
            "citations": [g.citations[c] for c in claim.citations if c in g.citations],
            "jsonld": json.dumps(jsonld, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c"),
        }

    def _source(self, source: Any) -> dict[str, Any]:
        g = self.graph
        claims = g.claims_by_source.get(source.id, [])
        document = self.documents.get(source.id)
        page = f"sources/{source.id}.html"
        article = render_article(
            document.blocks if document else (), claims, lambda cid: relative_url(f"claims/{cid}.html", page),
            lambda c: f"{self.claim_text(c)} — {EVIDENCE_LABELS[c.evidence]}",
        )
        return {
            "title": source.title, "source": source, "claims": claims, "article": article,
            "citations": g.citations_by_source.get(source.id, []), "cited_by": g.cited_by.get(source.id, []),
            "evidence_counts": Counter(c.evidence.value for c in claims),
        }

    def _concept(self, concept: Any) -> dict[str, Any]:
        g = self.graph
        claims = g.claims_by_concept.get(concept.id, [])
        research = [c for c in claims if c.evidence == EvidenceType.CITED_RESEARCH]
        commercial = [c for c in claims if c.evidence != EvidenceType.CITED_RESEARCH and (c.commercial_interest or g.sources[c.source].kind == SourceKind.VENDOR)]
        placed = {c.id for c in research} | {c.id for c in commercial}
        other = [c for c in claims if c.id not in placed]
        narrower = g.narrower.get(concept.id, [])
        return {
            "title": concept.label, "concept": concept, "research": research, "commercial": commercial, "other": other,
            "narrower": narrower, "broader": g.concepts.get(concept.broader) if concept.broader else None,
            "sellers": g.sellers.get(concept.id, []),
        }


def _one_per_source(claims: list[Claim], exclude: str | None = None) -> list[Claim]:
    """The first claim of each source (in the given order), leaving out ``exclude``."""
    seen: set[str] = set() if exclude is None else {exclude}
    kept: list[Claim] = []
    for claim in claims:
        if claim.source not in seen:
            seen.add(claim.source)
            kept.append(claim)
    return kept


def render(graph: EvidenceGraph, config: SiteConfig, documents: dict[str, Document], theme: Path | None = None) -> dict[str, bytes]:
    """Render the whole site to ``{path: bytes}``."""
    return SiteRenderer(graph, config, documents, theme).render()
