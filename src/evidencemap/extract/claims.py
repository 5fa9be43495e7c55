"""Turn sentences into typed claims.

A sentence becomes claims when a relation cue (cues.py) has a concept on each
side. Cues in one sentence chain ("X causes A, resulting in B") into one claim
whose mechanism is the middle of the chain. A sentence with no subject of its
own borrows one: "This ..." takes what the previous sentence ended on, a list
item takes the open side of its lead-in ("... are caused by: - obesity").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from evidencemap.content.lexicon import Lexicon, Mention
from evidencemap.extract.cues import (
    ANAPHORA,
    CIRCUMSTANCE,
    CLAUSE_BREAK,
    COMPARISON,
    CONCESSIVE,
    CONDITION_CLAUSE,
    IN_ADDITION,
    IN_PHRASE,
    INDIRECT_QUESTION,
    NEGATIONS,
    NOT_NEGATION,
    RELATION_CUES,
    SCOPE_NEGATION,
    WITHOUT,
    Direction,
    RelationCue,
)
from evidencemap.extract.strength import relation_strength
from evidencemap.model import ConceptKind, Relation, Strength

# Text allowed between mentions of one coordinated group: "A, B, and even C or D".
_GROUP_GAP = re.compile(
    r"^(?=.*(?:[,;/&()]|\b(?:and|or|nor|plus|as well as)\b))(?:[\s,;/&()]|\b(?:and|or|nor|plus|as well as|even|also|both|either|not only|but|including|such as|like|especially|particularly|the|their|your|its|of|in|on|at|to|over time|eventually|in turn|related|other|(?:ability|capacity) to(?: control| manage)?|(?<=and )(?:reduced|less|lower|fewer|decreased|better|improved)|(?:conditions|problems|issues|symptoms) (?:like|such as))\b|(?<=,\s)[A-Za-z-]+(?=\s*,))*$",
    re.IGNORECASE,
)
# A participle used as an adjective is not a relation: "slower recovery, reduced mobility", "with increased tone".
_ADJECTIVAL = re.compile(r"(?:[,;(]|\b(?:and|or|with|of|a|an|the|more|less|no))\s*$", re.IGNORECASE)
# A concept named by its good side ("balance" for poor balance, "blood flow" for poor circulation).
_NEGATIVE_WORD = re.compile(
    r"\b(?:poor|weak\w*|loss|lack|limited|bad|reduced|impaired|dys\w+|in\w+ability)\b", re.IGNORECASE
)
# Where a clause starts: a hedge before it belongs to another clause.
_CLAUSE_START = re.compile(r"[,;:—–]")
_ACTIVE_OBJECT_KINDS = {ConceptKind.CONDITION, ConceptKind.FACTOR, ConceptKind.MECHANISM}
_DOABLE_KINDS = {ConceptKind.INTERVENTION, ConceptKind.PRODUCT}
# Verbs that end a function or bring a lost one back: their object is the loss, not the function.
_ENDS_OR_RESTORES = re.compile(r"^(?:stop|cease|no longer|restor)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A relation cue found in a sentence."""

    cue: RelationCue
    start: int
    end: int


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


@dataclass(slots=True)
class Proposition:
    """A claim before it has a source, an id and evidence."""

    subject: str
    relation: Relation
    object: str
    negated: bool
    strength: Strength
    mechanism: list[str] = field(default_factory=list)


def find_cues(sentence: str, mentions: list[Mention]) -> list[CueMatch]:
    """Relation cues in the sentence, earliest table rows first, never inside a concept mention."""
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in mentions]
    found: list[CueMatch] = []
    for index in sorted(
        _anchored_cues(sentence.lower())
    ):  # a row none of whose words is here cannot match: skip its slow pattern
        cue = RELATION_CUES[index]
        for match in cue.pattern.finditer(sentence):
            start, end = match.start(), match.end()
            while start < end and sentence[start].isspace():
                start += 1
            inside = [s for s, e in taken if start < e and s < end]
            if inside:
                # "puts strain on the spine" where "strain on the spine" names a concept: the verb alone is the cue
                head = sentence[start : min(inside)].rstrip()
                if cue.direction != Direction.FORWARD or min(inside) <= start or not _ONE_VERB.match(head):
                    continue
                end = start + len(head)
                if any(start < e and s < end for s, e in taken):
                    continue
            if sentence[start:end].lower().endswith("ed") and _ADJECTIVAL.search(sentence[max(0, start - 12) : start]):
                continue
            if WITHOUT.search(sentence[max(0, start - 10) : start]):
                continue
            if (
                _DETERMINER_BEFORE.search(sentence[max(0, start - 8) : start])
                and " " not in sentence[start:end].strip()
                and not _OF_AFTER.match(sentence, end)
            ):
                continue  # "the correct orthotic treatments": an adjective, not a verb ("a cause of" still names the relation)
            taken.append((start, end))
            found.append(CueMatch(cue, start, end))
    return sorted(found, key=lambda c: c.start)


_LETTERS = re.compile(r"[a-z]{3,}")
_UNANCHORED = frozenset(index for index, cue in enumerate(RELATION_CUES) if not cue.anchor)


@lru_cache(maxsize=1 << 16)
def _cues_anchored_in(word: str) -> frozenset[int]:
    """The rows of RELATION_CUES one of whose anchor words lies within ``word`` (a run of lower-case letters)."""
    return frozenset(index for index, cue in enumerate(RELATION_CUES) if any(anchor in word for anchor in cue.anchor))


# Letters a cue pattern (IGNORECASE) matches to ASCII ones that ``str.lower`` leaves outside [a-z]: "ſ" (long s), "ı"
# (dotless i), and "İ", which it turns into "i" and a combining dot (U+0307). Every other letter that folds to ASCII
# under IGNORECASE (only the Kelvin sign) is lowered to ASCII. A sentence holding one is tried against every row.
_FOLDED_OUTSIDE_ASCII = re.compile("[\u017f\u0131\u0307]")
_EVERY_CUE = frozenset(range(len(RELATION_CUES)))


def _anchored_cues(lower: str) -> set[int] | frozenset[int]:
    """The rows of RELATION_CUES worth trying on a lower-cased sentence: those whose anchor words it holds, and those without.

    An anchor is letters only, so it lies within one run of letters of the sentence: looking up each distinct run
    (cached, as texts repeat their words) replaces testing every anchor of every row against the whole sentence,
    which was a sixth of extraction."""
    if _FOLDED_OUTSIDE_ASCII.search(lower):
        return _EVERY_CUE
    found: set[int] = set(_UNANCHORED)
    for word in set(_LETTERS.findall(lower)):
        found |= _cues_anchored_in(word)
    return found


# A pronoun object straight after a verb: "minimize it", "relieve them".
_OBJECT_PRONOUN = re.compile(r"^\s+(?:it|them)\b", re.IGNORECASE)
# A word after a determiner is an adjective or a noun: "the correct treatment", "a cure".
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|your|their|our|its|this|these|those)|\w[’']s)\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+(?:of|for|to|behind)\b", re.IGNORECASE)
# A single verb word left when a cue is cut short before a concept it overlaps.
_ONE_VERB = re.compile(r"^[A-Za-z]{4,}$")


def split_verb_led(sentence: str, mentions: list[Mention], lexicon: Lexicon | None) -> list[Mention]:
    """Separate a relation verb that opens a concept's alias from the concept it acts on.

    Aliases are often quoted as the texts phrase them ("predispose the back to
    injury", "restrict healthy foot movement"). After a subject such a phrase
    is a verb and its object: the verb is the relation, the rest names the
    concept. Only problem concepts are split (an intervention named by a verb,
    "strengthen foot muscles", is the intervention itself), and neither a
    gerund nor a participle is a finite verb ("reduced ankle mobility").
    """
    if lexicon is None:
        return mentions
    out: list[Mention] = []
    for index, mention in enumerate(mentions):
        concept = lexicon.concepts.get(mention.concept)
        if index == 0 or concept is None or concept.kind not in _ACTIVE_OBJECT_KINDS:
            out.append(mention)
            continue
        lead = _verb_lead(sentence[mention.start : mention.end])
        if lead:
            mention = Mention(mention.concept, mention.start + lead, mention.end, mention.token)
        out.append(mention)
    return out


@lru_cache(maxsize=4096)
def _verb_lead(text: str) -> int:
    """Where the concept starts after a finite relation verb opening ``text`` (0: no such verb).

    A pure function of the alias text as written, so it is cached: the same
    phrases recur in sentence after sentence.
    """
    lower = text.lower()
    for cue in RELATION_CUES:
        if cue.anchor and not any(word in lower for word in cue.anchor):
            continue
        match = cue.pattern.match(text)
        if match is None or match.end() >= len(text) or match.group().lower().endswith(("ing", "ed")):
            continue
        return len(text) - len(text[match.end() :].lstrip())
    return 0


def group_mentions(sentence: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Split mentions into coordinated groups ("A, B and C" is one group)."""
    groups: list[list[Mention]] = []
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


def _ids(group: list[Mention] | None) -> list[str]:
    """Concept ids of a group, first occurrence order, no repeats."""
    seen: list[str] = []
    for mention in group or []:
        if mention.concept not in seen:
            seen.append(mention.concept)
    return seen


def _groups_in(groups: list[list[Mention]], start: int, end: int) -> list[list[Mention]]:
    """Groups lying wholly within [start, end)."""
    return [g for g in groups if g[0].start >= start and g[-1].end <= end]


def sentence_links(sentence: str, mentions: list[Mention], lexicon: Lexicon | None = None) -> list[Link]:
    """Every cue with the nearest concept groups on its subject and object side."""
    mentions = split_verb_led(sentence, mentions, lexicon)
    cues = find_cues(sentence, mentions)
    groups = group_mentions(sentence, mentions)
    links: list[Link] = []
    opening = _OPENING_GERUND.match(sentence)
    for i, cue in enumerate(cues):
        left_start = cues[i - 1].end if i > 0 else 0
        right_end = cues[i + 1].start if i + 1 < len(cues) else len(sentence)
        if opening is not None and cue.end <= opening.end():
            right_end = min(right_end, opening.end())  # "By not allowing A, B happens": B is not what it allows
        left = _groups_in(groups, left_start, cue.start)
        right = [
            g
            for g in _groups_in(groups, cue.end, right_end)
            if not COMPARISON.search(sentence[cue.end : g[0].start])
            and not CIRCUMSTANCE.search(sentence[cue.end : g[0].start])
        ]
        direction = cue.cue.direction
        subject_group: list[Mention] | None
        object_group: list[Mention] | None
        lead_mechanism: list[str] = []
        if direction == Direction.FORWARD:
            while len(left) > 1 and IN_PHRASE.search(
                sentence[max(left_start, left[-1][0].start - 24) : left[-1][0].start]
            ):
                left = left[:-1]  # "SMR with a ball as a warm-up for foot exercises helps": SMR helps
            subject_group = left[-1] if left else None
            object_group = right[0] if right else None
            # "Screen time suppresses melatonin, leading to poor sleep": the sentence's
            # subject comes first; mechanisms named between it and the cue are the chain.
            opening = CONDITION_CLAUSE.match(sentence)
            if opening is not None and left and left[0][0].start < opening.start("result") <= cue.start:
                left = [
                    g for g in left if g[0].start >= opening.start("result")
                ] or left  # "When A, B causes C": B is the subject
            if (
                i == 0
                and len(left) >= 2
                and lexicon is not None
                and all(lexicon.concepts[m.concept].kind == ConceptKind.MECHANISM for g in left[1:] for m in g)
            ):
                subject_group = left[0]
                lead_mechanism = [m.concept for g in left[1:] for m in g]
        elif direction == Direction.BACKWARD:
            while len(left) > 1 and IN_PHRASE.search(
                sentence[max(left_start, left[-1][0].start - 24) : left[-1][0].start]
            ):
                left = left[:-1]  # "X makes the foot flatten against the pavement due to Y": not the pavement
            subject_group = right[0] if right else None
            object_group = left[-1] if left else None
            condition = CONDITION_CLAUSE.match(sentence)
            if subject_group and condition and cue.start < condition.start("result") <= subject_group[0].start:
                subject_group = None  # "If your pain is caused by X, Y can help": Y is not what causes it
        elif direction == Direction.NOUN:
            # "the main cause of Y is X" / "X is not the cause of Y" / "the best way to treat Y is X"
            object_group = right[0] if right else None
            after = (
                [g for g in right[1:] if _COPULA.search(sentence[object_group[-1].end : g[0].start])]
                if object_group
                else []
            )
            if after:
                subject_group = after[0]
                # "... is to re-train A and to use B": each coordinated infinitive names a way too
                for g in right[right.index(after[0]) + 1 :]:
                    if _AND_TO.search(sentence[subject_group[-1].end : g[0].start]) and (
                        lexicon is None or all(lexicon.concepts[m.concept].kind in _DOABLE_KINDS for m in g)
                    ):
                        subject_group = [*subject_group, *g]
            elif left and _COPULA.search(sentence[left[-1][-1].end : cue.start]):
                subject_group = left[-1]
            else:
                subject_group = None
        elif direction == Direction.RECOMMEND:
            # "I recommend anyone with Y to practise X": what to do is the subject, the complaint the object
            flat = [m for g in right for m in g]
            kinds = {m.concept: lexicon.concepts[m.concept].kind for m in flat} if lexicon is not None else {}
            subject_group = [m for m in flat if kinds.get(m.concept) in _DOABLE_KINDS] or None
            object_group = [m for m in flat if kinds.get(m.concept) == ConceptKind.CONDITION] or None
        else:  # BETWEEN: "the link between A and B"
            flat = [m for g in right for m in g]
            subject_group = flat[:1] or None
            object_group = flat[1:] or None
        if (
            direction == Direction.FORWARD
            and object_group is None
            and lexicon is not None
            and _OBJECT_PRONOUN.match(sentence[cue.end :])
        ):
            # "... can help you minimize it": "it" is the complaint named earlier in the sentence
            before = [g for g in groups if g[-1].end <= (subject_group[0].start if subject_group else cue.start)]
            named = [g for g in before if all(lexicon.concepts[m.concept].kind == ConceptKind.CONDITION for m in g)]
            object_group = named[-1] if named else None
        subject_end = (
            subject_group[-1].end
            if subject_group and direction in (Direction.FORWARD, Direction.NOUN) and subject_group[-1].end <= cue.start
            else -1
        )
        gap_start = subject_group[-1].end if subject_end >= 0 and subject_group else left_start
        new_clause = bool(CLAUSE_BREAK.match(sentence[gap_start : cue.start])) if i > 0 else False
        participle = bool(_PARTICIPLE.match(sentence[cue.start : cue.end]))
        if (
            i > 0
            and subject_group is not None
            and links
            and _ids(subject_group) == links[-1].objects
            and not participle
            and re.match(r"^\s*,\s*$", sentence[gap_start : cue.start])
        ):
            new_clause = True  # "X can alter A, disrupt B, and ...": one subject, verbs in a row
        elif new_clause and participle and re.search(r",\s*$", sentence[gap_start : cue.start]):
            new_clause = False  # "X imposes A and makes it less robust, resulting in B": the result of both, through A
            links[-1].stands = True
        relative = (
            _RELATIVE.match(sentence[gap_start : cue.start])
            if i > 0 and links and subject_group is not None and _ids(subject_group) == links[-1].objects
            else None
        )
        restrictive = relative is not None and relative.group("manner") is None and relative.group("comma") is None
        if relative is not None and not restrictive:
            links[-1].stands = True
        if (
            i > 0
            and cue.cue.relation in (Relation.TREATS, Relation.PREVENTS)
            and re.match(r"^\s*[—–]\s*$", sentence[gap_start : cue.start])
        ):
            new_clause = True  # "X improves A—laying the foundation for B": a further benefit of X
        own_subject = bool(
            i > 0
            and subject_group
            and CONCESSIVE.match(sentence)
            and "," in sentence[cues[i - 1].end : subject_group[0].start]
        )
        links.append(
            Link(
                cue,
                _ids(subject_group),
                _ids(object_group),
                subject_end,
                new_clause or own_subject,
                lead_mechanism=lead_mechanism,
                own_subject=own_subject,
                manner=bool(relative and relative.group("manner")),
                restrictive=restrictive,
            )
        )
    return links


# A cue that opens with a participle ("leading to", "causing") chains a result onto what came before it.
# A relative clause on an object: the step before it is a claim of its own ("X increases A, which can contribute to B").
# A restrictive one (no comma) says what the object does: "X relieves the twisting that contributes to B" says the
# twisting contributes to B.
_RELATIVE = re.compile(
    r"^\s*(?:(?P<comma>,\s*)?(?:which|that)|(?P<manner>,?\s*in (?:a |the )?ways? (?:that|which)))\b", re.IGNORECASE
)
_PARTICIPLE = re.compile(r"^\w+ing\b", re.IGNORECASE)
# An opening gerund phrase, up to its comma: "By not allowing the shock to be absorbed, ...". Its verb's object lies inside it.
_OPENING_GERUND = re.compile(
    r"^\s*(?:by|after|before|without|through|when|while)\s+(?:not\s+|never\s+)?\w+ing\b[^,;:]*,", re.IGNORECASE
)
# A further infinitive coordinated with the first: "... and to use ", "... or to wear a ".
_AND_TO = re.compile(r"\b(?:and|or)\s+to\s+[a-z]+\s+(?:(?:a|an|the|your|some)\s+)?$", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|being)\b", re.IGNORECASE)


def chain_links(links: list[Link], lexicon: Lexicon | None = None) -> list[list[Link]]:
    """Group links into chains: a link whose subject is the previous object, or is missing, continues it.

    A link that opens a new clause ("..., but often leads to B") starts a new
    chain; it keeps the earlier subject (see ``propositions``).
    """
    chains: list[list[Link]] = []
    for link in links:
        if chains and not link.new_clause:
            previous = chains[-1][-1]
            continues = not link.subjects or (previous.objects and link.subjects == previous.objects)
            if previous.cue.cue.correlational and link.subjects:
                continues = False  # "A is common with B, which causes C": an association is no step of a causal chain
            if (
                continues
                and link.subjects
                and lexicon is not None
                and all(lexicon.concepts[c].kind in _DOABLE_KINDS for c in link.subjects)
            ):
                continues = False  # "promoting movement, the company offers the FoosFoot to help": a product is a doer, not an effect
            if continues and link.cue.cue.direction in (Direction.FORWARD, Direction.NOUN):
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


def _with_steps(chains: list[list[Link]]) -> list[list[Link]]:
    """Each chain, preceded by its first steps, or a restrictive relative's own clause, where those are claims in their own right."""
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
        link.cue.cue.relation
        for link in before
        if not link.cue.cue.decreases and link.cue.cue.relation in (Relation.TREATS, Relation.PREVENTS)
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
    if not _NEGATIVE_WORD.search(label):
        return False
    texts = [sentence[m.start : m.end] for m in mentions if m.concept == concept]
    return bool(texts) and not any(_NEGATIVE_WORD.search(t) for t in texts)


def _named_as_loss(sentence: str, mentions: list[Mention], concept: str) -> bool:
    """A concept preceded by a word of lack: "reduced mobility", "poor balance"."""
    return any(m.concept == concept and _LOSS_BEFORE.search(sentence[max(0, m.start - 16) : m.start]) for m in mentions)


_LOSS_BEFORE = re.compile(
    r"\b(?:poor|weak\w*|loss of|lack of|limited|reduced|impaired|decreased|less|restricted)\s+$", re.IGNORECASE
)


def loss_of(lexicon: Lexicon, concept: str) -> str | None:
    """The narrower concept that names the lack of ``concept`` ("limited foot mobility" under "foot mobility")."""
    table: dict[str, str] = lexicon.__dict__.get("_loss_of") or {}
    if not table and "_loss_of" not in lexicon.__dict__:
        for cid, item in lexicon.concepts.items():
            if (
                item.broader is not None
                and _NEGATIVE_WORD.search(item.label)
                and not _NEGATIVE_WORD.search(lexicon.concepts[item.broader].label)
            ):
                table.setdefault(item.broader, cid)
        lexicon.__dict__["_loss_of"] = table
    return table.get(concept)


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
            if lexicon.comparable(subject, obj) or lexicon.concepts[obj].kind not in _ACTIVE_OBJECT_KINDS:
                continue
            if lexicon.concepts[subject].kind in _DOABLE_KINDS:
                continue
            props.append(Proposition(subject, Relation.CAUSES, obj, False, strength))
    return props


def propositions(
    sentence: str, mentions: list[Mention], lexicon: Lexicon, previous: list[str], lead: list[str]
) -> tuple[list[Proposition], list[str], bool]:
    """The claims of one sentence, the concepts it ended on (for the next "This ..."), and whether it had a relation cue.

    A chain with no subject of its own borrows one: from the previous sentence
    when it opens with "This"/"It", from the lead-in when it is a list item,
    or from the chain before it in the same sentence ("X reduces A but causes B").
    """
    if INDIRECT_QUESTION.search(sentence):
        return [], _ids(mentions[:1]), False
    links = sentence_links(sentence, mentions, lexicon)
    results: list[Proposition] = []
    last_objects: list[str] = []
    sentence_subjects: list[str] = []
    sentence_objects: list[str] = []  # what the sentence's subject acts on, clause by clause
    for chain in _with_steps(chain_links(links, lexicon)):
        first = chain[0]
        subjects = first.subjects
        borrowed = False
        if not subjects:
            if first.new_clause and sentence_subjects:
                subjects = sentence_subjects
            elif ANAPHORA.match(sentence[: first.cue.start]) and previous:
                subjects = previous
            elif lead:
                subjects = lead
            borrowed = True
        sentence_subjects = sentence_subjects or subjects
        if subjects == sentence_subjects and chain[0].objects:
            sentence_objects = [*sentence_objects, *(m for m in chain[0].objects if m not in sentence_objects)]
        with_objects = [link for link in chain if link.objects]
        if not subjects or not with_objects:
            continue
        objects = with_objects[-1].objects
        mechanism: list[str] = [m for m in first.lead_mechanism if m not in subjects]
        if borrowed and first.new_clause and any(link.manner for link in chain):
            mechanism += [m for m in sentence_objects if m not in subjects and m not in mechanism]
        for link in with_objects[:-1]:
            for concept in link.objects:
                if concept not in mechanism and concept not in subjects and concept not in objects:
                    mechanism.append(concept)
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
        for subject in subjects:
            for obj in objects:
                if subject == obj or lexicon.is_within(subject, obj) or lexicon.is_within(obj, subject):
                    continue
                target = lexicon.concepts[obj]
                effective = relation
                loss = loss_of(lexicon, obj) if _ENDS_OR_RESTORES.match(with_objects[-1].cue_text(sentence)) else None
                if loss is not None and not lexicon.comparable(subject, loss):
                    # "stops absorbing force" causes its loss; "restores mobility" treats its loss
                    obj, effective = loss, (Relation.CAUSES if last.decreases else relation)
                elif target.desirable and last.decreases:
                    effective = Relation.WORSENS
                elif last.decreases and _named_by_good_side(sentence, mentions, obj, target.label):
                    effective = Relation.CAUSES
                elif loss_of(lexicon, obj) is not None and _named_as_loss(sentence, mentions, obj):
                    obj = loss_of(lexicon, obj)  # "reduced mobility" is the loss of mobility
                    if lexicon.comparable(subject, obj):
                        continue
                elif last.decreases and not target.desirable and loss_of(lexicon, obj) is not None:
                    obj, effective = loss_of(lexicon, obj), Relation.CAUSES  # "reduces sensory input" causes its loss
                    if lexicon.comparable(subject, obj):
                        continue
                if last.changes and effective == Relation.CAUSES and lexicon.concepts[subject].kind in _DOABLE_KINDS:
                    if target.desirable:
                        continue  # "interventions that change foot function": for better or worse, the text does not say
                    effective = (
                        Relation.TREATS
                    )  # "training changes faulty movement patterns": changing a problem is fixing it
                elif last.changes and effective == Relation.CAUSES and target.desirable:
                    effective = (
                        Relation.WORSENS
                    )  # "tight shoes alter foot function": a cause changes a good thing for the worse
                if effective != Relation.ASSOCIATED_WITH and target.kind not in _ACTIVE_OBJECT_KINDS:
                    continue
                results.append(Proposition(subject, effective, obj, negated, strength, list(mechanism)))
        last_objects = objects
    if not last_objects and mentions:
        last_objects = _ids([mentions[0]]) if not links else _ids([mentions[-1]])
    also = IN_ADDITION.match(sentence)
    if also is not None and results:
        # "In addition to trauma, the most common cause of Y is X": trauma causes Y too
        extra = [m.concept for m in mentions if m.start >= also.start("extra") and m.end <= also.end("extra")]
        first = results[0]
        results += [
            Proposition(e, first.relation, first.object, first.negated, first.strength)
            for e in extra
            if e != first.object
            and not lexicon.comparable(e, first.object)
            and lexicon.concepts[e].kind not in _DOABLE_KINDS
        ]
    # "It can improve gait mechanics, restore movement patterns": one sentence says it once
    unique: dict[tuple[str, Relation, str, bool], Proposition] = {}
    for prop in results:
        unique.setdefault((prop.subject, prop.relation, prop.object, prop.negated), prop)
    return list(unique.values()), last_objects, bool(links)
