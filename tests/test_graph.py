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


def test_map_shows_whether_orthotics_and_support_help_or_weaken_the_feet(seed_map) -> None:
    graph = seed_map.graph
    lexicon = graph.lexicon
    sides = []
    for contra in graph.dataset.contradictions:
        a, b = graph.assertions[contra.a], graph.assertions[contra.b]
        if contra.basis != ContradictionBasis.OPPOSITE_EFFECT:
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
