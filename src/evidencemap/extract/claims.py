"""Turn sentences into typed claims.

A sentence becomes claims when a relation cue (cues.py) has a concept on each
side (links.py). Cues in one sentence chain ("X causes A, resulting in B") into
one claim whose mechanism is the middle of the chain. A sentence with no
subject of its own borrows one: "This ..." takes what the previous sentence
ended on, a list item takes the open side of its lead-in ("... are caused by:
- obesity").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidencemap.content.lexicon import LACK_WORDS, Lexicon, Mention
from evidencemap.extract.cues import (
    ANAPHORA,
    CONDITION_CLAUSE,
    IN_ADDITION,
    INDIRECT_QUESTION,
    NEGATIONS,
    NOT_NEGATION,
    SCOPE_NEGATION,
    Direction,
    RelationCue,
)
from evidencemap.extract.links import Link, concept_ids, sentence_links
from evidencemap.extract.strength import relation_strength
from evidencemap.model import Relation, Strength
from evidencemap.vocabulary import ACTED_ON_KINDS, BENEFIT, INTERVENTION_KINDS

# Where a clause starts: a hedge before it belongs to another clause.
_CLAUSE_START = re.compile(r"[,;:—–]")
# Verbs that end a function or bring a lost one back: their object is the loss, not the function.
_ENDS_OR_RESTORES = re.compile(r"^(?:stop|cease|no longer|restor)", re.IGNORECASE)
_LOSS_BEFORE = re.compile(
    r"\b(?:poor|weak\w*|loss of|lack of|limited|reduced|impaired|decreased|less|restricted)\s+$", re.IGNORECASE
)


@dataclass(slots=True)
class Proposition:
    """A claim before it has a source, an id and evidence."""

    subject: str
    relation: Relation
    object: str
    negated: bool
    strength: Strength
    mechanism: list[str] = field(default_factory=list)


def chain_links(links: list[Link], lexicon: Lexicon | None = None) -> list[list[Link]]:
    """Group links into chains: a link whose subject is the previous object, or is missing, continues it.

    A link that opens a new clause ("..., but often leads to B") starts a new
    chain; it keeps the earlier subject (see ``propositions``).
    """
    chains: list[list[Link]] = []
    for link in links:
        if chains and not link.new_clause and _continues(chains[-1][-1], link, lexicon):
            chains[-1].append(link)
            continue
        if (
            chains
            and link.new_clause
            and not link.own_subject
            and (not link.subjects or link.subjects == chains[-1][-1].objects)
        ):
            link.subjects = []
        chains.append([link])
    return chains


def _continues(previous: Link, link: Link, lexicon: Lexicon | None) -> bool:
    """Whether ``link`` is the next step of the chain that ends in ``previous``."""
    continues = not link.subjects or bool(previous.objects and link.subjects == previous.objects)
    if previous.cue.cue.correlational and link.subjects:
        return False  # "A is common with B, which causes C": an association is no step of a causal chain
    if (
        continues
        and link.subjects
        and lexicon is not None
        and all(lexicon.concepts[c].kind in INTERVENTION_KINDS for c in link.subjects)
    ):
        return False  # "promoting movement, the company offers the FoosFoot to help": a product is a doer
    return continues and link.cue.cue.direction in (Direction.FORWARD, Direction.NOUN)


def _with_steps(chains: list[list[Link]]) -> list[list[Link]]:
    """Each chain, preceded by its first steps, or a restrictive relative's own clause, where those are claims in
    their own right."""
    out: list[list[Link]] = []
    for chain in chains:
        out.extend(chain[: k + 1] for k, link in enumerate(chain[:-1]) if link.stands and link.objects)
        out.extend([link] for link in chain[1:] if link.restrictive and link.subjects and link.objects)
        out.append(chain)
    return out


def _chain_relation(chain: list[Link]) -> Relation:
    """The relation a whole chain asserts between its first subject and last object.

    The last step with an object decides ("X reduces A, leading to B": X causes
    B, for "reduce" may take a good thing), except that a pure relief verb
    carries over ("orthotics relieve the twisting that contributes to back
    pain": they relieve back pain, through the twisting).
    """
    with_objects = [link for link in chain if link.objects]
    last = with_objects[-1] if with_objects else chain[-1]
    relation = last.cue.cue.relation
    before = chain[: chain.index(last)]
    relief = [
        link.cue.cue.relation for link in before if not link.cue.cue.decreases and link.cue.cue.relation in BENEFIT
    ]
    if relation == Relation.CAUSES and relief:
        return relief[0]
    return relation


def is_negated(sentence: str, start: int, end: int, cue: RelationCue) -> bool:
    """True if the cue itself, or the words between subject and cue, negate the claim."""
    if cue.negated:
        return True
    window = NOT_NEGATION.sub(" ", sentence[max(start, 0) : end])
    return bool(NEGATIONS.search(window))


def strength_of(sentence: str, upto: int, chain: list[Link]) -> Strength:
    """Correlational, conditional (hedged) or direct causal language: the one rule of extract/strength.py."""
    correlational = chain[-1].cue.cue.correlational or all(link.cue.cue.correlational for link in chain)
    return relation_strength(sentence, upto, correlational)


def _named_by_good_side(sentence: str, mentions: list[Mention], concept: str, label: str) -> bool:
    """True when a problem concept is named by what it lacks: "reduce balance" means causing poor balance."""
    if not LACK_WORDS.search(label):
        return False
    texts = [sentence[m.start : m.end] for m in mentions if m.concept == concept]
    return bool(texts) and not any(LACK_WORDS.search(t) for t in texts)


def _named_as_loss(sentence: str, mentions: list[Mention], concept: str) -> bool:
    """A concept preceded by a word of lack: "reduced mobility", "poor balance"."""
    return any(m.concept == concept and _LOSS_BEFORE.search(sentence[max(0, m.start - 16) : m.start]) for m in mentions)


def condition_clause(sentence: str, mentions: list[Mention], lexicon: Lexicon) -> list[Proposition]:
    """ "When foot mobility is limited, force is transferred upward": the condition causes what follows it."""
    match = CONDITION_CLAUSE.match(sentence)
    if match is None:
        return []
    split = match.start("result")
    before = [m.concept for m in mentions if m.end <= split]
    after = [m.concept for m in mentions if m.start >= split]
    if not before or not after:
        return []
    strength = relation_strength(sentence, len(sentence), False)
    props: list[Proposition] = []
    for subject in dict.fromkeys(before):
        for obj in dict.fromkeys(after[:1]):
            if lexicon.comparable(subject, obj) or lexicon.concepts[obj].kind not in ACTED_ON_KINDS:
                continue
            if lexicon.concepts[subject].kind in INTERVENTION_KINDS:
                continue
            props.append(Proposition(subject, Relation.CAUSES, obj, False, strength))
    return props


def propositions(
    sentence: str, mentions: list[Mention], lexicon: Lexicon, previous: list[str], lead: list[str]
) -> tuple[list[Proposition], list[str], bool]:
    """The claims of one sentence, the concepts it ended on (for the next "This ..."), and whether it had a relation
    cue.

    A chain with no subject of its own borrows one: from the previous sentence
    when it opens with "This"/"It", from the lead-in when it is a list item,
    or from the chain before it in the same sentence ("X reduces A but causes B").
    """
    if INDIRECT_QUESTION.search(sentence):
        return [], concept_ids(mentions[:1]), False
    links = sentence_links(sentence, mentions, lexicon)
    results: list[Proposition] = []
    last_objects: list[str] = []
    sentence_subjects: list[str] = []
    sentence_objects: list[str] = []  # what the sentence's subject acts on, clause by clause
    for chain in _with_steps(chain_links(links, lexicon)):
        first = chain[0]
        subjects, borrowed = _chain_subjects(sentence, first, sentence_subjects, previous, lead)
        sentence_subjects = sentence_subjects or subjects
        if subjects == sentence_subjects and first.objects:
            sentence_objects = [*sentence_objects, *(m for m in first.objects if m not in sentence_objects)]
        with_objects = [link for link in chain if link.objects]
        if not subjects or not with_objects:
            continue
        mechanism = _mechanism(chain, subjects, borrowed, sentence_objects)
        results += _chain_claims(sentence, mentions, lexicon, chain, subjects, borrowed, mechanism)
        last_objects = with_objects[-1].objects
    if not last_objects and mentions:
        last_objects = concept_ids([mentions[0]]) if not links else concept_ids([mentions[-1]])
    results += _in_addition(sentence, mentions, lexicon, results)
    # "It can improve gait mechanics, restore movement patterns": one sentence says it once
    unique: dict[tuple[str, Relation, str, bool], Proposition] = {}
    for prop in results:
        unique.setdefault((prop.subject, prop.relation, prop.object, prop.negated), prop)
    return list(unique.values()), last_objects, bool(links)


def _chain_subjects(
    sentence: str, first: Link, sentence_subjects: list[str], previous: list[str], lead: list[str]
) -> tuple[list[str], bool]:
    """A chain's subjects, and whether they are borrowed: from the sentence's earlier clause, the sentence before
    ("This ..."), or the list's lead-in."""
    if first.subjects:
        return first.subjects, False
    if first.new_clause and sentence_subjects:
        return sentence_subjects, True
    if ANAPHORA.match(sentence[: first.cue.start]) and previous:
        return previous, True
    if lead:
        return lead, True
    return first.subjects, True


def _mechanism(chain: list[Link], subjects: list[str], borrowed: bool, sentence_objects: list[str]) -> list[str]:
    """The middle of a chain: what lies between its subject and its last object."""
    first = chain[0]
    with_objects = [link for link in chain if link.objects]
    objects = with_objects[-1].objects
    mechanism: list[str] = [m for m in first.lead_mechanism if m not in subjects]
    if borrowed and first.new_clause and any(link.manner for link in chain):
        mechanism += [m for m in sentence_objects if m not in subjects and m not in mechanism]
    for link in with_objects[:-1]:
        for concept in link.objects:
            if concept not in mechanism and concept not in subjects and concept not in objects:
                mechanism.append(concept)
    return mechanism


def _chain_claims(
    sentence: str,
    mentions: list[Mention],
    lexicon: Lexicon,
    chain: list[Link],
    subjects: list[str],
    borrowed: bool,
    mechanism: list[str],
) -> list[Proposition]:
    """The claims of one chain: each subject with each last object, negated and hedged as its words say."""
    first = chain[0]
    with_objects = [link for link in chain if link.objects]
    objects = with_objects[-1].objects
    relation = _chain_relation(chain)
    negation_start = 0 if borrowed else max(first.subject_end, 0)
    if first.cue.cue.direction == Direction.BACKWARD and not borrowed:
        # "they do not address X: A due to B": only words between the object and the cue negate it
        ends = [m.end for m in mentions if m.end <= first.cue.start and m.concept in objects]
        negation_start = max(ends) if ends else 0
    negated = (
        is_negated(sentence, negation_start, first.cue.start, first.cue.cue)
        or any(link.cue.cue.negated for link in chain)
        or bool(SCOPE_NEGATION.search(sentence[: chain[-1].cue.start]))
    )
    breaks = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, first.cue.start)]
    clause_start = (
        breaks[-1] if breaks and not borrowed and first.subject_end >= 0 and breaks[-1] > first.subject_end else 0
    )
    strength = strength_of(sentence[clause_start:], chain[-1].cue.end - clause_start, chain)
    last = with_objects[-1].cue.cue
    ends_or_restores = bool(_ENDS_OR_RESTORES.match(with_objects[-1].cue_text(sentence)))
    out: list[Proposition] = []
    for subject in subjects:
        for obj in objects:
            if subject == obj or lexicon.is_within(subject, obj) or lexicon.is_within(obj, subject):
                continue
            read = _object_relation(sentence, mentions, lexicon, subject, obj, relation, last, ends_or_restores)
            if read is not None:
                out.append(Proposition(subject, read[1], read[0], negated, strength, list(mechanism)))
    return out


def _object_relation(
    sentence: str,
    mentions: list[Mention],
    lexicon: Lexicon,
    subject: str,
    obj: str,
    relation: Relation,
    last: RelationCue,
    ends_or_restores: bool,
) -> tuple[str, Relation] | None:
    """What a subject's claim on one object says: the object (or the loss it names) and the relation; None where the
    object is no claim's object."""
    target = lexicon.concepts[obj]
    effective = relation
    lost = lexicon.loss_of(obj)
    if ends_or_restores and lost is not None and not lexicon.comparable(subject, lost):
        # "stops absorbing force" causes its loss; "restores mobility" treats its loss
        obj, effective = lost, (Relation.CAUSES if last.decreases else relation)
    elif target.desirable and last.decreases:
        effective = Relation.WORSENS
    elif last.decreases and _named_by_good_side(sentence, mentions, obj, target.label):
        effective = Relation.CAUSES
    elif lost is not None and _named_as_loss(sentence, mentions, obj):
        obj = lost  # "reduced mobility" is the loss of mobility
        if lexicon.comparable(subject, obj):
            return None
    elif last.decreases and not target.desirable and lost is not None:
        obj, effective = lost, Relation.CAUSES  # "reduces sensory input" causes its loss
        if lexicon.comparable(subject, obj):
            return None
    if last.changes and effective == Relation.CAUSES:
        if lexicon.concepts[subject].kind in INTERVENTION_KINDS:
            if target.desirable:
                return None  # "interventions that change foot function": for better or worse, the text does not say
            effective = Relation.TREATS  # "training changes faulty movement patterns": changing a problem fixes it
        elif target.desirable:
            effective = Relation.WORSENS  # "tight shoes alter foot function": a cause changes a good thing for worse
    if effective != Relation.ASSOCIATED_WITH and target.kind not in ACTED_ON_KINDS:
        return None
    return obj, effective


def _in_addition(
    sentence: str, mentions: list[Mention], lexicon: Lexicon, results: list[Proposition]
) -> list[Proposition]:
    """ "In addition to trauma, the most common cause of Y is X": trauma causes Y too."""
    also = IN_ADDITION.match(sentence)
    if also is None or not results:
        return []
    extra = [m.concept for m in mentions if m.start >= also.start("extra") and m.end <= also.end("extra")]
    first = results[0]
    return [
        Proposition(e, first.relation, first.object, first.negated, first.strength)
        for e in extra
        if e != first.object
        and not lexicon.comparable(e, first.object)
        and lexicon.concepts[e].kind not in INTERVENTION_KINDS
    ]
