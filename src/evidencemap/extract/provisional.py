"""Provisional concepts: the phrases in claim positions that the lexicon does not know.

A map on a new topic starts with a lexicon that knows little. Rather than drop
"Blue light glasses reduce digital eye strain" because neither side is in the
lexicon, the extractor reads the noun phrase on each open side of the relation
cue and makes it a provisional concept (marked as such on the site and listed
by ``evidencemap check``), for a curator to adopt into the lexicon or correct.
The phrase rules are deliberately plain: a few words, no pronouns, no clause
boundaries, leading determiners and trailing auxiliaries removed.
"""

from __future__ import annotations

import copy
import re

from evidencemap.content.lexicon import Lexicon, Mention
from evidencemap.extract.claims import Proposition, propositions
from evidencemap.extract.cue_search import CueMatch, find_cues
from evidencemap.model import Concept, ConceptKind, Relation, slugify
from evidencemap.vocabulary import BENEFIT

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# Words that never belong to a concept phrase at its edges.
_EDGE = frozenset(
    """
a an the your their its our my his her this that these those some any every each such all both either no
more less much many most very so too also only just even still already really quite far highly
is are was were be been being am do does did doing have has had having will would shall should may might can could must
not never often usually sometimes frequently commonly typically generally always rarely significantly clearly
and or but nor yet then thus hence therefore however
""".split()
)
# Words that end a phrase: prepositions, conjunctions and the like.
_STOP = frozenset(
    """
in on at for with by from to into onto over under about among between than compared versus after before during
because when whenever if while although though whereas unless until since as like that which who whom whose where
why how and or but nor so yet, all day
""".split()
)
_PRONOUN = frozenset(
    "i me you he she it we they them us him her this that these those one ones something anything everything someone "
    "anyone everyone".split()
)
# Comparatives that qualify a phrase without naming its thing: "greater skin hydration".
_QUALIFIER = frozenset("higher lower greater smaller better worse increased decreased improved reduced".split())
_MAX_WORDS = 4
# Heads too vague to name a concept: "a couple of different reasons", "the most effective way".
_GENERIC = frozenset(
    """
reason reasons thing things way ways factor factors problem problems issue issues mechanism mechanisms people person
part parts kind kinds type types lot lots number amount one ones time times result results case cases effect effects
symptom symptoms cause causes solution solutions option options body
""".split()
)


def _words(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), offset + m.start(), offset + m.end()) for m in _WORD.finditer(text)]


def _trim(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    if words and words[0][0] in ("this", "these", "that", "those"):
        return []  # "this mechanism" stands for something named before: not a new concept
    while words and (_is_edge(words[0][0]) or words[0][0] in _QUALIFIER):
        words = words[1:]
    while words and (_is_edge(words[-1][0]) or words[-1][0] in _QUALIFIER):
        words = words[:-1]
    return words


def _usable(words: list[tuple[str, int, int]]) -> bool:
    return (
        bool(words)
        and len(words) <= _MAX_WORDS
        and not any(w in _PRONOUN for w, _, _ in words)
        and any(len(w) > 3 for w, _, _ in words)
        and words[-1][0] not in _GENERIC
    )


def _is_edge(word: str) -> bool:
    return word in _EDGE or word.endswith(("n't", "n’t"))


def phrase_after(sentence: str, start: int) -> tuple[int, int] | None:
    """The noun phrase that opens ``sentence[start:]``: "reduce [digital eye strain] in ..."."""
    boundary = re.search(r"[,.;:()!?—–]", sentence[start:])
    end = start + boundary.start() if boundary else len(sentence)
    words: list[tuple[str, int, int]] = []
    for word in _words(sentence[start:end], start):
        if word[0] in _STOP and words:
            break
        if word[0] in _STOP:
            return None
        words.append(word)
        if len(words) > _MAX_WORDS + 2:
            break
    words = _trim(words)
    return (words[0][1], words[-1][2]) if _usable(words) else None


def phrase_before(sentence: str, end: int) -> tuple[int, int] | None:
    """The subject phrase of the clause that ends at ``end``: "[Screen glare] causes ..."."""
    breaks = list(
        re.finditer(
            r"[,.;:()!?—–]|\b(?:and|but|because|when|whenever|if|unless|while|that|which)\b",
            sentence[:end],
            re.IGNORECASE,
        )
    )
    if breaks and breaks[-1].group().lower() in ("when", "whenever", "if", "unless"):
        return None  # a condition ("when daily activities don't ..."), not an assertion
    boundary = breaks[-1].end() if breaks else 0
    words = _words(sentence[boundary:end], boundary)
    cut = next((i for i, w in enumerate(words) if w[0] in _STOP and i > 0), None)
    words = _trim(words[:cut] if cut is not None else words)
    return (words[0][1], words[-1][2]) if _usable(words) else None


def provisional_concept(sentence: str, span: tuple[int, int], kind: ConceptKind) -> Concept:
    """A concept named by a phrase of the text, flagged provisional."""
    label = re.sub(r"\s+", " ", sentence[span[0] : span[1]]).strip()
    first = label.split(" ", 1)[0]
    opens_sentence = not re.search(r"\w", sentence[: span[0]])
    if opens_sentence and first[1:].islower():
        label = label[0].lower() + label[1:]  # "Severity" only because it opened the sentence; "CalmBand" stays
    return Concept(id=slugify(label), label=label, kind=kind, provisional=True)


def side_kind(is_subject: bool, relation: Relation, sold: set[str], concept_id: str) -> ConceptKind:
    """What a provisional concept is, from where it stands: a remedy, a factor or a condition."""
    if is_subject and relation in BENEFIT:
        return ConceptKind.PRODUCT if concept_id in sold else ConceptKind.INTERVENTION
    return ConceptKind.FACTOR if is_subject else ConceptKind.CONDITION


def provisional_mentions(
    sentence: str, mentions: list[Mention], cues: list[CueMatch], sold: set[str], known: set[str]
) -> tuple[list[Mention], dict[str, Concept]]:
    """Mentions of provisional concepts on the open sides of the sentence's first relation cue."""
    found: list[Mention] = []
    concepts: dict[str, Concept] = {}
    if re.search(r"\S\s{3,}\S|\|", sentence):
        return found, concepts  # a table row, not a sentence
    for cue in cues[:1]:
        relation = cue.cue.relation
        direction = cue.cue.direction.value
        if direction not in ("forward", "backward"):
            continue
        left = phrase_before(sentence, cue.start) if not any(m.end <= cue.start for m in mentions) else None
        right = phrase_after(sentence, cue.end) if not any(m.start >= cue.end for m in mentions) else None
        subject_side, object_side = (left, right) if direction == "forward" else (right, left)
        for span, is_subject in ((subject_side, True), (object_side, False)):
            if span is None:
                continue
            concept = provisional_concept(sentence, span, ConceptKind.FACTOR)
            if concept.id in known:  # a lexicon concept under another name: leave the side open
                continue
            kind = side_kind(is_subject, relation, sold, concept.id)
            concepts[concept.id] = concept.model_copy(update={"kind": kind})
            found.append(Mention(concept.id, span[0], span[1], -2))
    return found, concepts


# Words that show a phrase is not a name: verbs that hold a clause together, and adverbs of place and manner.
_NOT_IN_A_NAME = frozenset(
    """
is are was were be been being am has have had do does did can could may might must shall should will would
rather instead here there away well perhaps entirely
""".split()
)


def names_a_thing(label: str) -> bool:
    """Whether a phrase reads as a noun phrase ("stiff soles", "movement through the midfoot"), not as a clause
    ("shoes are designed"), an adverb ("entirely") or a bare -ing form ("focusing")."""
    words = label.lower().split()
    if any(word in _NOT_IN_A_NAME or word.endswith("ly") for word in words):
        return False
    return not (len(words) == 1 and words[0].endswith("ing"))


def missing_phrases(sentence: str, mentions: list[Mention], lexicon: Lexicon) -> tuple[str, ...]:
    """The noun phrases on the open sides of a claim-like sentence that could name what the lexicon lacks."""
    _, concepts = provisional_mentions(sentence, mentions, find_cues(sentence, mentions), set(), set(lexicon.concepts))
    return tuple(concept.label for concept in concepts.values() if names_a_thing(concept.label))


def with_provisional(lexicon: Lexicon, provisional: list[Concept]) -> Lexicon:
    """The lexicon plus the provisional concepts the sources yielded (the first of each id wins; the lexicon always
    does)."""
    extra: dict[str, Concept] = {}
    for concept in provisional:
        if concept.id not in lexicon.concepts:
            extra.setdefault(concept.id, concept)
    if not extra:
        return lexicon
    return Lexicon(dict(sorted({**extra, **lexicon.concepts}.items())), digest=lexicon.digest)


def provisional_props(
    sentence: str,
    mentions: list[Mention],
    view: Lexicon,
    lexicon: Lexicon,
    provisional: dict[str, Concept],
    sold: set[str],
) -> tuple[list[Proposition], list[str], Lexicon] | None:
    """Claims whose sides are phrases the lexicon does not know, as provisional concepts.

    Only the sentence's own words count: a subject borrowed from the sentence
    before ("They ...") is too uncertain to found a new concept on.
    """
    extra, concepts = provisional_mentions(
        sentence, mentions, find_cues(sentence, mentions), sold, set(lexicon.concepts)
    )
    if not extra:
        return None
    for cid, concept in concepts.items():
        concepts[cid] = provisional.get(cid, concept)
    overlay = copy.copy(view)  # shares the phrase table; only the concept records grow
    overlay.concepts = {**view.concepts, **concepts}
    props, carry_next, _ = propositions(sentence, sorted([*mentions, *extra], key=lambda m: m.start), overlay, [], [])
    if not props:
        return None
    props = [p for p in props if p.subject in concepts or p.object in concepts]
    if not props:
        return None
    for cid, concept in concepts.items():
        provisional.setdefault(cid, concept)
    return props, carry_next, overlay
