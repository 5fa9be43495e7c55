"""Research sources: design and level, findings with figures, web claims set beside the research, overreach.

Two maps: the default one (the issue's bars on the seed claims) and a small map
on another topic (tests/fixtures/research-map) whose research sources are
structured abstracts written for these tests, with no design in their front
matter, so everything is read from the text through load + extract + link.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from evidencemap.build import make_map
from evidencemap.content.sections import Section, sections
from evidencemap.extract.findings import parse_figures
from evidencemap.link.graph import EvidenceGraph
from evidencemap.model import Agreement, Claim, EvidenceType, OverreachKind, Relation, StudyDesign, Verdict

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "research-map"
MENZ = "research-menz-2013-framingham-foot"
CHUTER = "research-chuter-2014-insoles-meta-analysis"
COCHRANE = "research-cochrane-insoles-back-pain"
CAMBRON = "research-cambron-2017-orthotics-rct"


def web_claim(graph: EvidenceGraph, source: str, words: str) -> Claim:
    """The one claim of ``source`` whose quote contains ``words``."""
    found = [c for c in graph.claims_by_source[source] if words.lower() in c.quote.lower()]
    assert len(found) == 1, [c.quote for c in found]
    return found[0]


def studies_of(graph: EvidenceGraph, claim: Claim) -> set[str]:
    return {panel.study.id for panel in graph.research_panel(claim.id)}


def kinds_of(graph: EvidenceGraph, claim: Claim) -> set[OverreachKind]:
    return {flag.kind for flag in graph.overreach_of.get(claim.id, [])}


# ---- the bars on the default map -----------------------------------------------------------------------


def test_flat_feet_claim_is_linked_to_framingham_contradicted_and_overreaching(seed_map) -> None:
    graph = seed_map.graph
    claim = web_claim(graph, "hodandhod-weak-feet-bad-back", "4.5 times more likely")
    assert claim.subject == "flat-feet" and not claim.negated
    assert MENZ in studies_of(graph, claim)
    assert graph.agreement_of(claim.id) == Agreement.CONTRADICTED
    assert OverreachKind.LINK_NOT_FOUND in kinds_of(graph, claim)
    flag = graph.overreach_of[claim.id][0]
    assert "Menz et al. 2013" in flag.summary and all(graph.claims[f].source == MENZ for f in flag.findings)


def test_a_denial_resting_on_a_null_finding_is_inconclusive_not_consistent(seed_map) -> None:
    """Menz found no association between foot posture and back pain; that does not show there is none, so a page
    saying "foot posture is not linked to back pain" is not confirmed by it."""
    graph = seed_map.graph
    claim = web_claim(graph, "crux-feet-low-back-pain", "static foot posture")
    assert (claim.subject, claim.relation, claim.negated) == ("foot-posture", Relation.ASSOCIATED_WITH, True)
    assert studies_of(graph, claim) == {MENZ}
    assert graph.agreement_of(claim.id) == Agreement.INCONCLUSIVE
    assert not graph.overreach_of.get(claim.id)


def test_a_link_found_in_women_only_backs_a_claim_that_it_shows_more_in_women(seed_map) -> None:
    graph = seed_map.graph
    claim = web_claim(graph, "crux-feet-low-back-pain", "more evident in women")
    assert graph.agreement_of(claim.id) == Agreement.MIXED
    assert not graph.overreach_of.get(claim.id)


def test_a_causal_claim_answered_by_a_cross_sectional_study_is_flagged(seed_map) -> None:
    graph = seed_map.graph
    claim = next(
        c
        for c in graph.claims_by_source["crux-feet-low-back-pain"]
        if "can contribute to not only low back pain" in c.quote and c.object == "low-back-pain"
    )
    assert claim.relation == Relation.CAUSES and not claim.negated
    assert OverreachKind.CAUSAL_FROM_ASSOCIATION in kinds_of(graph, claim)


def test_orthotics_claims_stand_beside_both_reviews_and_the_trial(seed_map) -> None:
    graph = seed_map.graph
    orthotics = [
        c
        for c in graph.claims_by_source["ideastep-walking-back-pain"]
        if graph.lexicon.is_within(c.subject, "insoles")
        and c.relation == Relation.TREATS
        and graph.lexicon.is_within(c.object, "back-pain")
    ]
    assert len(orthotics) >= 3
    for claim in orthotics:
        assert studies_of(graph, claim) == {CHUTER, COCHRANE, CAMBRON}, claim.quote
        assert OverreachKind.EFFECT_NOT_FOUND in kinds_of(graph, claim)
        by_study = {p.study.id: p.agreement for p in graph.research_panel(claim.id)}
        assert by_study[CHUTER] == Agreement.CONTRADICTED and by_study[CAMBRON] == Agreement.CONSISTENT


def test_the_trial_shows_it_had_no_placebo_arm(seed_map) -> None:
    appraisal = seed_map.graph.sources[CAMBRON].appraisal
    assert appraisal is not None and appraisal.level == 2
    assert any("placebo" in c.lower() for c in appraisal.caveats)


def test_reviews_that_pooled_few_or_weak_trials_say_so(seed_map) -> None:
    for review in (CHUTER, COCHRANE):
        appraisal = seed_map.graph.sources[review].appraisal
        assert appraisal is not None and appraisal.level == 1
        assert any("uncertain" in c for c in appraisal.caveats), (review, appraisal.caveats)


def test_claim_page_shows_research_beside_the_vendor_claim(built_site, seed_map) -> None:
    out, _ = built_site
    graph = seed_map.graph
    claim = web_claim(graph, "ideastep-walking-back-pain", "Custom orthotics, on the other hand")
    html = (out / "claims" / f"{graph.assertion_of_claim[claim.id]}.html").read_text(encoding="utf-8")
    found = html.index("What research found")
    claimed = html.index("What vendors and clinicians claim")
    assert found < claimed
    research_half = html[found:claimed]
    for name in ("Chuter et al. 2014", "Cochrane Back Group", "Cambron et al. 2017"):
        assert name in research_half
    assert "No placebo or sham arm" in research_half
    assert "SMD −0.74, 95% CI −1.5 to 0.03" in research_half and "not significant" in research_half
    assert "Benefit claimed, trials found no significant effect" in html
    flat = web_claim(graph, "hodandhod-weak-feet-bad-back", "4.5 times more likely")
    page = (out / "claims" / f"{graph.assertion_of_claim[flat.id]}.html").read_text(encoding="utf-8")
    assert "Contradicted by research" in page and "Link claimed, none found" in page and "Menz et al. 2013" in page


def test_concept_page_sets_findings_beside_claims(built_site) -> None:
    out, _ = built_site
    html = (out / "concepts" / "flat-feet.html").read_text(encoding="utf-8")
    found, claimed = html.index('id="h-research"'), html.index('id="h-vendors"')
    assert "Flat feet (planus foot posture) showed no association with low back pain." in html[found:claimed]
    assert "Evidence level 4 of 5" in html[found:claimed]
    assert "4.5 times more likely" in html[claimed:] and "Contradicted by research" in html[claimed:]


def test_research_is_counted_apart_on_graph_edges_and_gap_cells(seed_map) -> None:
    graph = seed_map.graph
    for edge in graph.edges:
        assert set(edge.research_sources) | set(edge.web_sources) == set(edge.sources)
        assert all(graph.is_research(s) for s in edge.research_sources)
        assert not any(graph.is_research(s) for s in edge.web_sources)
    cell = graph.cells[("foot-orthoses", "low-back-pain")]
    assert CHUTER in cell.studies and cell.findings
    assert "ideastep-walking-back-pain" in cell.web_sources and cell.answered >= 1
    assert not set(cell.studies) & set(cell.web_sources)


def test_the_dataset_publishes_matches_and_overreach(built_site) -> None:
    import json

    out, _ = built_site
    data = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    claims = {c["id"] for c in data["claims"]}
    assert data["research_matches"] and data["overreach"]
    assert all(m["claim"] in claims and m["finding"] in claims for m in data["research_matches"])
    assert {o["kind"] for o in data["overreach"]} >= {"link_not_found", "effect_not_found", "causal_from_association"}


# ---- findings: figures and null results ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value", "low", "high", "significant"),
    [
        ("(OR 1.51, 95% CI 1.10–2.07)", "OR", 1.51, 1.10, 2.07, True),
        ("(SMD −0.74, 95% CI −1.5 to 0.03)", "SMD", -0.74, -1.5, 0.03, False),
        ("(pooled RR 0.73, 95% CI 0.43 to 1.22, P = 0.17)", "RR", 0.73, 0.43, 1.22, False),
        ("hazard ratio 0.62 (95% confidence interval 0.45-0.86)", "HR", 0.62, 0.45, 0.86, True),
        ("mean difference -2.1 (95% CI -3.0 to -1.2)", "MD", -2.1, -3.0, -1.2, True),
        ("an odds ratio of 1.2", "OR", 1.2, None, None, None),
    ],
)
def test_effect_sizes_are_read_with_their_intervals(
    text: str, kind: str, value: float, low: float | None, high: float | None, significant: bool | None
) -> None:
    figure = parse_figures(text)[0]
    assert (figure.kind, figure.value, figure.ci_low, figure.ci_high, figure.significant) == (
        kind,
        value,
        low,
        high,
        significant,
    )
    assert figure.text in text


@pytest.mark.parametrize(
    ("text", "value", "significant"),
    [("P < .0001", 0.0001, True), ("P = .3431", 0.3431, False), ("p=0.04", 0.04, True), ("P > 0.05", 0.05, False)],
)
def test_p_values_are_read_and_judged(text: str, value: float, significant: bool) -> None:
    figure = parse_figures(f"Pain improved ({text}).")[0]
    assert (figure.kind, figure.value, figure.significant) == ("P", value, significant)


def test_words_that_look_like_figures_are_not_figures() -> None:
    assert parse_figures("Oregon (OR) residents, 3 times a day, in the RR unit.") == []


def test_null_findings_of_the_default_studies_are_negated_claims_with_figures(seed_map) -> None:
    graph = seed_map.graph
    chuter = graph.claims_by_source[CHUTER]
    treatment = [c for c in chuter if c.relation == Relation.TREATS and "SMD" in c.quote]
    assert treatment and all(c.negated for c in treatment)
    assert treatment[0].figures[0].kind == "SMD" and treatment[0].figures[0].significant is False
    menz = {(c.subject, c.negated) for c in graph.claims_by_source[MENZ] if c.relation == Relation.ASSOCIATED_WITH}
    assert {("flat-feet", True), ("foot-posture", True), ("overpronation", False), ("overpronation", True)} <= menz
    assert not any("purely as a treatment" in c.quote for c in graph.claims_by_source[COCHRANE]), (
        "a gap in the trials is not a null finding"
    )


# ---- structured abstracts on another topic, with nothing given by hand ----------------------------------


@pytest.fixture(scope="module")
def abstracts_map():
    return make_map(FIXTURE).graph


@pytest.mark.parametrize(
    ("source", "design", "level"),
    [
        ("smith-2022-glasses-trial", StudyDesign.RANDOMISED_TRIAL, 2),
        ("okafor-2021-screens-cohort", StudyDesign.COHORT, 3),
        ("review-eyewear", StudyDesign.META_ANALYSIS, 1),
    ],
)
def test_design_and_level_come_from_the_abstract(abstracts_map, source: str, design: StudyDesign, level: int) -> None:
    study = abstracts_map.sources[source]
    assert study.kind.value == "research"
    assert study.design == design
    assert study.appraisal is not None and study.appraisal.design_detected and study.appraisal.level == level
    assert "Methods" in study.appraisal.design_reason, "the design must come from Methods, not from the Background"


def test_findings_come_from_results_and_conclusions_only(abstracts_map) -> None:
    for source in ("smith-2022-glasses-trial", "okafor-2021-screens-cohort", "review-eyewear"):
        claims = abstracts_map.claims_by_source[source]
        assert claims
        assert not any(
            word in c.quote for c in claims for word in ("widely sold", "often blamed", "conflicting answers")
        )
    cohort = {
        (c.subject, c.relation, c.object, c.negated)
        for c in abstracts_map.claims_by_source["okafor-2021-screens-cohort"]
    }
    assert ("screen-time", Relation.ASSOCIATED_WITH, "insomnia", False) in cohort
    assert ("screen-time", Relation.ASSOCIATED_WITH, "eye-strain", True) in cohort


def test_a_trial_null_result_is_a_negated_treatment_claim_with_its_figures(abstracts_map) -> None:
    results = [c for c in abstracts_map.claims_by_source["smith-2022-glasses-trial"] if c.figures]
    assert len(results) == 1
    claim = results[0]
    assert (claim.subject, claim.relation, claim.object, claim.negated) == (
        "blue-light-glasses",
        Relation.TREATS,
        "eye-strain",
        True,
    )
    assert [f.kind for f in claim.figures] == ["MD", "P"] and not any(f.significant for f in claim.figures)


def test_web_claims_on_another_topic_meet_their_research(abstracts_map) -> None:
    graph = abstracts_map
    relief = web_claim(graph, "glassco-shop", "relieve digital eye strain")
    assert studies_of(graph, relief) == {"smith-2022-glasses-trial", "review-eyewear"}
    # the trial found no significant effect; the review, only low-quality evidence: nothing stands for the claim
    assert graph.agreement_of(relief.id) == Agreement.CONTRADICTED
    assert OverreachKind.EFFECT_NOT_FOUND in kinds_of(graph, relief)
    insomnia = web_claim(graph, "glassco-shop", "causes insomnia")
    assert graph.agreement_of(insomnia.id) == Agreement.CONSISTENT
    assert kinds_of(graph, insomnia) == {OverreachKind.CAUSAL_FROM_ASSOCIATION}


def test_a_flat_claim_over_hedged_findings_is_flagged(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    (content / "sources" / "smith-2022-glasses-trial.md").unlink()
    graph = make_map(content).graph
    relief = web_claim(graph, "glassco-shop", "relieve digital eye strain")
    # the review's findings are hedged and "on low-quality evidence": too thin to back the claim either way
    assert graph.agreement_of(relief.id) == Agreement.INCONCLUSIVE
    assert kinds_of(graph, relief) == {OverreachKind.CERTAINTY_BEYOND_RESEARCH}
    flag = graph.overreach_of[relief.id][0]
    assert "too thin" in flag.summary and "low-quality evidence" in flag.summary


def test_citations_resolve_by_doi_or_by_authors_year_and_title(abstracts_map) -> None:
    graph = abstracts_map
    by_text = {c.text: c for c in graph.citations_by_source["glassco-shop"]}
    doi = next(c for t, c in by_text.items() if "10.5555" in t)
    assert doi.resolves_to == "smith-2022-glasses-trial", "DOIs match whatever their case"
    listed = next(c for t, c in by_text.items() if t.startswith("Smith J, Jones K (2022)"))
    assert listed.resolves_to == "smith-2022-glasses-trial" and listed.traceable
    other = next(c for t, c in by_text.items() if t.startswith("Smith J, Lee P (2022)"))
    assert other.resolves_to is None, "same first author and year, different title: another work"
    cited = web_claim(graph, "glassco-shop", "Research proved it")
    assert cited.evidence == EvidenceType.CITED_RESEARCH


def test_a_resolved_citation_to_an_untraceable_study_does_not_make_research(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    trial = content / "sources" / "smith-2022-glasses-trial.md"
    text = trial.read_text(encoding="utf-8")
    trial.write_text(re.sub(r"venue: .*\n|doi: .*\n", "", text), encoding="utf-8")
    shop = content / "sources" / "glassco-shop.md"
    shop.write_text(
        shop.read_text(encoding="utf-8")
        .replace("(doi:10.5555/eyes.2022.014)", "")
        .replace("Journal of Eye Health.", "Eye blog."),
        encoding="utf-8",
    )
    graph = make_map(content).graph
    listed = next(c for c in graph.citations_by_source["glassco-shop"] if c.text.startswith("Smith J, Jones K (2022)"))
    assert listed.resolves_to == "smith-2022-glasses-trial" and not listed.traceable
    assert all(c.evidence != EvidenceType.CITED_RESEARCH for c in graph.claims_by_source["glassco-shop"])


def test_default_studies_get_their_design_back_when_front_matter_omits_it(content_copy: Path) -> None:
    for path in (content_copy / "sources").glob("research-*.md"):
        path.write_text(
            re.sub(r"^design: .*\n", "", path.read_text(encoding="utf-8"), flags=re.MULTILINE), encoding="utf-8"
        )
    graph = make_map(content_copy).graph
    assert graph.sources[MENZ].design == StudyDesign.CROSS_SECTIONAL
    assert graph.sources[CAMBRON].design == StudyDesign.RANDOMISED_TRIAL
    assert graph.sources[COCHRANE].design == StudyDesign.SYSTEMATIC_REVIEW
    assert graph.sources[CHUTER].design in (StudyDesign.SYSTEMATIC_REVIEW, StudyDesign.META_ANALYSIS)
    assert all(graph.sources[s].appraisal.design_detected for s in (MENZ, CAMBRON, COCHRANE, CHUTER))


# ---- issue 21's bars on the default map: research read the right way round ---------------------------------------

NOT_SHOWN = {Verdict.NO_DIFFERENCE, Verdict.NO_ASSOCIATION, Verdict.INSUFFICIENT}


def research_findings(graph: EvidenceGraph) -> list[Claim]:
    return [c for c in graph.claims.values() if graph.sources[c.source].kind.value == "research"]


def test_no_null_or_thin_finding_is_published_as_a_benefit(built_site, seed_map) -> None:
    """Every finding that reports a null, insufficient or low-quality result says so in its title, and is never
    counted for a web claim that promises the effect."""
    out, _ = built_site
    graph = seed_map.graph
    thin = [c for c in research_findings(graph) if c.verdict in NOT_SHOWN]
    assert len(thin) >= 10  # the two reviews' nulls and cautions, Menz's nulls
    for finding in thin:
        page = out / f"claims/{graph.assertion_of_claim[finding.id]}.html"
        title = re.search(r"<h1>(.*?)</h1>", page.read_text(encoding="utf-8")).group(1)
        assert title.startswith(("No significant", "Too little good evidence")), (finding.quote, title)
    for match in graph.dataset.research_matches:
        if graph.claims[match.finding].verdict in NOT_SHOWN:
            assert match.agreement != Agreement.CONSISTENT, (graph.claims[match.claim].quote, match)
    cochrane = {c.quote: c.verdict for c in graph.claims_by_source[COCHRANE]}
    assert cochrane["Evidence on insoles as a treatment for back pain is limited and of low quality."] == (
        Verdict.INSUFFICIENT
    )


def test_every_finding_comes_from_results_or_conclusions(seed_map) -> None:
    """Background ("Insoles are promoted as a way to prevent back pain") and Methods are never findings."""
    graph = seed_map.graph
    for finding in research_findings(graph):
        document = next(d for d in seed_map.corpus.documents if d.source.id == finding.source)
        where = sections(document.blocks)
        assert where.get(finding.location.block) in (Section.RESULTS, Section.CONCLUSIONS), finding.quote


def test_menz_findings_keep_their_subgroups(built_site, seed_map) -> None:
    out, _ = built_site
    pronation = [c for c in seed_map.graph.claims_by_source[MENZ] if c.subject == "overpronation"]
    assert {(c.verdict, c.population) for c in pronation} >= {
        (Verdict.ASSOCIATION, "in women"),
        (Verdict.NO_ASSOCIATION, "in men"),
    }
    assert all(c.population for c in pronation), [c.quote for c in pronation if not c.population]
    men = next(c for c in pronation if c.population == "in men")
    page = (out / f"claims/{seed_map.graph.assertion_of_claim[men.id]}.html").read_text(encoding="utf-8")
    assert "<h1>No significant link found between overpronation and low back pain in men</h1>" in page


def test_a_denial_never_agrees_with_a_null(seed_map) -> None:
    """'X does not cause Y' cannot rest on 'no significant link found': across the map such a pair is inconclusive."""
    graph = seed_map.graph
    pairs = [
        m
        for m in graph.dataset.research_matches
        if graph.claims[m.claim].negated
        and graph.claims[m.finding].verdict in {Verdict.NO_DIFFERENCE, Verdict.NO_ASSOCIATION}
    ]
    assert pairs, "the default map has denials answered by nulls (Crux on foot posture, against Menz)"
    assert {m.agreement for m in pairs} == {Agreement.INCONCLUSIVE}


def test_no_disagreement_rests_on_evidence_too_thin_to_tell(seed_map) -> None:
    graph = seed_map.graph
    for contradiction in graph.dataset.contradictions:
        for side in (contradiction.a, contradiction.b):
            assert graph.assertions[side].verdict != Verdict.INSUFFICIENT, contradiction.summary


# ---- the gap map counts studies, through broader; each cell opens its question page -------------------------------


def _ancestors(concepts: dict[str, dict]) -> dict[str, set[str]]:
    """Each concept's broader concepts, worked out here from the published data, apart from the code under test."""
    found = {}
    for cid in concepts:
        chain, current = set(), concepts[cid].get("broader")
        while current and current not in chain:
            chain.add(current)
            current = concepts.get(current, {}).get("broader")
        found[cid] = chain
    return found


def test_every_gap_cell_counts_the_distinct_studies_on_its_question_through_broader(built_site) -> None:
    out, _ = built_site
    data = json.loads((out / "data/evidence.json").read_text(encoding="utf-8"))
    ancestors = _ancestors({c["id"]: c for c in data["concepts"]})
    research = {s["id"] for s in data["sources"] if s["kind"] == "research"}
    findings = [(c["subject"], c["object"], c["source"]) for c in data["claims"] if c["source"] in research]

    def comparable(a: str, b: str) -> bool:
        return a == b or a in ancestors.get(b, ()) or b in ancestors.get(a, ())

    page = (out / "gaps.html").read_text(encoding="utf-8")
    cells = re.findall(r'data-question="([^"]+)" data-studies="(\d+)"', page)
    assert len(cells) > 50
    for question, shown in cells:
        row, column = question.split("--")
        studies = {source for s, o, source in findings if comparable(row, s) and comparable(column, o)}
        assert int(shown) == len(studies), (question, shown, sorted(studies))
        assert (out / "questions" / f"{question}.html").is_file(), question
    shown = dict(cells)
    for column in ("back-pain", "low-back-pain"):
        assert shown[f"foot-orthoses--{column}"] == "3"  # Chuter, Cochrane (insoles, back pain) and Cambron


def test_a_question_page_gives_the_bottom_line_from_every_study_best_level_first(built_site) -> None:
    out, _ = built_site
    page = (out / "questions" / "foot-orthoses--low-back-pain.html").read_text(encoding="utf-8")
    bottom = page[page.index('<ul class="bottom-line">') : page.index("</ul>", page.index('<ul class="bottom-line">'))]
    names = re.findall(r'html">([^<]+)</a>, ', bottom)
    assert names == ["Chuter et al. 2014", "Cochrane Back Group", "Cambron et al. 2017"]  # level 1, 1, then 2
    assert "<strong>No significant effect" in bottom and "<strong>Benefit found</strong>" in bottom
    assert "compared with no care" in bottom
    assert "No study here compared against placebo or sham" in page
    # who claims it and whether they sell it, before the research (a phone shows both without scrolling)
    claimed = page.index('<span class="lead">Claimed:</span>')
    assert claimed < page.index('id="h-bottom"') and "by IDEASTEP Orthotics" in page[claimed : claimed + 300]
    assert "they sell what it is about" in page[claimed : claimed + 400]
    studies = page[page.index('id="h-studies"') : page.index('id="h-claimed"')]
    assert studies.count("Foot orthoses and insoles had no significant effect on the treatment") == 1  # said once


def test_every_contradiction_is_one_question_answered_two_ways(seed_map) -> None:
    """Both sides name the same things, or one a broader kind of the other, on both ends; a benefit on one outcome
    against a harm on another is a tension, kept apart."""
    graph = seed_map.graph
    comparable = graph.lexicon.comparable
    for contra in graph.dataset.contradictions:
        a, b = graph.assertions[contra.a], graph.assertions[contra.b]
        if contra.basis.value == "tension":
            assert not comparable(a.object, b.object), contra.summary
            continue
        assert comparable(a.subject, b.subject) and comparable(a.object, b.object), contra.summary
