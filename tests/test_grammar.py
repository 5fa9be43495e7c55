"""Claim titles a person would write: the verb agrees with its subject, and names keep the lexicon's capitals."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from evidencemap.extract.provisional import provisional_concept
from evidencemap.grammar import label_is_plural, sentence_case
from evidencemap.model import Concept, ConceptKind, Relation, Verdict
from evidencemap.vocabulary import RELATION_PHRASES, claim_sentence, finding_sentence

GOLD_PLURALS = Path(__file__).resolve().parent / "fixtures" / "plural-subjects.yaml"


def _verb_forms(plural: bool) -> set[str]:
    return {phrase for forms in RELATION_PHRASES.values() for phrase in forms[plural]}


def test_every_claim_title_on_the_default_map_agrees_with_its_subject(built_site) -> None:
    out, _ = built_site
    data = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    labels = {concept["id"]: concept["label"] for concept in data["concepts"]}
    plurals = set(yaml.safe_load(GOLD_PLURALS.read_text(encoding="utf-8")))
    subjects = {labels[claim["subject"]] for claim in data["claims"]}
    assert plurals <= subjects, f"gold labels no claim has as subject: {sorted(plurals - subjects)}"
    wrong = []
    claims = {claim["id"]: claim for claim in data["claims"]}
    for assertion in data["assertions"]:  # a claim page is its assertion's: titled as its claims are
        claim = claims[assertion["claims"][0]]
        hedged = any(claims[c]["strength"] == "conditional_causal" for c in assertion["claims"])
        page = (out / "claims" / f"{assertion['id']}.html").read_text(encoding="utf-8")
        title = re.search(r"<h1>(.*?)</h1>", page).group(1)
        subject = labels[claim["subject"]]
        if claim["verdict"]:  # a research finding, said from its verdict: "No significant link found between ..."
            said = finding_sentence(
                subject,
                Relation(claim["relation"]),
                Verdict(claim["verdict"]),
                subject in plurals,
                labels[claim["object"]],
                claim["population"],
                claim["comparator"],
                hedged,  # a finding is hedged if any of its claims is: the title says no more than any of them
            )
            if title != sentence_case(said):
                wrong.append(title)
            continue
        expected_start = sentence_case(subject) + " "
        rest = title[len(expected_start) :] if title.startswith(expected_start) else None
        verbs = _verb_forms(subject in plurals)
        if rest is None or not any(rest.startswith(verb + " ") for verb in verbs):
            wrong.append(title)
        elif not rest.endswith(labels[claim["object"]]):
            wrong.append(title)  # the object's label, with the lexicon's capitals
    assert wrong == [], f"{len(wrong)} of {len(data['assertions'])} titles: {sorted(set(wrong))[:10]}"


def test_titles_open_with_a_capital_and_keep_a_names_own_capitals(built_site) -> None:
    out, _ = built_site
    pages = sorted((out / "claims").glob("*.html"))
    titles = [re.search(r"<h1>(.*?)</h1>", page.read_text(encoding="utf-8")).group(1) for page in pages]
    assert titles and all(title[0].isupper() for title in titles)
    assert any(title.startswith("FoosFoot relieves") for title in titles)  # not "Foosfoot", not "foosFoot relieve"
    assert not any(" Low back pain" in title or " Flat feet" in title for title in titles)


@pytest.mark.parametrize(
    ("label", "plural"),
    [
        ("pain in the knee", False),  # the head is "pain", not "knee"
        ("tight muscles of the calf", True),
        ("ice and heat", True),
        ("ice or heat", False),  # agrees with the nearer alternative
        ("heat or cold packs", True),
        ("leg and hip rotation", False),  # "leg and hip" only say which rotation
        ("joint wear and tear", False),
        ("NSAIDs", True),
        ("AIDS", False),
        ("plantar fasciitis", False),
        ("repetitive stress", False),
        ("Pilates", False),
        ("diabetes", False),
        ("children", True),
        ("flat feet", True),
        ("foot orthoses", True),
        ("Morton's neuroma", False),
    ],
)
def test_a_labels_number_comes_from_its_head_noun(label: str, plural: bool) -> None:
    assert label_is_plural(label) is plural


def test_a_lexicon_entry_can_state_the_number_a_brand_name_hides() -> None:
    pain = Concept(id="knee-pain", label="knee pain", kind=ConceptKind.CONDITION)
    inferred = Concept(id="crocs", label="Crocs", kind=ConceptKind.PRODUCT)
    stated = Concept(id="crocs", label="Crocs", kind=ConceptKind.PRODUCT, number="singular")
    assert claim_sentence(inferred, Relation.TREATS, False, pain) == "Crocs relieve knee pain"
    assert claim_sentence(stated, Relation.TREATS, True, pain) == "Crocs does not relieve knee pain"
    assert claim_sentence(stated, Relation.ASSOCIATED_WITH, False, pain) == "Crocs is linked to knee pain"


@pytest.mark.parametrize(
    ("sentence", "phrase", "label"),
    [
        ("Severity of cramps falls with magnesium.", "Severity of cramps", "severity of cramps"),
        ("CalmBand eases anxiety.", "CalmBand", "CalmBand"),
        ("Many say NSAIDs ease cramps.", "NSAIDs", "NSAIDs"),
        ("Doctors say Magnesium eases cramps.", "Magnesium", "Magnesium"),  # a capital mid-sentence is the writer's
    ],
)
def test_a_provisional_concept_loses_only_the_capital_that_opened_its_sentence(
    sentence: str, phrase: str, label: str
) -> None:
    start = sentence.index(phrase)
    concept = provisional_concept(sentence, (start, start + len(phrase)), ConceptKind.FACTOR)
    assert concept.label == label
