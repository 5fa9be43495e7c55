"""Words that stand for something named elsewhere: "this condition", "this pain", "our insoles", "these strategies".

Each resolves to a concept the lexicon knows only from what the section's
heading, the sentence before, or the source itself (what it sells) has
named; where the reference is not clear, the words stay unread.
"""

from __future__ import annotations

import re

from evidencemap.content.document import Block
from evidencemap.content.lexicon import Lexicon, Mention, normalise_token
from evidencemap.extract.claims import Proposition
from evidencemap.extract.cues import NEGATIONS, NOT_NEGATION, TOPIC_ANAPHOR
from evidencemap.extract.strength import relation_strength
from evidencemap.model import ConceptKind, Relation
from evidencemap.vocabulary import INTERVENTION_KINDS


def heading_topic(block: Block, lexicon: Lexicon) -> str | None:
    """The condition a heading names first: what "this condition" below it stands for."""
    for mention in lexicon.find(block.text):
        if lexicon.concepts[mention.concept].kind == ConceptKind.CONDITION:
            return mention.concept
    return None


def with_topic(sentence: str, mentions: list[Mention], topic: str | None) -> list[Mention]:
    """Read "this condition" as a mention of the section's topic."""
    if topic is None:
        return mentions
    match = TOPIC_ANAPHOR.search(sentence)
    if match is None or any(m.start < match.end() and match.start() < m.end for m in mentions):
        return mentions
    return sorted([*mentions, Mention(topic, match.start(), match.end(), -1)], key=lambda m: m.start)


# "our insoles", "our own footwear": the speaker's own goods.
_OUR = re.compile(r"\bour\s+(?:own\s+|new\s+|custom\s+)?$", re.IGNORECASE)


def own_products(sentence: str, mentions: list[Mention], sells: list[str], lexicon: Lexicon) -> list[Mention]:
    """Read "our insoles" on a seller's page as the insoles it sells.

    A seller that names a kind of thing it sells with "our" means its own
    product: the one sold concept that lies within the named one.
    """
    if not sells or "our" not in sentence.lower():
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        if _OUR.search(sentence[max(0, mention.start - 16) : mention.start]):
            own = [
                s
                for s in sells
                if s in lexicon.concepts and s != mention.concept and lexicon.is_within(s, mention.concept)
            ]
            narrowest = [s for s in own if not any(o != s and lexicon.is_within(o, s) for o in own)]
            if len(narrowest) == 1:
                mention = Mention(narrowest[0], mention.start, mention.end, mention.token)
        out.append(mention)
    return out


# "This pain", "these muscles": a demonstrative and the head noun of something just named.
# Nouns that stand for an event or state as a whole, not for a thing of their own.
_ABSTRACT = re.compile(
    r"^(?:mechanism|process|pattern|motion|movement|problem|issue|condition|change|habit|behaviou?r)$"
)


_DEMONSTRATIVE = re.compile(r"^\s*(?:this|that|these|those)\s+([A-Za-z]+)\b", re.IGNORECASE)


_DEMONSTRATIVE_LATER = re.compile(r"\b(?:this|these)\s+([A-Za-z]+)\b", re.IGNORECASE)


def with_anaphor(
    sentence: str, mentions: list[Mention], named_before: list[tuple[str, str]], lexicon: Lexicon
) -> list[Mention]:
    """Read "This pain could be due to injuries" as the pain the sentence before named ("pain in the foot").

    The demonstrative's noun must be a word of exactly one concept named in
    the previous sentence of the paragraph; otherwise it stays unread.
    """
    mentions = _narrowed(sentence, mentions, named_before, lexicon)
    match = _DEMONSTRATIVE.match(sentence)
    if match is None and named_before:
        # later in the sentence only a word for a whole event stands for it: "Several reasons can cause this mechanism"
        match = next(
            (
                m
                for m in _DEMONSTRATIVE_LATER.finditer(sentence)
                if _ABSTRACT.match(normalise_token(m.group(1)))
                and not any(x.start < m.end() and m.start() < x.end for x in mentions)
            ),
            None,
        )
        if match is not None:
            hits = [c for c, _ in named_before if lexicon.concepts[c].kind not in INTERVENTION_KINDS][-1:]
            return (
                sorted([*mentions, Mention(hits[0], match.start(), match.end(), -1)], key=lambda m: m.start)
                if hits
                else mentions
            )
    if match is None or not named_before or any(m.start < match.end() for m in mentions):
        return mentions
    noun = normalise_token(match.group(1))
    hits = list(
        dict.fromkeys(
            c for c, text in named_before if noun in {normalise_token(w) for w in re.findall(r"[A-Za-z]+", text)}
        )
    )
    if not hits and _ABSTRACT.match(noun):
        # "Some runners overpronate. This mechanism makes ...": the nearest problem just named, not a doer
        hits = [c for c, _ in named_before if lexicon.concepts[c].kind not in INTERVENTION_KINDS][-1:]
    if len(hits) != 1:
        return mentions
    return [Mention(hits[0], match.start(), match.end(), -1), *mentions]


# "Strengthening of these muscles": the thing a general word is done to, pointed back to.
_OF_DEMONSTRATIVE = re.compile(r"\s+(?:of|for|on)\s+(?:these|those|this|that|the same)\s+([A-Za-z]+)\b", re.IGNORECASE)


def _narrowed(
    sentence: str, mentions: list[Mention], named_before: list[tuple[str, str]], lexicon: Lexicon
) -> list[Mention]:
    """Read "Strengthening of these muscles" as the narrower exercise the sentence before named ("plantar short foot
    muscles").

    A general concept followed by "of these <noun>" means the narrower
    concept of the previous sentence whose words include that noun.
    """
    if not named_before:
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        match = _OF_DEMONSTRATIVE.match(sentence, mention.end)
        if match is not None:
            noun = normalise_token(match.group(1))
            narrower = list(
                dict.fromkeys(
                    c
                    for c, text in named_before
                    if c != mention.concept
                    and lexicon.is_within(c, mention.concept)
                    and noun in {normalise_token(w) for w in re.findall(r"[A-Za-z]+", text)}
                )
            )
            if len(narrower) == 1:
                mention = Mention(narrower[0], mention.start, match.end(), mention.token)
        out.append(mention)
    return out


# "While these strategies can help, ...": the ways just named, said to help with what they were named for.
_THESE_METHODS_HELP = re.compile(
    r"^\s*(?:(?:while|although|though|even if|even though|and|but|yes)\s*,?\s+)?(?:these|those|such|both|all these)\s+"
    r"(?:strategies|treatments|approaches|methods|interventions|options|remedies|therapies|measures|techniques)\s+"
    r"(?P<verb>(?:[\w’']+\s+){0,2}?(?:help|work|are effective|can be effective))(?=\s*(?:[,.;—–]|$))",
    re.IGNORECASE,
)


def these_methods(sentence: str, said_before: list[tuple[str, str]], lexicon: Lexicon) -> list[Proposition]:
    """ "Approaches focus on strengthening the core or correcting posture for back pain. These strategies can help.":
    each way the sentence before named treats each complaint it named.

    "These strategies" stands for all the doable things just named, and a
    bare "help" with nothing after it helps with the complaints named beside them.
    """
    match = _THESE_METHODS_HELP.match(sentence)
    if match is None:
        return []
    ways = list(dict.fromkeys(c for c, _ in said_before if lexicon.concepts[c].kind in INTERVENTION_KINDS))
    complaints = list(dict.fromkeys(c for c, _ in said_before if lexicon.concepts[c].kind == ConceptKind.CONDITION))
    negated = bool(NEGATIONS.search(NOT_NEGATION.sub(" ", match.group("verb"))))
    strength = relation_strength(sentence, match.end(), False)
    return [
        Proposition(way, Relation.TREATS, complaint, negated, strength)
        for way in ways
        for complaint in complaints
        if not lexicon.comparable(way, complaint)
    ]
