"""Lead-ins and the items that fill them: claims whose one side is named in another sentence.

"Back pain is caused by the following:" over a list of items, "Several
reasons can cause X. One is A. Another is B.", "X is blamed on the usual
suspects. Poor posture. Weak core.": a sentence opens a relation with one side
left open (a ``LeadFrame``), and the items, fragments or ordinals after it name
that side.
"""

from __future__ import annotations

import re

from evidencemap.content.document import Block, BlockKind, Document
from evidencemap.content.lexicon import Lexicon, Mention
from evidencemap.extract.claims import Proposition
from evidencemap.extract.cues import POINTER, Direction
from evidencemap.extract.links import group_mentions, sentence_links
from evidencemap.extract.mentions import find_mentions
from evidencemap.extract.records import LeadFrame
from evidencemap.extract.sentences import split_sentences
from evidencemap.extract.strength import relation_strength
from evidencemap.model import ConceptKind, Relation, Strength
from evidencemap.vocabulary import BENEFIT, INTERVENTION_KINDS


def lead_subjects(document: Document, block: Block, lexicon: Lexicon) -> list[str]:
    """For a list item: the concepts its lead-in names ("Key benefits of FoosFoot:")."""
    if block.lead_in is None:
        return []
    lead = document.blocks[block.lead_in]
    spans = split_sentences(lead.text)
    if not spans:
        return []
    s, e = spans[-1]
    mentions = lexicon.find(lead.text[s:e])
    return [mentions[-1].concept] if mentions else []


# A modal of possibility carries from a lead-in to its items; a frequency ("in most cases") qualifies the lead-in only.
_MODAL = re.compile(r"\b(?:may|might|can|could)\b", re.IGNORECASE)


def lead_blocks(document: Document) -> dict[int, int]:
    """Which block introduces each list item or heading, when one does.

    A list item's lead-in is the paragraph just before its list, or, when the
    list follows its heading directly, that heading ("Suggestions for Managing
    Back Pain" over a list of tips). Headings are items too when a paragraph
    ending in a colon introduces them ("... a major contributor to back pain.
    Here's how:" over "1. Overpronation", "2. Poor Posture"): every heading of
    that level up to the next broader one.
    """
    leads: dict[int, int] = {}
    blocks = document.blocks
    for block in blocks:
        if block.kind == BlockKind.LIST_ITEM:
            if block.lead_in is not None:
                leads[block.index] = block.lead_in
            elif block.heading is not None:
                first = next(b for b in blocks if b.list_id == block.list_id)
                before = blocks[first.index - 1] if first.index > 0 else None
                if before is not None and before.index == block.heading and before.kind == BlockKind.HEADING:
                    leads[block.index] = before.index
        elif block.kind == BlockKind.PARAGRAPH and block.text.rstrip().endswith(":"):
            following = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
            if following is None or following.kind != BlockKind.HEADING:
                continue
            for later in blocks[block.index + 1 :]:
                if later.kind != BlockKind.HEADING:
                    continue
                if later.level < following.level:
                    break
                if later.level == following.level:
                    leads[later.index] = block.index
    return leads


def lead_frame(lead: Block, lexicon: Lexicon) -> LeadFrame | None:
    """A lead-in relation with one side open, which the items fill.

    "... are caused by the following:" leaves the causes open. A lead-in whose
    relation is complete but which points on to its items ("X is caused by
    several factors. They are as follows:", "Y contributes to back pain.
    Here's how:") has items that spell out its causes or means: they take the
    subject side.
    """
    spans = split_sentences(lead.text)
    for start, end in reversed(spans):
        sentence = lead.text[start:end]
        mentions = find_mentions(sentence, lexicon)
        for link in sentence_links(sentence, mentions, lexicon):
            if bool(link.subjects) == bool(link.objects):
                continue
            direction = link.cue.cue.direction
            relation = link.cue.cue.relation
            if link.subjects:
                return LeadFrame(relation, link.subjects, False, link.cue.cue.negated)
            offers = relation in BENEFIT and all(lexicon.concepts[c].kind in INTERVENTION_KINDS for c in link.objects)
            return LeadFrame(
                relation, link.objects, direction != Direction.BETWEEN and not offers, link.cue.cue.negated
            )
    if len(spans) >= 2 and POINTER.match(lead.text[spans[-1][0] : spans[-1][1]]):
        start, end = spans[-2]
        sentence = lead.text[start:end]
        for link in reversed(sentence_links(sentence, find_mentions(sentence, lexicon), lexicon)):
            if link.subjects and link.objects and link.cue.cue.relation != Relation.ASSOCIATED_WITH:
                hedged = bool(_MODAL.search(sentence[: link.cue.end]))
                return LeadFrame(link.cue.cue.relation, link.objects, True, link.cue.cue.negated, hedged)
    return None


# A verbless fragment: a few words naming a thing ("Poor posture.", "Too much sitting.").
_FRAGMENT = re.compile(r"^\W*(?:\w[\w’'-]*\W+){0,5}\w[\w’'-]*\W*$")


def is_fragment(sentence: str) -> bool:
    return bool(_FRAGMENT.match(sentence))


def open_frame(sentence: str, mentions: list[Mention], lexicon: Lexicon) -> LeadFrame | None:
    """A sentence whose relation has one side open, for the fragments that follow it in its paragraph."""
    for link in sentence_links(sentence, mentions, lexicon):
        if bool(link.subjects) == bool(link.objects):
            continue
        relation = link.cue.cue.relation
        hedged = relation_strength(sentence, link.cue.end, False) == Strength.CONDITIONAL_CAUSAL
        if link.objects and link.cue.cue.direction == Direction.BACKWARD:
            return LeadFrame(relation, link.objects, True, link.cue.cue.negated, hedged)
        if link.subjects and link.cue.cue.direction == Direction.FORWARD:
            return LeadFrame(relation, link.subjects, False, link.cue.cue.negated, hedged)
        if link.objects and link.cue.cue.direction == Direction.FORWARD and REASONS.search(sentence[: link.cue.start]):
            return LeadFrame(
                relation, link.objects, True, link.cue.cue.negated, hedged
            )  # "Several reasons can cause X."
    return None


# What a sentence announces a series of: "A couple of reasons can cause this", "Several factors contribute to X".
REASONS = re.compile(r"\b(?:reasons|factors|causes|things|culprits|explanations)\b", re.IGNORECASE)


# A sentence that gives the next of them: "One could be that ...", "Another reason might be due to ...", "The second
# is ...".
_ORDINAL = re.compile(
    r"^\s*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last|final|other)"
    r"(?:\s+(?:one|reason|factor|cause|explanation))?|one(?:\s+(?:reason|factor|cause|explanation))?|another"
    r"(?:\s+(?:one|reason|factor|cause|explanation))?)"
    r"\s+(?:is|was|could|might|may|can|would|being)\b",
    re.IGNORECASE,
)


def next_reason(sentence: str, mentions: list[Mention], frame: LeadFrame, lexicon: Lexicon) -> list[Proposition]:
    """ "A couple of reasons can cause X. One could be that you feel pain A. Another reason might be B.": A and B
    cause X.

    A sentence opening with an ordinal of the announced series names one of
    its members: the first concepts it names after the opener fill the open
    side of the announcing sentence. Its own modal hedges it.
    """
    match = _ORDINAL.match(sentence)
    if match is None:
        return []
    groups = group_mentions(sentence, [m for m in mentions if m.start >= match.end()])
    if not groups:
        return []
    hedged = frame.hedged or relation_strength(sentence, len(sentence), False) == Strength.CONDITIONAL_CAUSAL
    return fill_frame(
        LeadFrame(frame.relation, frame.known, True, frame.negated, hedged),
        list(dict.fromkeys(m.concept for m in groups[0])),
        lexicon,
    )


def head_concepts(sentence: str, mentions: list[Mention]) -> list[str]:
    """The concepts an item names in its head, before any aside in brackets: "Overpronation (Flat Feet)"."""
    bracket = sentence.find("(")
    head = [m.concept for m in mentions if bracket < 0 or m.end <= bracket]
    return head or [m.concept for m in mentions]


def fill_frame(frame: LeadFrame, concepts: list[str], lexicon: Lexicon) -> list[Proposition]:
    """Claims of a list item that names only the open side of its lead-in."""
    props: list[Proposition] = []
    known_side = frame.known
    if frame.items_are_subjects and frame.relation in BENEFIT:
        # a tip names what to do; a complaint it names itself is what it treats ("if your back spasms, apply ice")
        own = [c for c in concepts if lexicon.concepts[c].kind == ConceptKind.CONDITION]
        concepts = [c for c in concepts if lexicon.concepts[c].kind in INTERVENTION_KINDS]
        known_side = own or known_side
    for concept in dict.fromkeys(concepts):
        for known in known_side:
            subject, obj = (concept, known) if frame.items_are_subjects else (known, concept)
            if subject == obj or lexicon.comparable(subject, obj):
                continue
            if frame.relation != Relation.ASSOCIATED_WITH and lexicon.concepts[obj].kind in INTERVENTION_KINDS:
                continue
            strength = (
                Strength.CORRELATIONAL
                if frame.relation == Relation.ASSOCIATED_WITH
                else Strength.CONDITIONAL_CAUSAL
                if frame.hedged
                else Strength.DIRECT_CAUSAL
            )
            props.append(Proposition(subject, frame.relation, obj, frame.negated, strength))
    return props
