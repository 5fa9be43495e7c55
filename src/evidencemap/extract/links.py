"""Each relation cue of a sentence with the concept groups on its two sides.

A cue's direction (cues.py) says where its subject and object stand: "X
causes Y" (forward), "Y is caused by X" (backward), "the main cause of Y is X"
(noun), "the link between X and Y" (between), "I recommend anyone with Y to
practise X" (recommend). Around the cue, the nearest coordinated group of
mentions on each side ("A, B and C" is one group) fills it. Clause marks
between cues ("..., but", "which", "—") say whether the next cue continues the
sentence's subject or starts a claim of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidencemap.content.lexicon import Lexicon, Mention
from evidencemap.extract.cue_search import CueMatch, find_cues, split_verb_led
from evidencemap.extract.cues import (
    CIRCUMSTANCE,
    CLAUSE_BREAK,
    COMPARISON,
    CONCESSIVE,
    CONDITION_CLAUSE,
    IN_ADDITION,
    IN_PHRASE,
    Direction,
)
from evidencemap.model import ConceptKind
from evidencemap.vocabulary import BENEFIT, INTERVENTION_KINDS

# Text allowed between mentions of one coordinated group: "A, B, and even C or D".
_GROUP_GAP = re.compile(
    r"^(?=.*(?:[,;/&()]|\b(?:and|or|nor|plus|as well as)\b))"
    r"(?:[\s,;/&()]|\b(?:and|or|nor|plus|as well as|even|also|both|either|not only|but|including|such as|like|"
    r"especially|particularly|the|their|your|its|of|in|on|at|to|over time|eventually|in turn|related|other|"
    r"(?:ability|capacity) to(?: control| manage)?|(?<=and )(?:reduced|less|lower|fewer|decreased|better|improved)|"
    r"(?:conditions|problems|issues|symptoms) (?:like|such as))\b|(?<=,\s)[A-Za-z-]+(?=\s*,))*$",
    re.IGNORECASE,
)
# A pronoun object straight after a verb: "minimize it", "relieve them".
_OBJECT_PRONOUN = re.compile(r"^\s+(?:it|them)\b", re.IGNORECASE)
# A cue that opens with a participle ("leading to", "causing") chains a result onto what came before it.
# A relative clause on an object: the step before it is a claim of its own ("X increases A, which can contribute to
# B"). A restrictive one (no comma) says what the object does: "X relieves the twisting that contributes to B" says
# the twisting contributes to B.
_RELATIVE = re.compile(
    r"^\s*(?:(?P<comma>,\s*)?(?:which|that)|(?P<manner>,?\s*in (?:a |the )?ways? (?:that|which)))\b", re.IGNORECASE
)
_PARTICIPLE = re.compile(r"^\w+ing\b", re.IGNORECASE)
# An opening gerund phrase, up to its comma: "By not allowing the shock to be absorbed, ...". Its verb's object lies
# inside it.
_OPENING_GERUND = re.compile(
    r"^\s*(?:by|after|before|without|through|when|while)\s+(?:not\s+|never\s+)?\w+ing\b[^,;:]*,", re.IGNORECASE
)
# A further infinitive coordinated with the first: "... and to use ", "... or to wear a ".
_AND_TO = re.compile(r"\b(?:and|or)\s+to\s+[a-z]+\s+(?:(?:a|an|the|your|some)\s+)?$", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being)\b", re.IGNORECASE)
# Only a comma between two verbs of one subject: "X can alter A, disrupt B".
_COMMA_ONLY = re.compile(r"^\s*,\s*$")
_ENDS_IN_COMMA = re.compile(r",\s*$")
_DASH_ONLY = re.compile(r"^\s*[—–]\s*$")

Group = list[Mention]


@dataclass(slots=True)
class Link:
    """One cue with the concept groups on its two sides."""

    cue: CueMatch
    subjects: list[str]
    objects: list[str]
    subject_end: int  # end offset of the subject group (or -1 if borrowed)
    new_clause: bool = False  # "... and/but <cue>": same subject as before, a claim of its own
    own_subject: bool = False  # "While X can cause A, Y can cause B": the new clause names its own subject
    lead_mechanism: list[str] = field(default_factory=list)  # "X <mechanism>, leading to Y"
    stands: bool = False  # "X raises A, which causes B": X raising A is said outright, not only as a step to B
    manner: bool = False  # "X alters A, disrupts B and reduces C in ways that overload D": D comes of all three
    restrictive: bool = False  # "X relieves the A that contributes to B": A contributing to B is said outright

    def cue_text(self, sentence: str) -> str:
        return sentence[self.cue.start : self.cue.end]


def group_mentions(sentence: str, mentions: list[Mention]) -> list[Group]:
    """Split mentions into coordinated groups ("A, B and C" is one group)."""
    groups: list[Group] = []
    # an opening "If A, ..." or "In addition to A, ..." clause ends at its comma: no list runs across it
    opening = CONDITION_CLAUSE.match(sentence) or IN_ADDITION.match(sentence)
    boundary = (opening.start("result") if opening.re is CONDITION_CLAUSE else opening.end()) if opening else -1
    for mention in mentions:
        if (
            groups
            and not (groups[-1][-1].end <= boundary <= mention.start)
            and mention.token >= 0
            and groups[-1][-1].token >= 0
            and mention.concept not in {m.concept for m in groups[-1]}
            and _GROUP_GAP.match(sentence[groups[-1][-1].end : mention.start])
        ):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def concept_ids(group: Group | None) -> list[str]:
    """Concept ids of a group, first occurrence order, no repeats."""
    seen: list[str] = []
    for mention in group or []:
        if mention.concept not in seen:
            seen.append(mention.concept)
    return seen


def _groups_in(groups: list[Group], start: int, end: int) -> list[Group]:
    """Groups lying wholly within [start, end)."""
    return [g for g in groups if g[0].start >= start and g[-1].end <= end]


def sentence_links(sentence: str, mentions: list[Mention], lexicon: Lexicon | None = None) -> list[Link]:
    """Every cue with the nearest concept groups on its subject and object side."""
    mentions = split_verb_led(sentence, mentions, lexicon)
    cues = find_cues(sentence, mentions)
    groups = group_mentions(sentence, mentions)
    condition = CONDITION_CLAUSE.match(sentence)
    links: list[Link] = []
    # "By not allowing A, B happens": B is not what it allows. From the first forward cue on, the bound is the
    # opening condition clause ("When A, ..."), which runs to the sentence's end.
    bound = _OPENING_GERUND.match(sentence)
    for i, cue in enumerate(cues):
        left_start = cues[i - 1].end if i > 0 else 0
        right_end = cues[i + 1].start if i + 1 < len(cues) else len(sentence)
        if bound is not None and cue.end <= bound.end():
            right_end = min(right_end, bound.end())
        left = _groups_in(groups, left_start, cue.start)
        right = [
            g
            for g in _groups_in(groups, cue.end, right_end)
            if not COMPARISON.search(sentence[cue.end : g[0].start])
            and not CIRCUMSTANCE.search(sentence[cue.end : g[0].start])
        ]
        subject_group, object_group, lead_mechanism = _read_sides(
            sentence, cue, i, left_start, left, right, condition, lexicon
        )
        if cue.cue.direction == Direction.FORWARD:
            bound = condition
        if cue.cue.direction == Direction.FORWARD and object_group is None and lexicon is not None:
            object_group = _pronoun_object(sentence, cue, groups, subject_group, lexicon)
        links.append(_link(sentence, cues, i, subject_group, object_group, lead_mechanism, links))
    return links


def _read_sides(
    sentence: str,
    cue: CueMatch,
    i: int,
    left_start: int,
    left: list[Group],
    right: list[Group],
    condition: re.Match[str] | None,
    lexicon: Lexicon | None,
) -> tuple[Group | None, Group | None, list[str]]:
    """The subject group, the object group and any mechanism named between them, by the cue's direction."""
    direction = cue.cue.direction
    if direction == Direction.FORWARD:
        return _forward(sentence, cue, i, left_start, left, right, condition, lexicon)
    if direction == Direction.BACKWARD:
        return (*_backward(sentence, cue, left_start, left, right, condition), [])
    if direction == Direction.NOUN:
        return (*_noun(sentence, cue, left, right, lexicon), [])
    flat = [m for g in right for m in g]
    if direction == Direction.RECOMMEND:
        # "I recommend anyone with Y to practise X": what to do is the subject, the complaint the object
        kinds = {m.concept: lexicon.concepts[m.concept].kind for m in flat} if lexicon is not None else {}
        doers = [m for m in flat if kinds.get(m.concept) in INTERVENTION_KINDS] or None
        return doers, [m for m in flat if kinds.get(m.concept) == ConceptKind.CONDITION] or None, []
    # BETWEEN: "the link between A and B"
    return flat[:1] or None, flat[1:] or None, []


def _outside_phrases(sentence: str, left: list[Group], left_start: int) -> list[Group]:
    """The left groups without those that sit inside a prepositional phrase at their end."""
    while len(left) > 1 and IN_PHRASE.search(sentence[max(left_start, left[-1][0].start - 24) : left[-1][0].start]):
        left = left[:-1]
    return left


def _forward(
    sentence: str,
    cue: CueMatch,
    i: int,
    left_start: int,
    left: list[Group],
    right: list[Group],
    condition: re.Match[str] | None,
    lexicon: Lexicon | None,
) -> tuple[Group | None, Group | None, list[str]]:
    """ "X causes Y": the nearest group before the cue, the first after it.

    "Screen time suppresses melatonin, leading to poor sleep": the sentence's
    subject comes first; mechanisms named between it and the first cue are the
    chain's middle.
    """
    left = _outside_phrases(sentence, left, left_start)  # "SMR with a ball as a warm-up for foot exercises helps"
    subject_group = left[-1] if left else None
    object_group = right[0] if right else None
    if condition is not None and left and left[0][0].start < condition.start("result") <= cue.start:
        left = [g for g in left if g[0].start >= condition.start("result")] or left  # "When A, B causes C": B
    if (
        i == 0
        and len(left) >= 2
        and lexicon is not None
        and all(lexicon.concepts[m.concept].kind == ConceptKind.MECHANISM for g in left[1:] for m in g)
    ):
        return left[0], object_group, [m.concept for g in left[1:] for m in g]
    return subject_group, object_group, []


def _backward(
    sentence: str,
    cue: CueMatch,
    left_start: int,
    left: list[Group],
    right: list[Group],
    condition: re.Match[str] | None,
) -> tuple[Group | None, Group | None]:
    """ "Y is caused by X": the first group after the cue is the subject, the nearest before it the object."""
    left = _outside_phrases(sentence, left, left_start)  # "X makes the foot flatten against the pavement due to Y"
    subject_group = right[0] if right else None
    object_group = left[-1] if left else None
    if subject_group and condition and cue.start < condition.start("result") <= subject_group[0].start:
        subject_group = None  # "If your pain is caused by X, Y can help": Y is not what causes it
    return subject_group, object_group


def _noun(
    sentence: str, cue: CueMatch, left: list[Group], right: list[Group], lexicon: Lexicon | None
) -> tuple[Group | None, Group | None]:
    """ "The main cause of Y is X", "X is not the cause of Y", "the best way to treat Y is X"."""
    object_group = right[0] if right else None
    after = (
        [g for g in right[1:] if _COPULA.search(sentence[object_group[-1].end : g[0].start])] if object_group else []
    )
    if after:
        subject_group = after[0]
        # "... is to re-train A and to use B": each coordinated infinitive names a way too
        for g in right[right.index(after[0]) + 1 :]:
            if _AND_TO.search(sentence[subject_group[-1].end : g[0].start]) and (
                lexicon is None or all(lexicon.concepts[m.concept].kind in INTERVENTION_KINDS for m in g)
            ):
                subject_group = [*subject_group, *g]
        return subject_group, object_group
    if left and _COPULA.search(sentence[left[-1][-1].end : cue.start]):
        return left[-1], object_group
    return None, object_group


def _pronoun_object(
    sentence: str, cue: CueMatch, groups: list[Group], subject_group: Group | None, lexicon: Lexicon
) -> Group | None:
    """ "... can help you minimize it": "it" is the complaint named earlier in the sentence."""
    if not _OBJECT_PRONOUN.match(sentence[cue.end :]):
        return None
    before = [g for g in groups if g[-1].end <= (subject_group[0].start if subject_group else cue.start)]
    named = [g for g in before if all(lexicon.concepts[m.concept].kind == ConceptKind.CONDITION for m in g)]
    return named[-1] if named else None


def _link(
    sentence: str,
    cues: list[CueMatch],
    i: int,
    subject_group: Group | None,
    object_group: Group | None,
    lead_mechanism: list[str],
    links: list[Link],
) -> Link:
    """The link of cue ``i``, with how its clause stands to the links before it (which it may mark as standing)."""
    cue = cues[i]
    direction = cue.cue.direction
    subject_end = (
        subject_group[-1].end
        if subject_group and direction in (Direction.FORWARD, Direction.NOUN) and subject_group[-1].end <= cue.start
        else -1
    )
    left_start = cues[i - 1].end if i > 0 else 0
    gap_start = subject_group[-1].end if subject_end >= 0 and subject_group else left_start
    gap = sentence[gap_start : cue.start]
    continues_object = bool(
        i > 0 and links and subject_group is not None and concept_ids(subject_group) == links[-1].objects
    )
    new_clause = _new_clause(sentence, cue, i, gap, continues_object, links)
    relative = _RELATIVE.match(gap) if continues_object else None
    restrictive = relative is not None and relative.group("manner") is None and relative.group("comma") is None
    if relative is not None and not restrictive:
        links[-1].stands = True
    own_subject = bool(
        i > 0
        and subject_group
        and CONCESSIVE.match(sentence)
        and "," in sentence[cues[i - 1].end : subject_group[0].start]
    )
    return Link(
        cue,
        concept_ids(subject_group),
        concept_ids(object_group),
        subject_end,
        new_clause or own_subject,
        lead_mechanism=lead_mechanism,
        own_subject=own_subject,
        manner=bool(relative and relative.group("manner")),
        restrictive=restrictive,
    )


def _new_clause(sentence: str, cue: CueMatch, i: int, gap: str, continues_object: bool, links: list[Link]) -> bool:
    """Whether cue ``i`` opens a clause of its own on the sentence's subject ("X may reduce A but often leads to B")."""
    if i == 0:
        return False
    new_clause = bool(CLAUSE_BREAK.match(gap))
    participle = bool(_PARTICIPLE.match(sentence[cue.start : cue.end]))
    if continues_object and not participle and _COMMA_ONLY.match(gap):
        new_clause = True  # "X can alter A, disrupt B, and ...": one subject, verbs in a row
    elif new_clause and participle and _ENDS_IN_COMMA.search(gap):
        new_clause = False  # "X imposes A and makes it less robust, resulting in B": the result of both, through A
        links[-1].stands = True
    if cue.cue.relation in BENEFIT and _DASH_ONLY.match(gap):
        new_clause = True  # "X improves A—laying the foundation for B": a further benefit of X
    return new_clause
