"""Research findings read the right way round: a null is never a benefit, thin evidence never a verdict.

The sentences here are written for these tests, in the phrasings abstracts use on any topic; none comes from the
seed articles, the default studies or the PubMed benchmark set (bench/verdict.py scores that, with a held-out half).
"""

from __future__ import annotations

import pytest

from evidencemap.content.document import Block, BlockKind
from evidencemap.content.sections import Section, inline_labels, section_ranges
from evidencemap.content.study import detect_design
from evidencemap.extract.findings import parse_figures
from evidencemap.extract.verdict import comparator, finding_verdict, population
from evidencemap.model import Relation, StudyDesign, Verdict


def verdict_of(sentence: str, relation: Relation = Relation.TREATS, negated: bool = False, intervention=True):
    return finding_verdict(sentence, relation, negated, parse_figures(sentence), intervention)


@pytest.mark.parametrize(
    "sentence",
    [
        "Evidence on acupuncture for tension headache is limited and of low quality.",
        "Probiotics may shorten colds, on very low-certainty evidence from four small trials.",
        "There is insufficient evidence to support honey for cough in adults.",
        "Whether zinc lozenges shorten colds remains unclear.",
        "Vitamin D has not been shown to prevent falls in older adults.",
        "The data are too sparse to draw conclusions about tai chi for balance.",
        "The apparent benefit of yoga may be inflated by selection bias.",
        "Our results cannot support the routine use of compression socks after surgery.",
        "Our findings are inconclusive as to whether magnesium eases cramps.",
        "The effects of the diet on blood pressure were ambiguous.",
        "Causality cannot be inferred from these observational data.",
        "The small sample and many comparisons complicate interpretation of the results.",
    ],
)
def test_thin_or_low_quality_evidence_is_never_a_benefit(sentence: str) -> None:
    assert verdict_of(sentence) == Verdict.INSUFFICIENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Melatonin had no significant effect on sleep latency compared with placebo.",
        "Knee braces did not reduce pain more than sham braces.",
        "Pain scores did not differ significantly between the groups.",
        "Cranberry capsules are unlikely to be effective for preventing urinary infections.",
        "The exercise programme did not result in a significant improvement in walking speed.",
        "Outcomes at one year were similar to those of usual care.",
        "Massage was no better than rest for delayed-onset muscle soreness.",
        "Glucosamine showed little or no effect on joint space narrowing.",
        "Fish oil does not appear to reduce the risk of atrial fibrillation.",
        "However, no statistical difference was detected in recovery time.",
        "Recovery time did  not differ between the two splints.",
        "We did not find any clinically relevant differences in pain between the insoles.",
        "The trial found no change in sleep quality with the weighted blanket.",
        "The effect of stretching on cramps was small and may not be clinically important.",
        "Additional gains in strength were not achieved with the higher dose.",
        "Pain scores fell similarly in both groups.",
    ],
)
def test_a_null_result_is_no_difference_not_a_benefit_and_not_proof_of_none(sentence: str) -> None:
    assert verdict_of(sentence) == Verdict.NO_DIFFERENCE


@pytest.mark.parametrize(
    "sentence",
    [
        "Shift work was not associated with migraine (OR 1.04, 95% CI 0.91 to 1.19).",
        "Screen time showed no association with myopia in teenagers.",
        "Serum ferritin is a poor predictor of fatigue.",
        "The association between coffee and arrhythmia disappeared after adjustment for smoking.",
        "Low vitamin K was common and not related to deficiencies in other vitamins.",
        "We did not find any association between step count and back pain.",
        "The link between sugar and acne ceased when corrected for multiple testing.",
    ],
)
def test_a_link_looked_for_and_not_found_is_no_association(sentence: str) -> None:
    assert verdict_of(sentence, Relation.ASSOCIATED_WITH, intervention=False) == Verdict.NO_ASSOCIATION


def test_figures_whose_interval_spans_the_null_make_a_null_whatever_the_verb() -> None:
    spun = "Compression socks reduced leg swelling (mean difference -0.3 cm, 95% CI -0.9 to 0.3)."
    assert verdict_of(spun) == Verdict.NO_DIFFERENCE
    clear = "Compression socks reduced leg swelling (mean difference -1.2 cm, 95% CI -1.9 to -0.5)."
    assert verdict_of(clear) == Verdict.BENEFIT


def test_effects_and_links_found_keep_their_kind() -> None:
    assert verdict_of("Walking programmes reduced knee pain at 12 weeks.") == Verdict.BENEFIT
    assert verdict_of("Night splints may ease heel pain.") == Verdict.BENEFIT  # hedged, and kept in the strength
    smoking = "Smoking was associated with slower fracture healing (HR 1.6, 95% CI 1.2 to 2.1)."
    assert verdict_of(smoking, Relation.ASSOCIATED_WITH, intervention=False) == Verdict.ASSOCIATION
    assert verdict_of("The new brace caused skin irritation.", Relation.CAUSES) == Verdict.HARM


def test_a_null_in_another_clause_does_not_turn_the_finding_round() -> None:
    concession = "Although blood pressure did not differ between groups, the diet reduced weight."
    assert verdict_of(concession) == Verdict.BENEFIT
    contrast = "Sleep improved with the app, but mood did not change."
    assert verdict_of(contrast) == Verdict.BENEFIT
    bare = "Although not significant, pain fell in the treated group."
    assert verdict_of(bare) == Verdict.NO_DIFFERENCE  # the concession is about the finding itself


def test_a_negated_finding_is_a_null_never_a_benefit() -> None:
    assert verdict_of("Arch supports and plantar pain.", negated=True) == Verdict.NO_DIFFERENCE


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Iron supplements improved fatigue in women with low ferritin.", "in women with low ferritin"),
        ("The link held only among older adults.", "among older adults"),
        ("Statins did not prevent fractures in the Danish population.", "in the Danish population"),
        ("Balance training reduced falls in people aged over 75, but not in younger people.", "in people aged over 75"),
        ("Magnesium is unlikely to help with night cramps in older adults.", "in older adults"),
        ("Exercise reduced back pain at 12 weeks.", None),
    ],
)
def test_the_subgroup_a_finding_holds_for_is_kept(sentence: str, group: str | None) -> None:
    assert population(sentence) == group


def test_the_comparator_is_kept() -> None:
    assert comparator("Orthoses reduced pain compared with no treatment.") == "compared with no treatment"
    assert comparator("Acupuncture was no better than sham acupuncture.") == "than sham acupuncture"
    assert comparator("Pain fell by half over 6 weeks.") is None


def paragraph(text: str) -> Block:
    return Block(index=0, kind=BlockKind.PARAGRAPH, text=text, line=1)


def test_labels_inside_one_paragraph_split_it_into_sections() -> None:
    text = (
        "BACKGROUND: Ginger is said to ease nausea. METHODS: A randomised trial in 80 adults. "
        "RESULTS: Ginger did not reduce nausea scores. CONCLUSIONS: Ginger is unlikely to help."
    )
    parts = [(text[start:end], section) for start, end, section in section_ranges(paragraph(text), None)]
    assert [section for _, section in parts] == [
        Section.BACKGROUND,
        Section.METHODS,
        Section.RESULTS,
        Section.CONCLUSIONS,
    ]
    assert parts[2][0].startswith("Ginger did not reduce") and "RESULTS" not in parts[2][0]


def test_labels_glued_to_their_text_are_labels_and_ordinary_words_are_not() -> None:
    glued = inline_labels("ResultsPain fell in both groups. ConclusionsNeither works.")
    assert [label.section for label in glued] == [Section.RESULTS, Section.CONCLUSIONS]
    assert inline_labels("Results were mixed across the trials.") == []


@pytest.mark.parametrize(
    "title",
    [
        "Ginger for nausea: a randomised, double-blind, placebo-controlled crossover trial",
        "A randomized, multicentre, assessor-blinded, parallel-group trial of knee braces",
        "Night splints: a randomised controlled study",
    ],
)
def test_a_randomised_design_is_read_through_any_number_of_modifiers(title: str) -> None:
    call = detect_design(title, [])
    assert call is not None and call.design == StudyDesign.RANDOMISED_TRIAL


def test_a_hedged_finding_keeps_its_hedge_in_its_title() -> None:
    from evidencemap.vocabulary import finding_sentence

    said = finding_sentence("night splints", Relation.TREATS, Verdict.BENEFIT, True, "heel pain", hedged=True)
    assert said == "night splints may relieve heel pain"
    plain = finding_sentence("a splint", Relation.TREATS, Verdict.BENEFIT, False, "heel pain", "in runners")
    assert plain == "a splint relieves heel pain in runners"
    null = finding_sentence("splints", Relation.PREVENTS, Verdict.NO_DIFFERENCE, True, "heel pain", hedged=True)
    assert null == "no significant effect of splints in preventing heel pain found"  # a null has no verb to hedge
