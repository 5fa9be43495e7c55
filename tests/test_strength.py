"""Claim strength read from a sentence alone: the register split and the cue classes a reader would check."""

from __future__ import annotations

import pytest

from evidencemap.extract.strength import relation_strength, sentence_strength
from evidencemap.model import Strength


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        # In research conclusions "suggest" and "can" frame a plain finding; modal verbs hedge it.
        ("Our data suggest that collagen supplements reduce joint pain.", Strength.DIRECT_CAUSAL),
        ("Posture correctors can reduce neck pain in office workers.", Strength.DIRECT_CAUSAL),
        ("Posture correctors might reduce neck pain in office workers.", Strength.CONDITIONAL_CAUSAL),
        ("Blue-light glasses may be a promising treatment for insomnia.", Strength.CONDITIONAL_CAUSAL),
        # A correlational word that frames the causal one wins; a comparison does not.
        ("Neck pain increases with daily screen time.", Strength.CORRELATIONAL),
        ("Increased screen time is associated with poorer sleep.", Strength.CORRELATIONAL),
        ("Higher screen time increases the risk of eye strain.", Strength.DIRECT_CAUSAL),
        ("Joint pain was reduced after six months in both groups.", Strength.CORRELATIONAL),
        ("Low vitamin D is a risk factor for falls in older adults.", Strength.CORRELATIONAL),
        # Findings phrased as verdicts on a cause.
        ("Screen time positively impacts eye strain in children.", Strength.DIRECT_CAUSAL),
        ("Early treatment is critical for recovery after a sprain.", Strength.DIRECT_CAUSAL),
        # Recommendations and plans are not findings, even with a causal verb in them.
        ("Clinicians should prescribe exercise to reduce back pain.", Strength.NONE),
        ("These results will help to improve posture screening.", Strength.NONE),
        ("Adverse effects were rare in both groups.", Strength.NONE),
    ],
)
def test_pubmed_register(sentence: str, strength: Strength) -> None:
    assert sentence_strength(sentence) == strength


def test_web_prose_still_reads_can_and_suggest_as_hedges() -> None:
    # The claim extractor calls relation_strength in the prose register: "can cause" is a hedge there.
    sentence = "Flat feet can cause lower back pain."
    assert relation_strength(sentence, sentence.index("cause") + 5, False) == Strength.CONDITIONAL_CAUSAL
    assert relation_strength(sentence, sentence.index("cause") + 5, False, prose=False) == Strength.DIRECT_CAUSAL
    assert (
        sentence_strength("Studies suggest that insoles reduce knee pain.", prose=True) == Strength.CONDITIONAL_CAUSAL
    )
