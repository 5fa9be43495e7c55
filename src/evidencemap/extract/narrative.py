"""Claims a sentence makes through the sentences around it: chains, spelled-out events, ellipsis, conditions.

"X causes A. This leads to B.", "X causes a chain reaction. Your femur
rotates.", "X does not correlate with Z. However, Y does.", "When foot
mobility is limited, force does not disappear.": each reads one sentence
against the claims of the one before, or the cause the paragraph is about.
"""

from __future__ import annotations

import re

from evidencemap.content.lexicon import Lexicon, Mention
from evidencemap.extract.claims import Proposition
from evidencemap.extract.cues import ANAPHORA, CONDITION_CLAUSE, NEGATIONS
from evidencemap.extract.strength import relation_strength
from evidencemap.model import ConceptKind, Relation
from evidencemap.vocabulary import INTERVENTION_KINDS


def continue_chain(
    props: list[Proposition], previous: list[Proposition], sentence: str, lexicon: Lexicon
) -> list[Proposition]:
    """ "X causes A. This leads to B.": B is X's effect through A, one claim with A in its mechanism.

    A sentence opening with "This"/"These" whose subjects are what the previous
    sentence's claims ended on continues their chain: it keeps their subject and
    adds the middle to the mechanism.
    """
    if not previous or not props or not ANAPHORA.match(sentence):
        return props
    ends = {p.object for p in previous}
    if not all(p.subject in ends for p in props):
        return props
    roots = list(dict.fromkeys(p.subject for p in previous if p.relation == Relation.CAUSES and p.object in ends))
    if not roots or any(p.relation != Relation.CAUSES for p in props):
        return props
    out: list[Proposition] = []
    seen: set[tuple[str, str]] = set()
    for root in roots:
        before = [p for p in previous if p.subject == root]
        middle = list(dict.fromkeys([m for p in before for m in p.mechanism] + [p.object for p in before]))
        for prop in props:
            if (
                prop.object in middle
                or prop.object == root
                or (root, prop.object) in seen
                or lexicon.comparable(root, prop.object)
            ):
                continue
            seen.add((root, prop.object))
            mechanism = list(dict.fromkeys(middle + [m for m in prop.mechanism if m not in middle]))
            out.append(Proposition(root, prop.relation, prop.object, prop.negated, prop.strength, mechanism))
    return out or props


def spelled_out(sentence: str, events: list[str], previous: list[Proposition], lexicon: Lexicon) -> list[Proposition]:
    """ "X causes a chain reaction. Your femur rotates and the pelvis tilts.": the events spell out X's effect.

    A sentence that only names mechanisms, with no subject of its own, right
    after a sentence whose cause led to a mechanism, tells what that mechanism
    consists of: each event is an effect of the same cause.
    """
    roots = list(
        dict.fromkeys(
            p.subject
            for p in previous
            if p.relation == Relation.CAUSES
            and not p.negated
            and lexicon.concepts[p.object].kind == ConceptKind.MECHANISM
        )
    )
    strength = relation_strength(sentence, len(sentence), False)
    return [
        Proposition(root, Relation.CAUSES, event, False, strength)
        for root in roots
        for event in dict.fromkeys(events)
        if not lexicon.comparable(root, event) and event not in {p.object for p in previous}
    ]


# Words that describe a state rather than tell an event: "the body is a chain", "they are whole body events".
_COPULA_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|being|becomes?|became|remains?|seems?|called|referred)\b", re.IGNORECASE
)


# "compensates by spinning": the event after "by" is what happens; the word before only names it.
_BY_MEANS = re.compile(r"^\s+by\s+$", re.IGNORECASE)


def topic_events(sentence: str, mentions: list[Mention], cause: str, lexicon: Lexicon) -> list[Proposition]:
    """ "Restricted feet change how you move. The hips may rotate more.": an event told without its cause.

    A narrative of events keeps its cause as the topic: a sentence whose only
    concepts are events (mechanisms), with a body part or a pronoun as its
    subject and no cause of its own, tells what the paragraph's cause (or the
    previous paragraph's, when this one has none yet) brings about. A state
    described with a copula ("the body is a chain") is not an event.
    """
    if any(
        lexicon.concepts[m.concept].kind != ConceptKind.MECHANISM or lexicon.concepts[m.concept].desirable
        for m in mentions
    ):
        return []  # a working function ("absorbs impact") is no effect of a problem
    if _COPULA_WORD.search(sentence) or NEGATIONS.search(sentence):
        return []
    events = [
        m
        for i, m in enumerate(mentions)
        if not (i + 1 < len(mentions) and _BY_MEANS.match(sentence[m.end : mentions[i + 1].start]))
    ]
    strength = relation_strength(sentence, len(sentence), False)
    return [
        Proposition(cause, Relation.CAUSES, event, False, strength)
        for event in dict.fromkeys(m.concept for m in events)
        if not lexicon.comparable(cause, event)
    ]


# A condition clause with no subject or verb of its own ("When inactive or overly supported,"): its subject is the
# main clause's.
_REDUCED_CLAUSE = re.compile(
    r"^(?!.*\b(?:i|you|we|they|he|she|it|is|are|was|were|am|have|has|do|does)\b)", re.IGNORECASE
)


def condition_of_cause(
    sentence: str, mentions: list[Mention], props: list[Proposition], lexicon: Lexicon
) -> list[Proposition]:
    """ "When overly supported, these muscles weaken—causing heel pain": the condition brings about the weakness.

    A "When A, B ..." sentence whose main clause opens on a problem B that the
    sentence goes on to call a cause also says that A brings B about. A thing
    one does (a support, an exercise) counts as A only in a reduced clause with
    no subject or verb of its own, where it is what is done to B's bearer; a
    tip ("If you have A, B helps") has a doer, not a problem, as B.
    """
    match = CONDITION_CLAUSE.match(sentence)
    if match is None:
        return []
    split = match.start("result")
    result = [m for m in mentions if m.start >= split]
    if not result or sentence[split : result[0].start].strip(" ,").count(" ") > 2:
        return []  # the main clause must open on the problem ("these muscles weaken")
    effect = result[0].concept
    concept = lexicon.concepts[effect]
    if concept.kind not in (ConceptKind.CONDITION, ConceptKind.MECHANISM) or concept.desirable:
        return []
    if not any(p.subject == effect and p.relation == Relation.CAUSES for p in props):
        return []
    reduced = bool(_REDUCED_CLAUSE.match(match.group("condition")))
    strength = relation_strength(sentence, len(sentence), False)
    out: list[Proposition] = []
    for cause in dict.fromkeys(m.concept for m in mentions if m.end <= split):
        if lexicon.comparable(cause, effect) or (lexicon.concepts[cause].kind in INTERVENTION_KINDS and not reduced):
            continue
        out.append(Proposition(cause, Relation.CAUSES, effect, False, strength))
    return out


def open_condition(sentence: str, mentions: list[Mention], lexicon: Lexicon) -> str | None:
    """ "When foot mobility is limited, force does not disappear.": a condition whose effect is still to be told."""
    match = CONDITION_CLAUSE.match(sentence)
    if match is None or any(m.start >= match.start("result") for m in mentions):
        return None
    named = [
        m.concept
        for m in mentions
        if m.end <= match.start("result") and lexicon.concepts[m.concept].kind not in INTERVENTION_KINDS
    ]
    return named[0] if named else None


# "However, Y does": a clause whose verb is only an auxiliary, the rest of its predicate left to the sentence before.
# It opens with a contrast ("However, Y does, meaning ...") or ends the sentence ("Y does too.").
_ELLIPTIC = re.compile(
    r"^\s*(?:(?P<contrast>however|but|yet|instead|in contrast|on the other hand|by contrast)\s*,?\s*)?"
    r"(?P<subject>(?:[\w’'-]+\s+){0,7}?[\w’'-]+)\s+"
    r"(?:does|do|did|can|could|will|would|is|are|was|were|has|have)(?P<negated>\s+not|n[’']t)?"
    r"(?:\s+(?:too|also|as well))?\s*(?:(?P<end>[.!]\s*$)|(?(contrast)[,;—–]|(?!)))",
    re.IGNORECASE,
)


def elliptic(
    sentence: str, mentions: list[Mention], previous: list[Proposition], lexicon: Lexicon
) -> list[Proposition]:
    """ "X does not correlate with Z. However, Y does.": Y correlates with Z, the predicate said once.

    A clause of a subject and a bare auxiliary ("does", "can", "is not")
    repeats the previous sentence's relation and object for its own subject,
    negated only when it says "not" itself.
    """
    match = _ELLIPTIC.match(sentence)
    if match is None:
        return []
    named = list(dict.fromkeys(m.concept for m in mentions if m.end <= match.end("subject")))
    if len(named) != 1 or any(m.start < match.end("subject") < m.end for m in mentions):
        return []
    subject = named[0]
    negated = match.group("negated") is not None
    out: list[Proposition] = []
    for prop in previous:
        if lexicon.comparable(subject, prop.object) or prop.subject == subject:
            continue
        out.append(Proposition(subject, prop.relation, prop.object, negated, prop.strength))
    return list({(p.relation, p.object): p for p in out}.values())
