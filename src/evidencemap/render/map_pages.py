"""The pages about the whole map: home, gap map, disagreements, search, and the 404 page."""

from __future__ import annotations

from collections import Counter

from evidencemap.kinds import REAL_CONTRADICTIONS
from evidencemap.model import ContradictionBasis, EvidenceType
from evidencemap.render.page import RELATED, Page
from evidencemap.render.view import MapView
from evidencemap.vocabulary import GAP_FINDING_WORDS


def home_page(view: MapView) -> list[Page]:
    """The map at a glance: counts by kind and evidence, the widest disagreements and gaps."""
    data = view.graph.dataset
    by_kind = Counter(s.kind.value for s in data.sources)
    by_evidence = Counter(c.evidence.value for c in data.claims)
    interventions = view.gap_maps["interventions"]
    real = [c for c in data.contradictions if c.basis in REAL_CONTRADICTIONS]
    ranked = sorted(
        real,
        key=lambda x: -len(set(view.graph.assertions[x.a].sources) | set(view.graph.assertions[x.b].sources)),
    )
    context = {
        "source_count": len(data.sources),
        "claim_count": len(data.claims),
        "contradiction_count": len(real),
        "title": view.config.title,
        "by_kind": sorted(by_kind.items()),
        "by_evidence": [(e.value, by_evidence.get(e.value, 0)) for e in EvidenceType],
        "research_claims": sum(1 for c in data.claims if c.evidence == EvidenceType.CITED_RESEARCH),
        "commercial_claims": sum(1 for c in data.claims if c.commercial_interest),
        "top_contradictions": ranked[:5],
        "gap_pairs": len(interventions.cells),
        "gap_count": interventions.gaps,
        "top_gaps": view.gap_sections()[0]["top_gaps"][:5],
    }
    return [Page("index.html", "home.html", context)]


def search_page(view: MapView) -> list[Page]:
    """The search page; what it finds is in the index (``search.search_files``)."""
    return [Page("search.html", "search.html", {"title": "Search"})]


def gaps_page(view: MapView) -> list[Page]:
    """The evidence gap maps: which interventions and causes no research has looked at for which outcomes."""
    context = {"title": "Evidence gap map", "gap_sections": view.gap_sections(), "finding_words": GAP_FINDING_WORDS}
    return [Page("gaps.html", "gaps.html", context)]


# The disagreements page in three parts: what cannot both be right first, then what can.
DISAGREEMENT_GROUPS = (
    (
        "contradictions",
        "Cannot both be right",
        "One side denies, or research found no significant effect of, what the other asserts; or the two sides claim "
        "opposite effects on the same outcome.",
        {ContradictionBasis.NEGATION, ContradictionBasis.OPPOSITE_EFFECT},
    ),
    (
        "studies-differ",
        "Where studies differ",
        "A study found an effect or a link that other research did not find. Both can be right: a study can miss an "
        "effect that is there (too few people, a different comparison), and one trial can find what a pooled "
        "analysis does not confirm. Compare their designs, levels and comparators.",
        {ContradictionBasis.STUDIES_DIFFER},
    ),
    (
        "tensions",
        "Tensions: help on one outcome, harm on another",
        "One side claims a benefit on one outcome, the other a harm on a related one. Both may hold; weigh them "
        "together.",
        {ContradictionBasis.TENSION},
    ),
)


def contradictions_page(view: MapView) -> list[Page]:
    """Every disagreement, with up to RELATED claims on each side."""
    g = view.graph
    rows = []
    for contra in g.dataset.contradictions:
        a, b = g.assertions[contra.a], g.assertions[contra.b]
        rows.append(
            (contra, a, [g.claims[c] for c in a.claims[:RELATED]], b, [g.claims[c] for c in b.claims[:RELATED]])
        )
    groups = [
        (basis, heading, text, [row for row in rows if row[0].basis in bases])
        for basis, heading, text, bases in DISAGREEMENT_GROUPS
    ]
    context = {"title": "Where sources disagree", "groups": [g for g in groups if g[3]], "per_side": RELATED}
    return [Page("contradictions.html", "contradictions.html", context)]


def not_found_page(view: MapView) -> list[Page]:
    """The 404 page, served at any depth: its links start from the site's root path."""
    return [Page("404.html", "404.html", {"title": "Page not found"})]
