"""Extraction reads English structure, not phrases: each rule on a topic the seeds never mention (hearing)."""

from __future__ import annotations

from pathlib import Path

from evidencemap.content.lexicon import build_lexicon
from evidencemap.content.load import load_document
from evidencemap.extract import extract
from evidencemap.model import Concept, ConceptKind, Relation

HEARING = build_lexicon(
    [
        Concept(id="loud-music", label="loud music", kind=ConceptKind.FACTOR, aliases=["loud concerts"]),
        Concept(id="tinnitus", label="tinnitus", kind=ConceptKind.CONDITION, aliases=["ringing in the ears"]),
        Concept(id="ear-pain", label="ear pain", kind=ConceptKind.CONDITION),
        Concept(id="jaw-pain", label="jaw pain", kind=ConceptKind.CONDITION),
        # aliases quoted with their verb, as curators copy them from texts
        Concept(
            id="hair-cell-damage", label="hair cell damage", kind=ConceptKind.MECHANISM, aliases=["overload hair cells"]
        ),
        Concept(
            id="inner-ear-strain",
            label="inner ear strain",
            kind=ConceptKind.MECHANISM,
            aliases=["strain on the inner ear"],
        ),
        Concept(id="ear-protection", label="ear protection", kind=ConceptKind.INTERVENTION, aliases=["earplugs"]),
        Concept(id="quietbuds", label="QuietBuds", kind=ConceptKind.PRODUCT, broader="ear-protection"),
        Concept(id="sound-therapy", label="sound therapy", kind=ConceptKind.INTERVENTION, aliases=["white noise"]),
        Concept(id="muscle-training", label="muscle training", kind=ConceptKind.INTERVENTION, aliases=["training"]),
        Concept(
            id="jaw-muscle-training",
            label="jaw muscle training",
            kind=ConceptKind.INTERVENTION,
            broader="muscle-training",
            aliases=["exercises for the jaw muscles"],
        ),
    ]
)


def claims_of(tmp_path: Path, body: str, sells: str = "[]") -> set[tuple[str, Relation, str]]:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: Test\nkind: blog\nsells: {sells}\n---\n{body}\n", encoding="utf-8")
    return {(c.subject, c.relation, c.object) for c in extract(load_document(path, tmp_path), HEARING).claims}


def test_a_verb_inside_an_alias_is_the_relation_after_a_subject(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Loud music can overload hair cells.") == {
        ("loud-music", Relation.CAUSES, "hair-cell-damage")
    }


def test_a_cue_running_into_a_concept_keeps_its_verb(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Loud music puts strain on the inner ear.") == {
        ("loud-music", Relation.CAUSES, "inner-ear-strain")
    }


def test_verbs_in_a_row_share_their_subject(tmp_path: Path) -> None:
    found = claims_of(tmp_path, "Loud music can trigger tinnitus, worsen ear pain, and cause hair cell damage.")
    assert found == {
        ("loud-music", Relation.CAUSES, "tinnitus"),
        ("loud-music", Relation.WORSENS, "ear-pain"),
        ("loud-music", Relation.CAUSES, "hair-cell-damage"),
    }


def test_a_relative_clause_keeps_the_first_step_as_a_claim(tmp_path: Path) -> None:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: blog\n---\nLoud music causes hair cell damage, which leads to tinnitus.\n",
        encoding="utf-8",
    )
    claims = extract(load_document(path, tmp_path), HEARING).claims
    assert {(c.subject, c.object, tuple(c.mechanism)) for c in claims} == {
        ("loud-music", "hair-cell-damage", ()),
        ("loud-music", "tinnitus", ("hair-cell-damage",)),
    }


def test_a_shared_head_noun_names_each_conjunct(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Loud music can cause jaw or ear pain.") == {
        ("loud-music", Relation.CAUSES, "jaw-pain"),
        ("loud-music", Relation.CAUSES, "ear-pain"),
    }


def test_in_addition_to_adds_a_cause(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "In addition to loud music, the main cause of tinnitus is hair cell damage.") == {
        ("hair-cell-damage", Relation.CAUSES, "tinnitus"),
        ("loud-music", Relation.CAUSES, "tinnitus"),
    }


def test_our_names_the_sellers_own_product(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Our earplugs relieve tinnitus.", sells="[quietbuds]") == {
        ("quietbuds", Relation.TREATS, "tinnitus")
    }
    assert claims_of(tmp_path, "Our earplugs relieve tinnitus.") == {("ear-protection", Relation.TREATS, "tinnitus")}


def test_a_demonstrative_stands_for_what_was_just_named(tmp_path: Path) -> None:
    found = claims_of(tmp_path, "Many people notice ringing in the ears. This ringing can be due to loud concerts.")
    assert found == {("loud-music", Relation.CAUSES, "tinnitus")}


def test_if_clause_agent_and_pronoun_object(tmp_path: Path) -> None:
    found = claims_of(tmp_path, "If your tinnitus is caused by loud music, earplugs can help you reduce it.")
    assert ("ear-protection", Relation.TREATS, "tinnitus") in found
    assert ("ear-protection", Relation.CAUSES, "tinnitus") not in found


def test_a_circumstance_is_not_an_object(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Earplugs reduce ringing in the ears during loud concerts.") == {
        ("ear-protection", Relation.TREATS, "tinnitus")
    }


def test_events_told_without_their_cause_take_the_paragraphs_cause(tmp_path: Path) -> None:
    told = claims_of(tmp_path, "Loud music can trigger tinnitus.\n\nOver the years, strain on the inner ear builds up.")
    assert told == {("loud-music", Relation.CAUSES, "tinnitus"), ("loud-music", Relation.CAUSES, "inner-ear-strain")}
    # an open condition sets the topic for the pronoun that tells its effect
    opened = claims_of(
        tmp_path,
        (
            "When loud music plays for hours, the sound does not stop at the eardrum. It travels inward, leaving "
            "hair cell damage."
        ),
    )
    assert opened == {("loud-music", Relation.CAUSES, "hair-cell-damage")}


def test_a_described_state_or_a_distant_paragraph_is_no_event(tmp_path: Path) -> None:
    # a copula describes rather than tells; a topic does not outlive the next paragraph
    assert claims_of(
        tmp_path, "Loud music can trigger tinnitus. The ear is a system under strain on the inner ear."
    ) == {("loud-music", Relation.CAUSES, "tinnitus")}
    assert claims_of(
        tmp_path,
        (
            "Loud music can trigger tinnitus.\n\nSome words here.\n\nStill more words.\n\nStrain on the inner ear "
            "builds up."
        ),
    ) == {("loud-music", Relation.CAUSES, "tinnitus")}


def test_a_change_verb_harms_from_a_cause_and_fixes_from_a_treatment(tmp_path: Path) -> None:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: blog\n---\nLoud music does not just change strain on the inner ear. "
        "Earplugs do not necessarily change tinnitus.\n",
        encoding="utf-8",
    )
    found = {
        (c.subject, c.relation, c.object, c.negated) for c in extract(load_document(path, tmp_path), HEARING).claims
    }
    assert found == {
        ("loud-music", Relation.CAUSES, "inner-ear-strain", False),
        ("ear-protection", Relation.TREATS, "tinnitus", True),
    }


def test_a_sentence_adverb_before_a_when_clause_keeps_the_condition(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Unfortunately, when loud music plays for hours, ringing in the ears follows.") == {
        ("loud-music", Relation.CAUSES, "tinnitus")
    }


def test_not_the_cause_of_denies_a_cause_but_not_the_only_cause(tmp_path: Path) -> None:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: blog\n---\nLoud music is not the cause of jaw pain. "
        "Loud music is not the only cause of tinnitus.\n",
        encoding="utf-8",
    )
    found = {
        (c.subject, c.relation, c.object, c.negated) for c in extract(load_document(path, tmp_path), HEARING).claims
    }
    assert found == {
        ("loud-music", Relation.CAUSES, "jaw-pain", True),
        ("loud-music", Relation.CAUSES, "tinnitus", False),
    }


def test_a_restrictive_relative_clause_is_a_claim_of_its_own(tmp_path: Path) -> None:
    # "the damage that leads to tinnitus": the damage leads to tinnitus; earplugs relieve tinnitus through it
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: blog\n---\nEarplugs relieve the hair cell damage that leads to tinnitus.\n",
        encoding="utf-8",
    )
    claims = extract(load_document(path, tmp_path), HEARING).claims
    assert {(c.subject, c.relation, c.object, tuple(c.mechanism)) for c in claims} == {
        ("hair-cell-damage", Relation.CAUSES, "tinnitus", ()),
        ("ear-protection", Relation.TREATS, "tinnitus", ("hair-cell-damage",)),
    }


def test_the_best_way_names_each_coordinated_infinitive(tmp_path: Path) -> None:
    assert claims_of(
        tmp_path,
        "The best way to prevent and treat tinnitus is to wear earplugs at concerts and to use white noise at night.",
    ) == {("ear-protection", Relation.TREATS, "tinnitus"), ("sound-therapy", Relation.TREATS, "tinnitus")}


def test_treating_the_cause_of_a_condition_treats_it(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Sound therapy, used nightly, targets the root causes of tinnitus.") == {
        ("sound-therapy", Relation.TREATS, "tinnitus")
    }


def test_relaxation_of_a_problem_relieves_it(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Sound therapy could provide relaxation of strain on the inner ear.") == {
        ("sound-therapy", Relation.TREATS, "inner-ear-strain")
    }


def test_common_for_people_with_a_to_have_b_is_an_association_and_no_chain_step(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "It is common for people with tinnitus to have jaw pain, which causes ear pain.") == {
        ("tinnitus", Relation.ASSOCIATED_WITH, "jaw-pain"),
        ("jaw-pain", Relation.CAUSES, "ear-pain"),
    }


def test_as_is_the_case_with_names_a_cause(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Ringing in the ears—as is often the case with loud concerts—can last for days.") == {
        ("loud-music", Relation.CAUSES, "tinnitus")
    }


def test_an_opening_gerund_phrase_keeps_its_object(tmp_path: Path) -> None:
    # what "allowing" takes is inside "By not allowing ...,"; the main clause has its own subject
    assert claims_of(
        tmp_path, "By not allowing the ears to rest, strain on the inner ear builds up, leading to tinnitus."
    ) == {("inner-ear-strain", Relation.CAUSES, "tinnitus")}


def test_a_bare_auxiliary_repeats_the_previous_predicate(tmp_path: Path) -> None:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        (
            "---\ntitle: Test\nkind: blog\n---\nJaw pain is not linked to tinnitus. However, loud music is, as "
            "surveys of musicians show.\n"
        ),
        encoding="utf-8",
    )
    found = {
        (c.subject, c.relation, c.object, c.negated) for c in extract(load_document(path, tmp_path), HEARING).claims
    }
    assert found == {
        ("jaw-pain", Relation.ASSOCIATED_WITH, "tinnitus", True),
        ("loud-music", Relation.ASSOCIATED_WITH, "tinnitus", False),
    }


def test_an_announced_series_of_reasons_names_a_cause_per_sentence(tmp_path: Path) -> None:
    found = claims_of(
        tmp_path,
        "Several reasons can cause ringing in the ears. One could be that you have jaw pain. "
        "Your dentist can tell. Another reason might be loud music.",
    )
    assert found == {("jaw-pain", Relation.CAUSES, "tinnitus"), ("loud-music", Relation.CAUSES, "tinnitus")}


def test_this_problem_later_in_a_sentence_stands_for_what_was_just_named(tmp_path: Path) -> None:
    assert claims_of(
        tmp_path, "Some people hear ringing in the ears. A few things can cause this problem. One is loud music."
    ) == {("loud-music", Relation.CAUSES, "tinnitus")}


def test_of_these_points_a_general_word_to_the_narrower_thing_just_named(tmp_path: Path) -> None:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: blog\n---\nResearch shows that exercises for the jaw muscles ease jaw pain. "
        "Training of these muscles has also shown relief of tinnitus.\n",
        encoding="utf-8",
    )
    claims = extract(load_document(path, tmp_path), HEARING).claims
    assert {(c.subject, c.relation, c.object, c.evidence.value) for c in claims} == {
        ("jaw-muscle-training", Relation.TREATS, "jaw-pain", "research_appeal"),
        ("jaw-muscle-training", Relation.TREATS, "tinnitus", "research_appeal"),
    }


def test_the_ability_to_control_joins_a_list_of_objects(tmp_path: Path) -> None:
    assert claims_of(
        tmp_path, "Earplugs bring improvement in ear pain and the ability to control ringing in the ears."
    ) == {("ear-protection", Relation.TREATS, "ear-pain"), ("ear-protection", Relation.TREATS, "tinnitus")}


def test_better_a_and_reduced_b_are_both_objects(tmp_path: Path) -> None:
    assert claims_of(tmp_path, "Earplugs lay the groundwork for less ear pain and reduced ringing in the ears.") == {
        ("ear-protection", Relation.TREATS, "ear-pain"),
        ("ear-protection", Relation.TREATS, "tinnitus"),
    }


def test_a_reduced_when_clause_names_what_brings_the_problem_about(tmp_path: Path) -> None:
    # no subject of its own: what is done (earplugs all day) is done to the main clause's subject
    assert claims_of(
        tmp_path, "When blocked by earplugs all day, strain on the inner ear builds—causing tinnitus."
    ) == {("ear-protection", Relation.CAUSES, "inner-ear-strain"), ("inner-ear-strain", Relation.CAUSES, "tinnitus")}
    # a clause with a doer of its own, or a tip whose main clause opens on a remedy, says no such thing
    assert claims_of(tmp_path, "When you use earplugs, strain on the inner ear leads to tinnitus.") == {
        ("inner-ear-strain", Relation.CAUSES, "tinnitus")
    }
    assert claims_of(tmp_path, "If you have ringing in the ears, earplugs can help you reduce it.") == {
        ("ear-protection", Relation.TREATS, "tinnitus")
    }


def test_these_treatments_help_with_what_they_were_just_named_for(tmp_path: Path) -> None:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: blog\n---\nDoctors suggest earplugs or white noise for tinnitus. While these "
        "treatments can help, they are not a cure.\n\n"
        "Some clinics offer white noise for jaw pain. These methods do not help.\n",
        encoding="utf-8",
    )
    found = {
        (c.subject, c.relation, c.object, c.negated) for c in extract(load_document(path, tmp_path), HEARING).claims
    }
    assert found == {
        ("ear-protection", Relation.TREATS, "tinnitus", False),
        ("sound-therapy", Relation.TREATS, "tinnitus", False),
        ("sound-therapy", Relation.TREATS, "jaw-pain", True),
    }


def test_a_reference_in_brackets_stays_with_its_sentence_and_backs_the_claim(tmp_path: Path) -> None:
    """Full stops inside a bracketed reference ("et al.", "Int.", "1-8.") do not end the sentence, and its DOI,
    closed by the bracket and the sentence, is the DOI alone."""
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: clinic\n---\nA 2019 trial found that sound therapy relieves tinnitus "
        "(Smith J, et al. Otol Neurotol Int. 2019;40:1-8. doi:10.1000/on.2019.1). Loud music causes ear pain "
        "(see the chart below. It is our own.\n",
        encoding="utf-8",
    )
    extraction = extract(load_document(path, tmp_path), HEARING)
    by_object = {c.object: c for c in extraction.claims}
    backed = by_object["tinnitus"]
    assert backed.quote.endswith("doi:10.1000/on.2019.1).") and backed.evidence.value == "cited_research"
    (citation,) = [c for c in extraction.citations if c.id in backed.citations]
    assert citation.doi == "10.1000/on.2019.1" and citation.url == "https://doi.org/10.1000/on.2019.1"
    assert citation.text == "doi:10.1000/on.2019.1"
    # a bracket never closed does not swallow the sentences after it
    assert by_object["ear-pain"].quote == "Loud music causes ear pain (see the chart below."


def test_a_sentence_ending_inside_its_bracket_ends_there(tmp_path: Path) -> None:
    """'... doi:10.1000/x.) Next sentence': the bracket closes at the sentence end, so the next sentence, and the
    evidence behind it, are its own."""
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: clinic\n---\nSound therapy relieves tinnitus (Smith J, et al. Otol Int. 2019. "
        "doi:10.1000/on.2019.1.) Loud music causes ear pain. (See the chart below.) Earplugs prevent ear pain.\n",
        encoding="utf-8",
    )
    claims = {c.subject: c for c in extract(load_document(path, tmp_path), HEARING).claims}
    assert claims["sound-therapy"].evidence.value == "cited_research"
    assert (
        claims["loud-music"].quote == "Loud music causes ear pain."
        and claims["loud-music"].evidence.value != "cited_research"
    )
    assert claims["ear-protection"].quote == "Earplugs prevent ear pain."


def test_bracketed_references_without_a_sentence_end_cost_a_constant_per_full_stop() -> None:
    """A references section pasted as one paragraph: every full stop inside brackets that close soon after. Sentences
    stay bounded (so the extractor never meets a 'sentence' of a whole block) and splitting stays linear."""
    from evidencemap.extract.sentences import split_sentences

    text = "see (Smith J. Foot Int. 2019) and " * 4000  # 136,000 characters
    spans = split_sentences(text)
    assert len(spans) > 100 and max(end - start for start, end in spans) < 1100


def test_a_new_product_named_as_a_kind_of_what_the_seller_sells_carries_its_interest(tmp_path: Path) -> None:
    """No lexicon entry yet for "bedside sound machines": its name says it is one of the sound machines the page
    sells."""
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: vendor\npublisher: Hush Co\nsells: [sound-machines]\n---\n"
        "Our bedside sound machines relieve insomnia from the first night. Loud music causes tinnitus.\n",
        encoding="utf-8",
    )
    claims = {c.subject: c for c in extract(load_document(path, tmp_path), HEARING).claims}
    sold = claims["bedside-sound-machines"]
    assert (
        sold.commercial_interest
        and sold.commercial_reason == "Hush Co sells sound machines, which includes bedside sound machines"
    )
    assert sold.evidence.value == "marketing"
    assert not claims["loud-music"].commercial_interest
    path.write_text(
        path.read_text(encoding="utf-8").replace("sells: [sound-machines]", "sells: [sound-machine]"), encoding="utf-8"
    )
    claims = {c.subject: c for c in extract(load_document(path, tmp_path), HEARING).claims}
    assert claims["bedside-sound-machines"].commercial_interest  # the singular names the same product


CRAMPS = build_lexicon(
    [
        Concept(id="cramp-gel", label="CrampGel", kind=ConceptKind.PRODUCT),
        Concept(id="leg-cramps", label="leg cramps", kind=ConceptKind.CONDITION, aliases=["night leg cramps"]),
        Concept(id="stiff-boots", label="stiff boots", kind=ConceptKind.FACTOR),
        Concept(id="ankle-mobility", label="ankle mobility", kind=ConceptKind.MECHANISM, desirable=True),
    ]
)


def test_stopping_a_problem_treats_it_and_stopping_a_good_thing_harms_it(tmp_path: Path) -> None:
    """ "Stop night leg cramps" was read as "causes leg cramps": to stop a problem is to relieve it, and to stop
    something one wants more of is to harm it, as "reduces" has it."""
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\ntitle: Test\nkind: vendor\n---\n# CrampGel: stop night leg cramps\n\n"
        "CrampGel stops leg cramps in minutes. Stiff boots stop ankle mobility.\n",
        encoding="utf-8",
    )
    said = {(c.subject, c.relation, c.object) for c in extract(load_document(path, tmp_path), CRAMPS).claims}
    assert ("cramp-gel", Relation.TREATS, "leg-cramps") in said
    assert ("cramp-gel", Relation.CAUSES, "leg-cramps") not in said
    assert ("stiff-boots", Relation.WORSENS, "ankle-mobility") in said
