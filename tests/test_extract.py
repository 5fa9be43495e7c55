"""Extraction: claims of every kind from the seeds, verbatim quotes, and the rules on unseen topics."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SEEDS
from evidencemap.content.lexicon import build_lexicon
from evidencemap.content.load import load_document
from evidencemap.extract import extract
from evidencemap.model import Claim, Concept, ConceptKind, EvidenceType, Relation, Strength

# What a careful reader finds in each seed (issue 2): the kinds of claim it contains.
SEED_KINDS = {
    "biopods-lower-back-pain": {"cause", "mechanism", "intervention", "association"},
    "ideastep-walking-back-pain": {"cause", "mechanism", "intervention", "association"},
    "hodandhod-weak-feet-bad-back": {"cause", "mechanism", "intervention", "association"},
    "foot-mobility-kinetic-chain": {"cause", "mechanism", "intervention"},
    "crux-feet-low-back-pain": {"cause", "mechanism", "intervention", "association"},
}
SEED_FILES = {
    "biopods-lower-back-pain": "000_66294c0ad2bf510d.txt",
    "ideastep-walking-back-pain": "001_209c2b17fe3ca4d4.txt",
    "hodandhod-weak-feet-bad-back": "002_c1de42e16a598d46.txt",
    "foot-mobility-kinetic-chain": "003_195af0f5c994fc7a.txt",
    "crux-feet-low-back-pain": "004_57aba091b3c7c8e9.txt",
}


def kinds_of(claims: list[Claim], seed_map) -> set[str]:
    lexicon = seed_map.corpus.lexicon
    kinds = set()
    for c in claims:
        if c.relation in (Relation.CAUSES, Relation.WORSENS):
            kinds.add("cause")
        if c.mechanism or ConceptKind.MECHANISM.value in (lexicon.kind(c.subject), lexicon.kind(c.object)):
            kinds.add("mechanism")
        if c.intervention:
            kinds.add("intervention")
        if c.relation == Relation.ASSOCIATED_WITH:
            kinds.add("association")
    return kinds


def claims_of(seed_map, source: str) -> list[Claim]:
    return [c for c in seed_map.graph.dataset.claims if c.source == source]


def find(seed_map, source: str, subject: str, relation: Relation, obj: str, negated: bool = False) -> Claim:
    for claim in claims_of(seed_map, source):
        if (claim.subject, claim.relation, claim.object, claim.negated) == (subject, relation, obj, negated):
            return claim
    listing = "\n".join(f"{c.subject} {c.relation.value} {c.object} {c.negated}" for c in claims_of(seed_map, source))
    raise AssertionError(f"{source}: no claim {subject} {relation.value} {obj} negated={negated}; found:\n{listing}")


@pytest.mark.parametrize("source", sorted(SEED_KINDS))
def test_every_seed_yields_each_kind_of_claim_it_contains(seed_map, source: str) -> None:
    assert SEED_KINDS[source] <= kinds_of(claims_of(seed_map, source), seed_map)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


@pytest.mark.parametrize("source", sorted(SEED_FILES))
def test_quotes_are_verbatim_in_the_original_seed_article(seed_map, source: str) -> None:
    seed = SEEDS / SEED_FILES[source]
    original = _squash(seed.read_text(encoding="utf-8"))
    for claim in claims_of(seed_map, source):
        assert _squash(claim.quote) in original, claim.quote


def test_every_quote_is_at_its_location_in_its_source(seed_map) -> None:
    documents = {d.source.id: d for d in seed_map.corpus.documents}
    for claim in seed_map.graph.dataset.claims:
        block = documents[claim.source].blocks[claim.location.block]
        assert block.text[claim.location.start : claim.location.end] == claim.quote
        path = seed_map.corpus.root / documents[claim.source].source.path
        file_line = path.read_text(encoding="utf-8").split("\n")[claim.location.line - 1]
        assert _squash(claim.quote)[:20].split(" ")[0] in file_line or _squash(file_line) in _squash(claim.quote), (
            claim.id,
            file_line,
        )


def test_the_obvious_claims_of_the_seeds_are_found(seed_map) -> None:
    ruffo = find(
        seed_map, "hodandhod-weak-feet-bad-back", "flat-feet", Relation.ASSOCIATED_WITH, "chronic-low-back-pain"
    )
    assert ruffo.evidence == EvidenceType.NAMED_STUDY and ruffo.strength == Strength.CORRELATIONAL
    posture = find(
        seed_map, "crux-feet-low-back-pain", "foot-posture", Relation.ASSOCIATED_WITH, "low-back-pain", negated=True
    )
    assert posture.evidence == EvidenceType.RESEARCH_APPEAL
    weakness = find(seed_map, "hodandhod-weak-feet-bad-back", "foot-orthoses", Relation.CAUSES, "foot-muscle-weakness")
    assert weakness.strength == Strength.CONDITIONAL_CAUSAL  # "may ... often lead to"
    relief = find(seed_map, "ideastep-walking-back-pain", "foot-orthoses", Relation.TREATS, "low-back-pain")
    assert relief.commercial_interest and relief.evidence == EvidenceType.MARKETING
    assert "IDEASTEP" in (relief.commercial_reason or "")
    chain = find(seed_map, "hodandhod-weak-feet-bad-back", "overpronation", Relation.CAUSES, "pelvic-tilt")
    assert chain.quote.startswith("When feet roll inward excessively")
    support = find(seed_map, "biopods-lower-back-pain", "external-support", Relation.CAUSES, "foot-muscle-weakness")
    assert support.evidence == EvidenceType.RESEARCH_APPEAL and support.commercial_interest


def test_this_continues_the_chain_of_the_previous_sentence(seed_map) -> None:
    # "When feet roll inward excessively, it causes internal rotation of the legs and tilts the pelvis forward.
    #  This increases the curvature of the spine ...": one chain from overpronation, the middle as mechanism.
    claim = find(seed_map, "hodandhod-weak-feet-bad-back", "overpronation", Relation.CAUSES, "spinal-curvature")
    assert claim.quote.startswith("This increases the curvature of the spine")
    assert claim.mechanism == ["leg-internal-rotation", "pelvic-tilt"]
    spurious = [
        c
        for c in claims_of(seed_map, "hodandhod-weak-feet-bad-back")
        if c.subject == "pelvic-tilt" and c.object == "spinal-curvature"
    ]
    assert not spurious


def test_a_faq_question_answered_yes_is_a_claim(seed_map) -> None:
    claim = find(seed_map, "hodandhod-weak-feet-bad-back", "foot-pain", Relation.CAUSES, "low-back-pain")
    assert (
        claim.quote == "Can foot pain really cause lower back pain?" and claim.strength == Strength.CONDITIONAL_CAUSAL
    )


def test_do_not_address_negates_the_treatment_not_the_cause_after_it(seed_map) -> None:
    # "..., they do not address the underlying cause: foot muscle atrophy due to lack of use."
    claims = claims_of(seed_map, "hodandhod-weak-feet-bad-back")
    orthotics = find(
        seed_map,
        "hodandhod-weak-feet-bad-back",
        "custom-orthotics",
        Relation.TREATS,
        "foot-muscle-weakness",
        negated=True,
    )
    assert orthotics.strength == Strength.DIRECT_CAUSAL  # the "may" belongs to the other clause
    find(seed_map, "hodandhod-weak-feet-bad-back", "foot-muscle-disuse", Relation.CAUSES, "foot-muscle-weakness")
    assert not [c for c in claims if c.relation == Relation.CAUSES and c.negated and c.object == "foot-muscle-weakness"]


def test_a_problem_named_by_its_good_side_is_caused_by_a_reducing_verb(seed_map) -> None:
    # "Poor sensory input ... can reduce balance and coordination": it causes poor balance, it does not treat it
    find(seed_map, "foot-mobility-kinetic-chain", "sensory-input-loss", Relation.CAUSES, "poor-balance")


def test_mechanism_chains_are_kept_in_order(seed_map) -> None:
    claim = find(seed_map, "crux-feet-low-back-pain", "overpronation", Relation.CAUSES, "low-back-pain")
    assert claim.mechanism == ["pelvic-tilt"]


def test_research_sources_yield_their_findings_not_their_background(seed_map) -> None:
    menz = claims_of(seed_map, "research-menz-2013-framingham-foot")
    assert all(c.evidence == EvidenceType.CITED_RESEARCH for c in menz)
    find(
        seed_map,
        "research-menz-2013-framingham-foot",
        "flat-feet",
        Relation.ASSOCIATED_WITH,
        "low-back-pain",
        negated=True,
    )
    cochrane = claims_of(seed_map, "research-cochrane-insoles-back-pain")
    assert not any(c.quote.startswith("Insoles are promoted") for c in cochrane)
    find(
        seed_map,
        "research-chuter-2014-insoles-meta-analysis",
        "insoles",
        Relation.PREVENTS,
        "low-back-pain",
        negated=True,
    )


def test_extraction_is_deterministic(seed_map) -> None:
    document = seed_map.corpus.documents[0]
    assert extract(document, seed_map.corpus.lexicon) == extract(document, seed_map.corpus.lexicon)


# ---- rules on a topic the seeds never mention ------------------------------------------------------

GLASSES = build_lexicon(
    [
        Concept(
            id="blue-light-glasses",
            label="blue-light glasses",
            kind=ConceptKind.PRODUCT,
            aliases=["blue light glasses", "our glasses"],
            broader="eyewear",
        ),
        Concept(id="eyewear", label="eyewear", kind=ConceptKind.INTERVENTION, aliases=["glasses"]),
        Concept(id="screen-time", label="screen time", kind=ConceptKind.FACTOR, aliases=["screens", "screen use"]),
        Concept(
            id="eye-strain",
            label="eye strain",
            kind=ConceptKind.CONDITION,
            aliases=["digital eye strain", "tired eyes"],
        ),
        Concept(
            id="sleep-problems", label="sleep problems", kind=ConceptKind.CONDITION, aliases=["poor sleep", "insomnia"]
        ),
        Concept(
            id="melatonin-suppression",
            label="melatonin suppression",
            kind=ConceptKind.MECHANISM,
            aliases=["suppresses melatonin"],
        ),
    ]
)


def extract_text(tmp_path: Path, body: str, front: str = "title: Test\nkind: blog\n") -> list[Claim]:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
    return list(extract(load_document(path, tmp_path), GLASSES).claims)


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [(c.subject, c.relation.value, c.object) for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("sentence", "subject", "relation", "obj", "negated", "strength"),
    [
        ("Screen time causes eye strain.", "screen-time", Relation.CAUSES, "eye-strain", False, Strength.DIRECT_CAUSAL),
        (
            "Screen time may cause eye strain.",
            "screen-time",
            Relation.CAUSES,
            "eye-strain",
            False,
            Strength.CONDITIONAL_CAUSAL,
        ),
        (
            "Screen time is associated with poor sleep.",
            "screen-time",
            Relation.ASSOCIATED_WITH,
            "sleep-problems",
            False,
            Strength.CORRELATIONAL,
        ),
        (
            "Screen time does not cause insomnia.",
            "screen-time",
            Relation.CAUSES,
            "sleep-problems",
            True,
            Strength.DIRECT_CAUSAL,
        ),
        (
            "Eye strain is caused by screen use.",
            "screen-time",
            Relation.CAUSES,
            "eye-strain",
            False,
            Strength.DIRECT_CAUSAL,
        ),
        (
            "Blue light glasses relieve tired eyes.",
            "blue-light-glasses",
            Relation.TREATS,
            "eye-strain",
            False,
            Strength.DIRECT_CAUSAL,
        ),
        (
            "The main cause of eye strain is screen time.",
            "screen-time",
            Relation.CAUSES,
            "eye-strain",
            False,
            Strength.DIRECT_CAUSAL,
        ),
        (
            "Screens showed no association with insomnia.",
            "screen-time",
            Relation.ASSOCIATED_WITH,
            "sleep-problems",
            True,
            Strength.CORRELATIONAL,
        ),
    ],
)
def test_relation_negation_and_strength_on_an_unseen_topic(
    tmp_path: Path, sentence: str, subject: str, relation: Relation, obj: str, negated: bool, strength: Strength
) -> None:
    claim = only(extract_text(tmp_path, sentence))
    assert (claim.subject, claim.relation, claim.object, claim.negated, claim.strength) == (
        subject,
        relation,
        obj,
        negated,
        strength,
    )
    assert claim.quote == sentence


def test_a_chain_in_one_sentence_keeps_its_mechanism(tmp_path: Path) -> None:
    claim = only(extract_text(tmp_path, "Screen time suppresses melatonin, leading to poor sleep."))
    assert (claim.subject, claim.object, claim.mechanism) == (
        "screen-time",
        "sleep-problems",
        ["melatonin-suppression"],
    )


def test_a_list_item_fills_the_open_side_of_its_lead_in(tmp_path: Path) -> None:
    claims = extract_text(tmp_path, "Eye strain is caused by the following:\n\n- screen use\n- poor sleep\n")
    assert {(c.subject, c.relation, c.object) for c in claims} == {
        ("screen-time", Relation.CAUSES, "eye-strain"),
        ("sleep-problems", Relation.CAUSES, "eye-strain"),
    }


def test_a_sellers_claim_about_its_product_is_marketing_with_interest(tmp_path: Path) -> None:
    front = "title: Shop\nkind: vendor\npublisher: Glassco\nsells: [blue-light-glasses]\n"
    claim = only(extract_text(tmp_path, "Glasses prevent digital eye strain.", front))
    assert claim.commercial_interest and claim.evidence == EvidenceType.MARKETING
    assert "Glassco sells blue-light glasses" in (claim.commercial_reason or "")


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("Research has shown that screen time causes eye strain.", EvidenceType.RESEARCH_APPEAL),
        ("A 2021 study by Jane Smith found that screen time causes eye strain.", EvidenceType.NAMED_STUDY),
        ("In my 20 years of practice, screen time causes eye strain.", EvidenceType.EXPERT_OPINION),
        ("Screen time causes eye strain (doi:10.1000/xyz123).", EvidenceType.CITED_RESEARCH),
        ("Screen time causes eye strain.", EvidenceType.ASSERTION),
    ],
)
def test_evidence_type_comes_from_the_sentence(tmp_path: Path, sentence: str, evidence: EvidenceType) -> None:
    assert only(extract_text(tmp_path, sentence)).evidence == evidence


def test_questions_are_not_claims(tmp_path: Path) -> None:
    assert extract_text(tmp_path, "Does screen time cause eye strain?") == []


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("Blue-light glasses improve sleep quality in shift workers.", Strength.DIRECT_CAUSAL),
        ("Blue-light glasses may improve sleep quality in shift workers.", Strength.CONDITIONAL_CAUSAL),
        ("Collagen supplements seem to reduce joint pain.", Strength.CONDITIONAL_CAUSAL),
        ("Screen time is associated with poorer sleep.", Strength.CORRELATIONAL),
        ("Slouchers are more likely to report neck pain than others.", Strength.CORRELATIONAL),
        ("Posture correctors did not reduce back pain.", Strength.DIRECT_CAUSAL),  # negated, but still a causal claim
        ("Further studies are needed to confirm these findings.", Strength.NONE),
        ("The posture corrector was safe and well tolerated.", Strength.NONE),
    ],
)
def test_sentence_strength_reads_hedges_associations_and_non_findings(sentence: str, strength: Strength) -> None:
    from evidencemap.extract.strength import sentence_strength

    assert sentence_strength(sentence) == strength


# ---- structure: lead-ins, headings, fragments, conditions, the section's topic -----------------------


def test_items_under_a_lead_in_that_points_on_are_the_causes_it_names(tmp_path: Path) -> None:
    body = "Eye strain is caused by several factors in most cases. They are as follows:\n\n- screen use\n- poor sleep\n"
    items = [c for c in extract_text(tmp_path, body) if c.quote in ("screen use", "poor sleep")]
    assert {(c.subject, c.relation, c.object, c.strength) for c in items} == {
        ("screen-time", Relation.CAUSES, "eye-strain", Strength.DIRECT_CAUSAL),
        ("sleep-problems", Relation.CAUSES, "eye-strain", Strength.DIRECT_CAUSAL),
    }


def test_numbered_headings_under_a_pointing_lead_in_are_claims_and_keep_its_modal(tmp_path: Path) -> None:
    body = (
        "## Why\n\nScreen time can also be a major contributor to eye strain. Here's how:\n\n"
        "### 1. Poor sleep (insomnia)\n\nText.\n\n### 2. Tired eyes\n\nMore text.\n"
    )
    claims = [c for c in extract_text(tmp_path, body) if c.quote == "Poor sleep (insomnia)"]
    assert [(c.subject, c.object, c.strength) for c in claims] == [
        ("sleep-problems", "eye-strain", Strength.CONDITIONAL_CAUSAL)
    ]


def test_a_list_right_under_a_heading_takes_it_as_lead_in(tmp_path: Path) -> None:
    claims = extract_text(
        tmp_path,
        "## Tips for managing eye strain\n\n- Wear blue light glasses.\n- Take breaks if you get poor sleep.\n",
    )
    assert ("blue-light-glasses", Relation.TREATS, "eye-strain") in {(c.subject, c.relation, c.object) for c in claims}


def test_verbless_fragments_fill_the_open_side_of_the_sentence_before(tmp_path: Path) -> None:
    claims = extract_text(
        tmp_path, "Eye strain is usually blamed on the usual suspects. Screen use. Poor sleep. These matter."
    )
    assert {(c.subject, c.object, c.strength) for c in claims} == {
        ("screen-time", "eye-strain", Strength.CONDITIONAL_CAUSAL),
        ("sleep-problems", "eye-strain", Strength.CONDITIONAL_CAUSAL),
    }


def test_when_a_then_b_is_a_causal_claim(tmp_path: Path) -> None:
    claim = only(extract_text(tmp_path, "When screen time is high, tired eyes follow."))
    assert (claim.subject, claim.relation, claim.object) == ("screen-time", Relation.CAUSES, "eye-strain")


def test_this_condition_is_the_condition_its_heading_names(tmp_path: Path) -> None:
    claim = only(
        extract_text(tmp_path, "## Eye strain\n\nOften blamed on glasses, this condition is also linked to poor sleep.")
    )
    assert (claim.subject, claim.relation, claim.object) == ("eye-strain", Relation.ASSOCIATED_WITH, "sleep-problems")


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("Screen time often leads to eye strain.", Strength.CONDITIONAL_CAUSAL),
        ("Eye strain is caused by screen time in the majority of cases.", Strength.CONDITIONAL_CAUSAL),
        ("Screen time suggests a cause of eye strain.", Strength.CONDITIONAL_CAUSAL),
    ],
)
def test_claims_take_their_strength_from_the_one_strength_rule(
    tmp_path: Path, sentence: str, strength: Strength
) -> None:
    assert [c.strength for c in extract_text(tmp_path, sentence)] == [strength]


def test_without_causing_and_not_just_assert_nothing_negated(tmp_path: Path) -> None:
    assert extract_text(tmp_path, "Blue light glasses protect the eyes without causing poor sleep.") == []
    claim = only(extract_text(tmp_path, "Screen time isn’t just tiring but also causes eye strain."))
    assert (claim.subject, claim.object, claim.negated) == ("screen-time", "eye-strain", False)


# ---- unseen topics: the lexicon knows nothing, the claims still come out -----------------------------

UNSEEN = Path(__file__).resolve().parent / "fixtures" / "unseen"


@pytest.fixture(scope="module")
def unseen_map():
    from evidencemap.build import make_map

    return make_map(UNSEEN)


@pytest.mark.parametrize(
    ("source", "subject", "relation", "obj", "negated", "evidence", "interest"),
    [
        (
            "clearsight-blue-light-glasses",
            "blue-light-glasses",
            Relation.TREATS,
            "digital-eye-strain",
            False,
            EvidenceType.MARKETING,
            True,
        ),
        (
            "clearsight-blue-light-glasses",
            "blue-light-glasses",
            Relation.TREATS,
            "headaches",
            False,
            EvidenceType.TESTIMONIAL,
            True,
        ),
        (
            "clearsight-blue-light-glasses",
            "screen-glare",
            Relation.CAUSES,
            "digital-eye-strain",
            False,
            EvidenceType.ASSERTION,
            False,
        ),
        (
            "northside-posture-correctors",
            "posture-correctors",
            Relation.TREATS,
            "upper-back-tension",
            False,
            EvidenceType.EXPERT_OPINION,
            False,
        ),
        (
            "northside-posture-correctors",
            "slouching",
            Relation.ASSOCIATED_WITH,
            "neck-pain",
            False,
            EvidenceType.ASSERTION,
            False,
        ),
        (
            "northside-posture-correctors",
            "regular-desk-breaks",
            Relation.TREATS,
            "neck-stiffness",
            False,
            EvidenceType.ASSERTION,
            False,
        ),
        (
            "research-collagen-skin-trial",
            "collagen-supplementation",
            Relation.TREATS,
            "skin-elasticity",
            False,
            EvidenceType.CITED_RESEARCH,
            False,
        ),
        (
            "research-collagen-skin-trial",
            "collagen-supplementation",
            Relation.TREATS,
            "wrinkle-depth",
            True,
            EvidenceType.CITED_RESEARCH,
            False,
        ),
        (
            "research-collagen-skin-trial",
            "dietary-protein-intake",
            Relation.ASSOCIATED_WITH,
            "skin-hydration",
            False,
            EvidenceType.CITED_RESEARCH,
            False,
        ),
    ],
)
def test_an_article_on_an_unseen_topic_yields_its_main_claims(
    unseen_map,
    source: str,
    subject: str,
    relation: Relation,
    obj: str,
    negated: bool,
    evidence: EvidenceType,
    interest: bool,
) -> None:
    claims = [c for c in unseen_map.graph.dataset.claims if c.source == source]
    found = {(c.subject, c.relation, c.object, c.negated): c for c in claims}
    claim = found.get((subject, relation, obj, negated))
    assert claim is not None, sorted(found)
    assert (claim.evidence, claim.commercial_interest) == (evidence, interest)


def test_background_and_pronoun_subjects_found_no_provisional_concepts(unseen_map) -> None:
    concepts = {c.id for c in unseen_map.graph.dataset.concepts}
    assert "collagen-supplements" not in concepts  # the Background section of a study is not its finding
    assert not any(word in cid.split("-") for cid in concepts for word in ("they", "them", "this", "it"))


def test_unknown_phrases_become_provisional_concepts_of_the_map(unseen_map) -> None:
    concepts = {c.id: c for c in unseen_map.graph.dataset.concepts}
    assert concepts["blue-light-glasses"].provisional and concepts["blue-light-glasses"].kind == ConceptKind.PRODUCT
    assert concepts["digital-eye-strain"].kind == ConceptKind.CONDITION
    assert concepts["collagen-supplementation"].kind == ConceptKind.INTERVENTION


def test_a_full_lexicon_makes_no_provisional_concepts_from_the_seeds(seed_map) -> None:
    assert not [c.id for c in seed_map.graph.dataset.concepts if c.provisional]


def test_check_lists_provisional_concepts_as_warnings(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    content = tmp_path / "content"  # a copy: check keeps its cache beside the content folder
    shutil.copytree(UNSEEN, content)
    result = subprocess.run(
        [sys.executable, "-m", "evidencemap", "check", "--content", str(content)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in (result.stdout + result.stderr).splitlines() if "provisional concept" in line]
    assert any(
        "clearsight-blue-light-glasses.md:" in line and "“blue light glasses” (blue-light-glasses, product)" in line
        for line in lines
    ), lines
    # the capital that only opened the sentence is not part of the concept's name
    assert any(
        "research-collagen-skin-trial.md:" in line and "(skin-elasticity, condition)" in line for line in lines
    ), lines
    strict = subprocess.run(
        [sys.executable, "-m", "evidencemap", "check", "--strict", "--content", str(content)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert strict.returncode != 0


def test_provisional_concepts_are_marked_on_the_site(tmp_path: Path) -> None:
    from evidencemap.build import BuildOptions, build

    build(UNSEEN, tmp_path / "site", options=BuildOptions(use_cache=False))
    page = (tmp_path / "site" / "concepts" / "blue-light-glasses.html").read_text(encoding="utf-8")
    assert "provisional: not yet in the lexicon" in page


def test_the_cue_prefilter_never_hides_a_match() -> None:
    from evidencemap.extract.cues import RELATION_CUES

    content = SEEDS.parent.parent.parent / "content" / "sources"
    texts = [p.read_text(encoding="utf-8") for p in [*content.glob("*.md"), *UNSEEN.glob("sources/*.md")]]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    assert len(texts) >= 12
    hidden = [
        (cue.pattern.pattern[:40], m.group(0))
        for line in lines
        for cue in RELATION_CUES
        for m in cue.pattern.finditer(line)
        if not any(word in m.group(0).lower() for word in cue.anchor)
    ]
    assert hidden == []


def test_cue_anchors_are_the_words_a_match_must_hold_not_the_optional_ones() -> None:
    """A sentence is tried against a cue only if it holds one of the cue's anchor words; an optional word ("is",
    "also") in the anchors would send nearly every sentence through the slow pattern."""
    from evidencemap.extract.anchors import anchor_words

    # optional words and words of under three letters prune nothing; the rarest required set is kept
    assert anchor_words(r"(?:is|are|was)?\s*(?:strongly |also )?(?:associated|linked) (?:with|to)") == (
        "associated",
        "linked",
    )
    # a branch promises the union of its alternatives; a repeat taken at least once promises what it repeats
    assert anchor_words(r"due to|results? from|(?:is|are) (?:a )?(?:consequence|symptom) of") == (
        "consequence",
        "due",
        "result",
        "symptom",
    )
    assert anchor_words(r"(?:very )+painful") == ("painful",)
    assert anchor_words(r"(?:very )+(?:in)?(?:sole|pad)s?") == ("very",)
    # an alternative that promises no word leaves the cue without anchors: it is tried on every sentence
    assert anchor_words(r"helps?|\w+ing") == ("help", "ing")
    assert anchor_words(r"helps?|\w+") == ()


def test_cue_anchors_fall_back_to_none_when_re_cannot_be_read() -> None:
    """``re._parser`` is private: if a Python release changes it, a cue has no anchor and is tried on every sentence
    (slower, never wrong: a reading of its literal words would hide "running" from ``helps?|\\w+``)."""
    from evidencemap.extract.anchors import anchor_words

    def unreadable(items: object) -> None:
        raise AttributeError("module 're._constants' has no attribute 'SUBPATTERN'")

    assert anchor_words(r"(?:is|are)?\s*(?:strongly )?(?:associated|linked) (?:with|to)", unreadable) == ()
    assert anchor_words(r"helps?|\w+", unreadable) == ()


def test_letters_that_fold_to_ascii_do_not_hide_a_cue() -> None:
    """Cue patterns ignore case, so "cauſes" (long s), "relıeves" (dotless i) and "trİggers" match as "causes",
    "relieves" and "triggers", though their lower-cased runs of letters do not show the cue's anchor word."""
    from evidencemap.extract.cue_search import find_cues

    sentences = [
        "Smoking cauſes cancer.",
        "Stretching relıeves pain.",
        "Heels trİggers back pain.",
        "Rest İmproves sleep.",
        "Shoes with 5 \u212a of grip cause falls.",
        "Plain sentences cause nothing odd.",
    ]
    found = [[(m.cue.pattern.pattern, m.start, m.end) for m in find_cues(s, [])] for s in sentences]
    every_row = [
        [(m.cue.pattern.pattern, m.start, m.end) for m in find_cues(s, [], prefilter=False)] for s in sentences
    ]
    assert found == every_row
    assert all(found[:4]), "each of the four names a cue"


WEB_REFERENCES = """
## References

- Eye Care Blog. (2024). Screens and your eyes. https://eyecare.example/screens
- Smith J, Lee K. (2019). Screen time and eye strain: a cohort study. Journal of Vision Research. doi:10.1000/abc123
"""


def test_a_reference_list_backs_only_the_claims_that_point_into_it(tmp_path: Path) -> None:
    """An article ending in links has not shown that each claim rests on one: unpointed claims keep what they have."""
    claim = only(extract_text(tmp_path, "Screen time causes eye strain.\n" + WEB_REFERENCES))
    assert claim.evidence == EvidenceType.ASSERTION


@pytest.mark.parametrize(
    ("sentence", "evidence", "reason"),
    [
        ("Screen time causes eye strain [1].", EvidenceType.WEB_REFERENCE, "Eye Care Blog"),
        ("Screen time causes eye strain.¹", EvidenceType.WEB_REFERENCE, "Eye Care Blog"),
        ("According to Eye Care Blog, screen time causes eye strain.", EvidenceType.WEB_REFERENCE, "Eye Care Blog"),
        ("Screen time causes eye strain [2].", EvidenceType.CITED_RESEARCH, "Smith J"),
        ("Screen time causes eye strain [1, 2].", EvidenceType.CITED_RESEARCH, "Smith J"),
        ("Smith and colleagues report that screen time causes eye strain.", EvidenceType.CITED_RESEARCH, "Smith J"),
    ],
)
def test_a_marker_or_a_named_entry_points_a_claim_to_its_reference(
    tmp_path: Path, sentence: str, evidence: EvidenceType, reason: str
) -> None:
    claim = only(extract_text(tmp_path, sentence + "\n" + WEB_REFERENCES))
    assert claim.evidence == evidence
    assert reason in (claim.evidence_reason or "")


def test_a_unit_or_an_unlisted_number_points_nowhere(tmp_path: Path) -> None:
    unit = only(extract_text(tmp_path, "Screen time above 30 kg/m² causes eye strain.\n" + WEB_REFERENCES))
    beyond = only(extract_text(tmp_path, "Screen time causes eye strain [7].\n" + WEB_REFERENCES))
    assert unit.evidence == beyond.evidence == EvidenceType.ASSERTION


def test_a_link_in_the_paragraph_makes_a_web_reference_but_only_its_own_sentence_makes_research(
    tmp_path: Path,
) -> None:
    web = "Screen time causes eye strain. Read [our guide](https://eyecare.example/guide) for more."
    study = "Screen time causes eye strain. A [cohort study](https://pubmed.ncbi.nlm.nih.gov/12345678/) agrees."
    assert only(extract_text(tmp_path, web)).evidence == EvidenceType.WEB_REFERENCE
    assert only(extract_text(tmp_path, study)).evidence == EvidenceType.ASSERTION


def test_a_link_to_a_pubmed_record_in_the_sentence_is_cited_research(tmp_path: Path) -> None:
    body = "Screen time causes eye strain, as [a cohort study](https://pubmed.ncbi.nlm.nih.gov/12345678/) found."
    claim = only(extract_text(tmp_path, body))
    assert claim.evidence == EvidenceType.CITED_RESEARCH
    assert "a cohort study" in (claim.evidence_reason or "")
