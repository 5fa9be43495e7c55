"""Assertions and contradictions: claims that say the same thing grouped, and pairs that cannot both be true.

An assertion is one (subject, relation, object, negated) said by any number of
sources; two assertions contradict when the same question is answered in
opposite ways, directly or through the lexicon's ``broader`` tree.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from evidencemap.content.lexicon import Lexicon
from evidencemap.model import (
    Assertion,
    Claim,
    Contradiction,
    ContradictionBasis,
    EvidenceType,
    Relation,
)
from evidencemap.vocabulary import BENEFIT, HARM, IMPLIES_ASSOCIATION, claim_sentence


def assertion_id(subject: str, relation: Relation, obj: str, negated: bool) -> str:
    """Readable, stable id: ``flat-feet--associated-with--low-back-pain`` (``--not`` when negated)."""
    return f"{subject}--{relation.value.replace('_', '-')}--{obj}" + ("--not" if negated else "")


def group_assertions(claims: list[Claim], lexicon: Lexicon) -> list[Assertion]:
    """Group claims with the same subject, relation, object and polarity."""
    groups: dict[tuple[str, Relation, str, bool], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.subject, claim.relation, claim.object, claim.negated)].append(claim)
    assertions: list[Assertion] = []
    for (subject, relation, obj, negated), members in sorted(groups.items(), key=lambda kv: assertion_id(*kv[0])):
        best = min((c.evidence for c in members), key=lambda e: e.rank)
        assertions.append(
            Assertion(
                id=assertion_id(subject, relation, obj, negated),
                subject=subject,
                relation=relation,
                object=obj,
                negated=negated,
                claims=[c.id for c in members],
                sources=sorted({c.source for c in members}),
                best_evidence=best,
                research_backed=any(c.evidence == EvidenceType.CITED_RESEARCH for c in members),
                commercial_only=all(c.commercial_interest for c in members),
            )
        )
    # An assertion supports those saying the same of broader concepts (or of the same ones, by other words): found
    # through each concept's short chain of broader ones, not by testing every pair of assertions.
    by_key: dict[tuple[Relation, bool, str, str], list[str]] = defaultdict(list)
    for assertion in assertions:
        by_key[(assertion.relation, assertion.negated, assertion.subject, assertion.object)].append(assertion.id)
    supported: list[Assertion] = []
    for assertion in assertions:
        broader = [
            other
            for subject in (assertion.subject, *lexicon.ancestors(assertion.subject))
            for object_ in (assertion.object, *lexicon.ancestors(assertion.object))
            for other in by_key.get((assertion.relation, assertion.negated, subject, object_), ())
            if other != assertion.id
        ]
        supported.append(assertion.model_copy(update={"supports": sorted(set(broader))}) if broader else assertion)
    return supported


def find_contradictions(assertions: list[Assertion], lexicon: Lexicon) -> list[Contradiction]:
    """Pairs of assertions, from different sources, that cannot both hold."""
    found: list[Contradiction] = []
    by_subject_root: dict[str, list[Assertion]] = defaultdict(list)
    for assertion in assertions:
        root = (lexicon.ancestors(assertion.subject) or (assertion.subject,))[-1]
        by_subject_root[root].append(assertion)
    for group in by_subject_root.values():
        for a, b in combinations(sorted(group, key=lambda x: x.id), 2):
            if set(a.sources) == set(b.sources) and len(a.sources) == 1:
                continue
            basis = _conflict(a, b, lexicon)
            if basis is not None:
                found.append(
                    Contradiction(
                        id=f"{a.id}--vs--{b.id}", a=a.id, b=b.id, basis=basis, summary=_summary(a, b, basis, lexicon)
                    )
                )
    return sorted(found, key=lambda c: c.id)


def _conflict(a: Assertion, b: Assertion, lexicon: Lexicon) -> ContradictionBasis | None:
    """Why ``a`` and ``b`` contradict, or None."""
    if not lexicon.comparable(a.subject, b.subject):
        return None
    if a.negated != b.negated:
        negative, positive = (a, b) if a.negated else (b, a)
        narrower = lexicon.is_within(positive.subject, negative.subject) and lexicon.is_within(
            positive.object, negative.object
        )
        same_relation = negative.relation == positive.relation
        denies_link = negative.relation == Relation.ASSOCIATED_WITH and positive.relation in IMPLIES_ASSOCIATION
        if narrower and (same_relation or denies_link):
            return ContradictionBasis.NEGATION
        return None
    if a.negated or b.negated:
        return None
    opposite = (a.relation in BENEFIT and b.relation in HARM) or (a.relation in HARM and b.relation in BENEFIT)
    if opposite and lexicon.related(a.object, b.object):
        return ContradictionBasis.OPPOSITE_EFFECT
    return None


def _summary(a: Assertion, b: Assertion, basis: ContradictionBasis, lexicon: Lexicon) -> str:
    """One sentence a reader understands: who says what against whom."""

    def say(x: Assertion) -> str:
        return claim_sentence(lexicon.concepts[x.subject], x.relation, x.negated, lexicon.concepts[x.object])

    if basis == ContradictionBasis.NEGATION:
        return f"One side says {say(a)}; the other says {say(b)}."
    return f"Opposite effects claimed: {say(a)}, yet {say(b)}."
