"""Linking: assertions across sources, support, contradictions and credibility on the seed map."""

from __future__ import annotations

from evidencemap.model import ContradictionBasis, Relation


def assertions_of(seed_map):
    return seed_map.graph.assertions


def test_claims_with_the_same_meaning_form_one_assertion_across_sources(seed_map) -> None:
    graph = seed_map.graph
    multi = [a for a in graph.dataset.assertions if len(a.sources) > 1]
    assert multi, "no assertion is made by more than one source"
    for assertion in graph.dataset.assertions:
        for claim_id in assertion.claims:
            claim = graph.claims[claim_id]
            assert (claim.subject, claim.relation, claim.object, claim.negated) == (
                assertion.subject,
                assertion.relation,
                assertion.object,
                assertion.negated,
            )


def test_map_shows_whether_flat_feet_are_linked_to_back_pain(seed_map) -> None:
    graph = seed_map.graph
    lexicon = graph.lexicon
    found = []
    for contra in graph.dataset.contradictions:
        a, b = graph.assertions[contra.a], graph.assertions[contra.b]
        pair = {a.subject, b.subject}
        if contra.basis == ContradictionBasis.NEGATION and all(lexicon.is_within(s, "foot-posture") for s in pair):
            sources = set(a.sources) | set(b.sources)
            found.append(sources)
    assert any({"hodandhod-weak-feet-bad-back", "crux-feet-low-back-pain"} <= s for s in found), found


def test_help_on_one_outcome_against_harm_on_another_is_a_tension_not_a_contradiction(seed_map) -> None:
    """Orthotics said to correct foot misalignment, and support said to weaken foot muscles: both may hold, so the
    map shows them as a tension, apart from what cannot both be right."""
    graph = seed_map.graph
    lexicon = graph.lexicon
    sides = []
    for contra in graph.dataset.contradictions:
        a, b = graph.assertions[contra.a], graph.assertions[contra.b]
        if contra.basis != ContradictionBasis.TENSION:
            continue
        if not all(lexicon.is_within(x.subject, "external-support") for x in (a, b)):
            continue
        help_side = next(x for x in (a, b) if x.relation in (Relation.TREATS, Relation.PREVENTS))
        harm_side = next(x for x in (a, b) if x.relation in (Relation.CAUSES, Relation.WORSENS))
        if harm_side.object == "foot-muscle-weakness" and lexicon.is_within(help_side.object, "foot-dysfunction"):
            sides.append((set(help_side.sources), set(harm_side.sources)))
    assert any("ideastep-walking-back-pain" in h and "hodandhod-weak-feet-bad-back" in w for h, w in sides), sides


def test_narrower_assertions_support_broader_ones(seed_map) -> None:
    graph = seed_map.graph
    lexicon = graph.lexicon
    supporting = [a for a in graph.dataset.assertions if a.supports]
    assert supporting
    for assertion in supporting:
        for target_id in assertion.supports:
            target = graph.assertions[target_id]
            assert lexicon.is_within(assertion.subject, target.subject) and lexicon.is_within(
                assertion.object, target.object
            )
            assert (assertion.relation, assertion.negated) == (target.relation, target.negated)


def test_vendor_credibility_says_what_it_sells_and_that_it_discloses_nothing(seed_map) -> None:
    graph = seed_map.graph
    biopods = graph.sources["biopods-lower-back-pain"].credibility
    assert biopods is not None and not biopods.disclosure.met and "sells" in biopods.disclosure.reason
    research = graph.sources["research-chuter-2014-insoles-meta-analysis"].credibility
    assert research is not None and research.authorship.met and research.attribution.met and research.score >= 3


SHOP_PAGE = """---
title: Knee relief
publisher: KneeCo
---
# Knee relief

The KneeEase sleeve relieves knee pain. Only $39.99, with a money-back guarantee. Add to cart.
"""
FUNDED_STUDY = """---
title: Knee sleeves for osteoarthritis
kind: research
year: 2020
---
## Results

Knee sleeves did not reduce knee pain (mean difference -0.2, 95% CI -0.8 to 0.4).

## Funding

Funded by a national research council; the authors declare no conflicts of interest.
"""
KNEE_LEXICON = """concepts:
  - {id: knee-sleeves, label: knee sleeves, kind: intervention}
  - {id: kneeease, label: KneeEase sleeve, kind: product, broader: knee-sleeves, aliases: [KneeEase]}
  - {id: knee-pain, label: knee pain, kind: condition}
"""


def test_selling_on_the_page_is_an_interest_and_a_study_is_judged_on_its_funding_statement(tmp_path) -> None:
    """A page with a price and a cart sells, though its front matter names nothing it sells; a study discloses by
    stating its funding and conflicts, not by naming a publisher."""
    from evidencemap.build import make_map

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "lexicon.yaml").write_text(KNEE_LEXICON, encoding="utf-8")
    (content / "sources" / "kneeco.md").write_text(SHOP_PAGE, encoding="utf-8")
    (content / "sources" / "study.md").write_text(FUNDED_STUDY, encoding="utf-8")
    graph = make_map(content).graph
    shop = graph.sources["kneeco"]
    assert shop.selling_signs == ["$39.99", "money-back guarantee", "Add to cart"]
    assert not shop.credibility.disclosure.met and "sells on the page itself" in shop.credibility.disclosure.reason
    product = next(c for c in graph.claims_by_source["kneeco"] if c.subject == "kneeease")
    assert product.commercial_interest and "$39.99" in product.commercial_reason
    study = graph.sources["study"]
    assert study.credibility.disclosure.met and "declare no conflicts" in study.credibility.disclosure.reason
