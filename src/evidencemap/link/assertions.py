"""Assertions and contradictions: claims that say the same thing grouped, and pairs that cannot both be true.

An assertion is one (subject, relation, object, negated) said by any number of
sources; two assertions contradict when the same question is answered in
opposite ways, directly or through the lexicon's ``broader`` tree.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

from evidencemap.content.lexicon import Lexicon
from evidencemap.grammar import sentence_case
from evidencemap.model import (
    Assertion,
    Claim,
    Contradiction,
    ContradictionBasis,
    EvidenceType,
    Relation,
    Verdict,
    slugify,
)
from evidencemap.vocabulary import (
    BENEFIT,
    HARM,
    IMPLIES_ASSOCIATION,
    claim_sentence,
    concept_is_plural,
    finding_sentence,
)

# Ids are slugs of at most MAX_ID characters (the model's ``Slug``), and an assertion's names its page
# (``claims/<id>.html``): well within every file system's 255 bytes. An assertion's id is built from its concepts'
# ids (each up to MAX_ID long), so a long one is cut and told apart by a digest; NUMBER_ROOM is kept for the ``--N``
# that numbers assertions whose ids would otherwise be equal.
MAX_ID = 120
NUMBER_ROOM = 8


def bounded_id(text: str, limit: int) -> str:
    """``text`` when it is at most ``limit`` characters, else its start and a digest of the whole (``--`` between):
    a map whose concepts have long ids still links (the model refuses longer ids) and still tells every two apart."""
    if len(text) <= limit:
        return text
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=5).hexdigest()
    return text[: limit - len(digest) - 2].rstrip("-") + "--" + digest


def assertion_id(subject: str, relation: Relation, obj: str, negated: bool, verdict: Verdict | None = None) -> str:
    """Readable, stable id: ``flat-feet--associated-with--low-back-pain`` (``--not`` when negated); findings that
    only say the evidence is too thin (``--insufficient``) are kept apart from those that found a null."""
    thin = "--insufficient" if verdict == Verdict.INSUFFICIENT else ""
    return f"{subject}--{relation.value.replace('_', '-')}--{obj}" + ("--not" if negated else "") + thin


_Key = tuple[str, Relation, str, bool, Verdict | None, str | None, str | None]


def _key(claim: Claim) -> _Key:
    """What claims must share to say the same thing: a finding's verdict parts it from the web claims in the same
    words ("insoles do not prevent back pain" is a denial; "no significant effect found" is a null), and its
    subgroup from findings on everyone ("in men" is not "in women", nor everyone), and its comparator from others
    (better than no care is not better than placebo)."""
    return (
        claim.subject,
        claim.relation,
        claim.object,
        claim.negated,
        claim.verdict,
        claim.population,
        claim.comparator,
    )


def _order(key: _Key) -> tuple[str, str, str, str]:
    return assertion_id(*key[:5]), key[4] or "", key[5] or "", key[6] or ""


def group_assertions(claims: list[Claim], lexicon: Lexicon) -> list[Assertion]:
    """Group claims with the same subject, relation, object, polarity and (for findings) verdict."""
    groups: dict[_Key, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[_key(claim)].append(claim)
    assertions: list[Assertion] = []
    taken: dict[str, int] = {}
    for key, members in sorted(groups.items(), key=lambda kv: _order(kv[0])):
        subject, relation, obj, negated, verdict, population, comparator = key
        best = min((c.evidence for c in members), key=lambda e: e.rank)
        base = bounded_id(
            assertion_id(*key[:5]) + (f"--{slugify(population, 40)}" if population else ""), MAX_ID - NUMBER_ROOM
        )
        taken[base] = taken.get(base, 0) + 1
        assertions.append(
            Assertion(
                id=base if taken[base] == 1 else f"{base}--{taken[base]}",
                subject=subject,
                relation=relation,
                object=obj,
                negated=negated,
                verdict=verdict,
                population=population,
                comparator=comparator,
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


def find_contradictions(
    assertions: list[Assertion], lexicon: Lexicon, said: Callable[[str], tuple[str, str]] | None = None
) -> list[Contradiction]:
    """Pairs of assertions, from different sources, that disagree (see ContradictionBasis for how).

    ``said``: a claim id's (source, quote). Where one sentence makes several claims ("foot orthoses and insoles had
    no significant effect"), the pairs it forms with the same other side say one thing: the first is kept."""
    found: list[Contradiction] = []
    seen_sides: set[tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]] = set()
    by_subject_root: dict[str, list[Assertion]] = defaultdict(list)
    for assertion in assertions:
        by_subject_root[lexicon.top_of(assertion.subject)].append(assertion)
    for group in by_subject_root.values():
        for a, b in combinations(sorted(group, key=lambda x: x.id), 2):
            if set(a.sources) == set(b.sources) and len(a.sources) == 1:
                continue
            basis = _conflict(a, b, lexicon)
            if basis is not None and said is not None:
                sides = (frozenset(map(said, a.claims)), frozenset(map(said, b.claims)))
                if sides in seen_sides or sides[::-1] in seen_sides:
                    continue
                seen_sides.add(sides)
            if basis is not None:
                found.append(
                    Contradiction(
                        id=bounded_id(f"{a.id}--vs--{b.id}", MAX_ID),
                        a=a.id,
                        b=b.id,
                        basis=basis,
                        summary=_summary(a, b, basis, lexicon),
                    )
                )
    return sorted(found, key=lambda c: c.id)


def _conflict(a: Assertion, b: Assertion, lexicon: Lexicon) -> ContradictionBasis | None:
    """Why ``a`` and ``b`` contradict, or None."""
    if not lexicon.comparable(a.subject, b.subject) or Verdict.INSUFFICIENT in (a.verdict, b.verdict):
        return None  # "too little evidence to tell" contradicts nothing
    if a.negated != b.negated:
        negative, positive = (a, b) if a.negated else (b, a)
        narrower = lexicon.is_within(positive.subject, negative.subject) and lexicon.is_within(
            positive.object, negative.object
        )
        same_relation = negative.relation == positive.relation
        denies_link = negative.relation == Relation.ASSOCIATED_WITH and positive.relation in IMPLIES_ASSOCIATION
        if narrower and (same_relation or denies_link):
            both_research = a.verdict is not None and b.verdict is not None
            return ContradictionBasis.STUDIES_DIFFER if both_research else ContradictionBasis.NEGATION
        return None
    if a.negated or b.negated:
        return None
    opposite = (a.relation in BENEFIT and b.relation in HARM) or (a.relation in HARM and b.relation in BENEFIT)
    if opposite and lexicon.comparable(a.object, b.object):
        return ContradictionBasis.OPPOSITE_EFFECT
    if opposite and lexicon.related(a.object, b.object):
        return ContradictionBasis.TENSION
    return None


def _summary(a: Assertion, b: Assertion, basis: ContradictionBasis, lexicon: Lexicon) -> str:
    """One sentence a reader understands: who says what against whom."""

    def say(x: Assertion) -> str:
        subject, obj = lexicon.concepts[x.subject], lexicon.concepts[x.object]
        if x.verdict is not None:  # research: as strongly as it found, and no more
            found = finding_sentence(
                subject.label, x.relation, x.verdict, concept_is_plural(subject), obj.label, x.population, x.comparator
            )
            return "research found " + found.replace(" found", "")
        return claim_sentence(subject, x.relation, x.negated, obj)

    if basis == ContradictionBasis.NEGATION:
        return f"One side says {say(a)}; the other says {say(b)}."
    if basis == ContradictionBasis.STUDIES_DIFFER:
        return sentence_case(f"{say(a)}; {say(b).replace('research found', 'other research found', 1)}.")
    if basis == ContradictionBasis.TENSION:
        return f"Help on one outcome, harm on another: {say(a)}, yet {say(b)}."
    return f"Opposite effects claimed: {say(a)}, yet {say(b)}."
