"""Each sentence rule of extraction, by its name, doing its one job.

Every test reads a few sentences of its own (on teeth, a topic the seed
articles never touch) twice: with the whole rule list, and with the list less
the rule under test. What the rule adds, or changes, is its job. Rules that
only leave state for later rules (a frame, a topic) show it through the claim
that state lets a later sentence make.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evidencemap.content.lexicon import build_lexicon
from evidencemap.content.load import load_document
from evidencemap.extract import SENTENCE_RULES, Extraction, extract, rules
from evidencemap.model import Concept, ConceptKind, EvidenceType, Relation

C, T, P = Relation.CAUSES, Relation.TREATS, Relation.PREVENTS

TEETH = build_lexicon(
    [
        Concept(id="sugar", label="sugar", kind=ConceptKind.FACTOR),
        Concept(id="plaque", label="plaque", kind=ConceptKind.FACTOR),
        Concept(id="dry-mouth", label="dry mouth", kind=ConceptKind.CONDITION),
        Concept(id="tooth-decay", label="tooth decay", kind=ConceptKind.CONDITION),
        Concept(id="gum-disease", label="gum disease", kind=ConceptKind.CONDITION),
        Concept(id="tooth-sensitivity", label="tooth sensitivity", kind=ConceptKind.CONDITION),
        Concept(id="gum-recession", label="gum recession", kind=ConceptKind.CONDITION),
        Concept(id="enamel-erosion", label="enamel erosion", kind=ConceptKind.MECHANISM),
        Concept(id="bacterial-growth", label="bacterial growth", kind=ConceptKind.MECHANISM),
        Concept(id="acid-attack", label="acid attack", kind=ConceptKind.MECHANISM),
        Concept(id="toothpaste", label="toothpaste", kind=ConceptKind.INTERVENTION),
        Concept(id="smilegel", label="SmileGel", kind=ConceptKind.PRODUCT, broader="toothpaste"),
        Concept(id="flossing", label="flossing", kind=ConceptKind.INTERVENTION),
        Concept(id="fluoride-varnish", label="fluoride varnish", kind=ConceptKind.INTERVENTION),
    ]
)

Triple = tuple[str, Relation, str]


def read(tmp_path: Path, body: str, without: str | None = None, sells: str = "[]", kind: str = "blog") -> Extraction:
    """The extraction of ``body``, with every rule or every rule but ``without``."""
    path = tmp_path / (without or "all") / "sources" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: Teeth\nkind: {kind}\nsells: {sells}\n---\n{body}\n", encoding="utf-8")
    assert without is None or without in dict(SENTENCE_RULES), without
    chosen = [(name, rule) for name, rule in SENTENCE_RULES if name != without]
    return extract(load_document(path, path.parent.parent), TEETH, chosen)


def triples(extraction: Extraction) -> set[Triple]:
    return {(c.subject, c.relation, c.object) for c in extraction.claims}


def job(tmp_path: Path, name: str, body: str, **options: str) -> tuple[set[Triple], set[Triple]]:
    """The claims with every rule, and those without rule ``name``."""
    return triples(read(tmp_path, body, **options)), triples(read(tmp_path, body, without=name, **options))


def test_the_rule_list_holds_the_documented_names_in_order() -> None:
    names = [name for name, _ in SENTENCE_RULES]
    assert names == [
        "mentions",
        "topic",
        "own_products",
        "anaphora",
        "relations",
        "lead_in",
        "fragment",
        "these_methods",
        "next_reason",
        "spelled_out",
        "condition_clause",
        "topic_events",
        "open_condition",
        "provisional",
        "open_frame",
        "findings",
        "chain",
        "condition_of_cause",
        "elliptic",
        "cause_topic",
        "claims",
    ]
    documented = re.findall(r"^- ``(\w+)``:", rules.__doc__ or "", re.MULTILINE)
    assert documented == names


def test_mentions(tmp_path: Path) -> None:
    full, without = job(tmp_path, "mentions", "Sugar causes tooth decay.")
    assert full == {("sugar", C, "tooth-decay")}
    assert without == set()


def test_topic(tmp_path: Path) -> None:
    full, without = job(tmp_path, "topic", "## Gum disease\n\nThis condition is caused by plaque.")
    assert full == {("plaque", C, "gum-disease")}
    assert without == set()


def test_own_products(tmp_path: Path) -> None:
    full, without = job(tmp_path, "own_products", "Our toothpaste prevents tooth decay.", sells="[smilegel]")
    assert full == {("smilegel", P, "tooth-decay")}
    assert without == {("toothpaste", P, "tooth-decay")}


def test_anaphora(tmp_path: Path) -> None:
    body = "Soda drinkers often show dry mouth and enamel erosion. This erosion leads to tooth sensitivity."
    full, without = job(tmp_path, "anaphora", body)
    assert full == {("enamel-erosion", C, "tooth-sensitivity")}
    assert without == {("dry-mouth", C, "tooth-sensitivity")}  # a bare "This" is what the sentence opened on


def test_relations(tmp_path: Path) -> None:
    full, without = job(tmp_path, "relations", "Sugar causes tooth decay.")
    assert full == {("sugar", C, "tooth-decay")}
    assert without == set()


def test_lead_in(tmp_path: Path) -> None:
    full, without = job(tmp_path, "lead_in", "Tooth decay is caused by the following:\n\n- Sugar\n- Dry mouth")
    assert full == {("sugar", C, "tooth-decay"), ("dry-mouth", C, "tooth-decay")}
    assert without == set()


def test_fragment(tmp_path: Path) -> None:
    full, without = job(tmp_path, "fragment", "Tooth decay is blamed on the usual suspects. Sugar. Dry mouth.")
    assert full == {("sugar", C, "tooth-decay"), ("dry-mouth", C, "tooth-decay")}
    assert without == set()


def test_these_methods(tmp_path: Path) -> None:
    body = "Dentists suggest toothpaste or flossing for gum disease. These methods can help."
    full, without = job(tmp_path, "these_methods", body)
    assert full == {("toothpaste", T, "gum-disease"), ("flossing", T, "gum-disease")}
    assert without == set()


def test_next_reason(tmp_path: Path) -> None:
    body = (
        "Several reasons can cause tooth sensitivity. One is enamel erosion, which often goes unnoticed for years. "
        "Another reason might be gum recession in people who brush hard."
    )
    full, without = job(tmp_path, "next_reason", body)
    assert full == {("enamel-erosion", C, "tooth-sensitivity"), ("gum-recession", C, "tooth-sensitivity")}
    assert without == set()


def test_spelled_out(tmp_path: Path) -> None:
    full, without = job(tmp_path, "spelled_out", "Sugar causes bacterial growth. Acid attacks are the next step.")
    assert full - without == {("sugar", C, "acid-attack")}
    assert without == {("sugar", C, "bacterial-growth")}


def test_condition_clause(tmp_path: Path) -> None:
    full, without = job(tmp_path, "condition_clause", "When dry mouth sets in, tooth decay follows.")
    assert full == {("dry-mouth", C, "tooth-decay")}
    assert without == set()


def test_topic_events(tmp_path: Path) -> None:
    full, without = job(tmp_path, "topic_events", "Sugar causes bacterial growth.\n\nAcid attacks soon follow.")
    assert full - without == {("sugar", C, "acid-attack")}


def test_open_condition(tmp_path: Path) -> None:
    body = "When dry mouth sets in, the trouble does not end there.\n\nAcid attacks soon follow."
    full, without = job(tmp_path, "open_condition", body)
    assert full == {("dry-mouth", C, "acid-attack")}  # the open condition became the cause the text is about
    assert without == set()


def test_provisional(tmp_path: Path) -> None:
    full = read(tmp_path, "Chewing gum reduces jaw clicking.")
    assert triples(full) == {("chewing-gum", T, "jaw-clicking")}
    assert all(concept.provisional for concept in full.provisional)
    assert triples(read(tmp_path, "Chewing gum reduces jaw clicking.", without="provisional")) == set()


def test_open_frame(tmp_path: Path) -> None:
    full, without = job(tmp_path, "open_frame", "Tooth decay is blamed on the usual suspects. Sugar. Dry mouth.")
    assert full == {("sugar", C, "tooth-decay"), ("dry-mouth", C, "tooth-decay")}
    assert without == set()  # no frame opened: the fragments have no open side to fill


def test_findings(tmp_path: Path) -> None:
    body = "## Results\n\nFluoride varnish had a large effect in the treatment of tooth decay."
    full, without = job(tmp_path, "findings", body, kind="research")
    assert full == {("fluoride-varnish", T, "tooth-decay")}
    assert without == set()


def test_chain(tmp_path: Path) -> None:
    body = "Sugar causes bacterial growth. This leads to tooth decay."
    full = read(tmp_path, body)
    assert {(c.subject, c.object, tuple(c.mechanism)) for c in full.claims} == {
        ("sugar", "bacterial-growth", ()),
        ("sugar", "tooth-decay", ("bacterial-growth",)),
    }
    assert triples(read(tmp_path, body, without="chain")) == {
        ("sugar", C, "bacterial-growth"),
        ("bacterial-growth", C, "tooth-decay"),
    }


def test_condition_of_cause(tmp_path: Path) -> None:
    body = "When dry mouth sets in, acid attacks grow stronger, causing tooth decay."
    full, without = job(tmp_path, "condition_of_cause", body)
    assert without == {("acid-attack", C, "tooth-decay")}
    assert full - without == {("dry-mouth", C, "acid-attack")}


def test_elliptic(tmp_path: Path) -> None:
    body = "Sugar does not cause gum disease. However, plaque does."
    full = read(tmp_path, body)
    assert {(c.subject, c.object, c.negated) for c in full.claims} == {
        ("sugar", "gum-disease", True),
        ("plaque", "gum-disease", False),
    }
    assert triples(read(tmp_path, body, without="elliptic")) == {("sugar", C, "gum-disease")}


def test_cause_topic(tmp_path: Path) -> None:
    full, without = job(tmp_path, "cause_topic", "Sugar causes bacterial growth.\n\nAcid attacks soon follow.")
    assert full - without == {("sugar", C, "acid-attack")}  # sugar became what the next paragraph is about


def test_claims(tmp_path: Path) -> None:
    body = "Sugar causes tooth decay. Sugar also causes many other problems."
    full = read(tmp_path, body)
    (claim,) = full.claims
    assert (claim.subject, claim.object, claim.quote) == ("sugar", "tooth-decay", "Sugar causes tooth decay.")
    assert claim.id.startswith(f"{full.source.id}-") and claim.evidence == EvidenceType.ASSERTION
    assert [u.text for u in full.unresolved] == ["Sugar also causes many other problems."]
    without = read(tmp_path, body, without="claims")
    assert without.claims == () and without.unresolved == ()


@pytest.mark.parametrize("name", [name for name, _ in SENTENCE_RULES])
def test_every_rule_has_its_test(name: str) -> None:
    assert f"test_{name}" in globals()
