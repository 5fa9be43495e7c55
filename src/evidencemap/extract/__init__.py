"""Stage 2, extract: one Document in, its claims and citations out.

``extract`` is a pure function of a document and a lexicon: no I/O, no global
state, no clock. That makes it cacheable by content hash and safe to run in
parallel over processes.
"""

from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass

from evidencemap.content.document import Block, BlockKind, Document
from evidencemap.content.lexicon import Lexicon, Mention, normalise_token
from evidencemap.extract.citations import FoundCitation, find_citations
from evidencemap.extract.claims import (
    Proposition,
    condition_clause,
    find_cues,
    group_mentions,
    propositions,
    sentence_links,
)
from evidencemap.extract.cues import (
    ANAPHORA,
    CONDITION_CLAUSE,
    EXTRACTOR_VERSION,
    NEGATIONS,
    NOT_NEGATION,
    POINTER,
    TOPIC_ANAPHOR,
    Direction,
)
from evidencemap.extract.evidence import EvidenceCall, classify_evidence
from evidencemap.extract.findings import finding_blocks, parse_figures, use_propositions
from evidencemap.extract.mentions import find_mentions
from evidencemap.extract.provisional import provisional_mentions
from evidencemap.extract.sentences import split_sentences
from evidencemap.extract.strength import relation_strength
from evidencemap.model import Citation, Claim, Concept, ConceptKind, Location, Relation, Source, Strength

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract"]

_INTERVENTION_KINDS = {ConceptKind.INTERVENTION, ConceptKind.PRODUCT}


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A sentence that reads like a claim but names no known concept on one side."""

    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one document yields."""

    source: Source
    claims: tuple[Claim, ...]
    citations: tuple[Citation, ...]
    unresolved: tuple[Unresolved, ...]
    provisional: tuple[Concept, ...] = ()  # phrases in claim positions the lexicon does not know


@dataclass(frozen=True, slots=True)
class _LeadFrame:
    """The open slot of a list's lead-in: "... are caused by the following:"."""

    relation: Relation
    known: list[str]
    items_are_subjects: bool
    negated: bool
    hedged: bool = False  # "X can be a major contributor to Y. Here's how:": each item can, too


def extract(document: Document, lexicon: Lexicon) -> Extraction:
    """Extract the claims and citations of one document."""
    source = document.source
    found, reference_blocks = find_citations(document)
    citations_by_block: dict[int, list[FoundCitation]] = {}
    for item in found:
        citations_by_block.setdefault(item.block, []).append(item)
    has_web_references = any(i.block in reference_blocks and not i.citation.is_research for i in found)
    claims: list[Claim] = []
    unresolved: list[Unresolved] = []
    seen_ids: dict[str, int] = {}
    carry: list[str] = []  # what the previous sentence ended on, for "This ..."
    previous_evidence: EvidenceCall | None = None
    findings_only = finding_blocks(document)
    lead_ins: dict[int, tuple[_LeadFrame | None, list[str]]] = {}  # one analysis per lead-in, not per list item
    leads = _lead_blocks(document)
    topic: str | None = None  # the condition the current section's heading names, for "this condition"
    provisional: dict[str, Concept] = {}
    sold = set(source.sells)
    view = lexicon  # the lexicon plus this document's provisional concepts, once it has any
    chain_from: list[Proposition] = []  # the claims of the previous sentence, for "This leads to ..."
    cause_topic: str | None = None  # the cause the text is currently about, for events told without it
    topic_block = -2  # the paragraph that named it: a topic lasts into the next paragraph, no further
    for block in document.blocks:
        if block.kind in (BlockKind.CODE,) or block.index in reference_blocks:
            continue
        if findings_only is not None and block.index not in findings_only:
            continue
        if block.kind == BlockKind.HEADING:
            carry = []
            chain_from = []
            cause_topic = None
            topic = _heading_topic(block, lexicon)
        frame, lead_subjects = None, []
        lead = leads.get(block.index)
        if lead is not None:
            if lead not in lead_ins:
                lead_ins[lead] = (_lead_frame(document.blocks[lead], lexicon), _lead_subjects(document, block, lexicon))
            frame, lead_subjects = lead_ins[lead]
        previous_evidence = None
        fragment_frame: _LeadFrame | None = None  # "X is blamed on the usual suspects. Poor posture. Weak core."
        reasons_frame: _LeadFrame | None = None  # "Several reasons can cause X. One is A. ... Another is B."
        named_before: list[tuple[str, str]] = []  # the previous sentence's mentions, for "This pain ..."
        in_block = False  # whether chain_from comes from this paragraph
        block_causes: list[str] = []  # subjects of this paragraph's causal claims, in order
        for start, end in split_sentences(block.text):
            sentence = block.text[start:end]
            if sentence.rstrip().endswith("?") and not _answered_yes(document, block):
                continue
            mentions = _own_products(
                sentence, _with_topic(sentence, find_mentions(sentence, lexicon), topic), source.sells, lexicon
            )
            said_before = named_before
            mentions, named_before = (
                _with_anaphor(sentence, mentions, named_before, view),
                [(m.concept, sentence[m.start : m.end]) for m in mentions],
            )
            props, carry_next, had_cue = propositions(sentence, mentions, view, carry, lead_subjects)
            if not props and frame is not None and mentions:
                props = _fill_frame(frame, _head_concepts(sentence, mentions), view)
            if not props and not had_cue and fragment_frame is not None and mentions and _is_fragment(sentence):
                props = _fill_frame(fragment_frame, _head_concepts(sentence, mentions), view)
            if not props and said_before:
                props = _these_methods(sentence, said_before, view)
            if not props and reasons_frame is not None:
                props = _next_reason(sentence, mentions, reasons_frame, view)
            if (
                not props
                and chain_from
                and in_block
                and mentions
                and all(view.concepts[m.concept].kind == ConceptKind.MECHANISM for m in mentions)
            ):
                props = _spelled_out(sentence, [m.concept for m in mentions], chain_from, view)
            if not props and not had_cue:
                props = condition_clause(sentence, mentions, view)
                if props:
                    carry_next = [p.object for p in props]
            told = False  # claims read from the topic: no chain runs on from them
            if (
                not props
                and not had_cue
                and cause_topic is not None
                and block.index - topic_block <= 1
                and mentions
                and block.kind != BlockKind.HEADING
            ):
                props = _topic_events(sentence, mentions, cause_topic, view)
                told = bool(props)
            if not props and block.kind != BlockKind.HEADING:
                opened = _open_condition(sentence, mentions, view)
                if opened is not None:
                    cause_topic, topic_block = opened, block.index
            if not props and had_cue and not mentions and block.kind != BlockKind.HEADING:
                # nothing the lexicon knows: a topic it does not cover, so name both sides provisionally
                props, carry_next, view = _provisional_props(sentence, mentions, view, lexicon, provisional, sold) or (
                    props,
                    carry_next,
                    view,
                )
            fragment_frame = (
                _open_frame(sentence, mentions, view)
                if had_cue and not props
                else (fragment_frame if not had_cue and props else None)
            )
            if fragment_frame is not None and fragment_frame.items_are_subjects and _REASONS.search(sentence):
                reasons_frame = fragment_frame
            if not props and findings_only is not None:
                props = use_propositions(sentence, mentions, view)
            props = _continue_chain(props, chain_from, sentence, lexicon)
            if props:
                props = [*props, *_condition_of_cause(sentence, mentions, props, view)]
            if chain_from and in_block:
                props = [*props, *_elliptic(sentence, mentions, chain_from, view)]
            chain_from = [] if told else props
            causes = [
                p.subject
                for p in props
                if p.relation == Relation.CAUSES
                and not p.negated
                and view.concepts[p.subject].kind not in _INTERVENTION_KINDS
            ]
            if causes and not told:
                block_causes += causes
                cause_topic, topic_block = max(dict.fromkeys(causes), key=causes.count), block.index
            in_block = True
            if not props:
                if had_cue and block.kind != BlockKind.HEADING:
                    unresolved.append(Unresolved(block.line_at(start), sentence))
                carry = carry_next or carry
                continue
            carry = carry_next or carry
            sentence_citations = [
                c.citation for c in citations_by_block.get(block.index, []) if c.start < end and c.end > start
            ]
            for prop in props:
                intervention = prop.subject if view.concepts[prop.subject].kind in _INTERVENTION_KINDS else None
                interest, interest_reason = _commercial_interest(source, intervention, view)
                call = classify_evidence(
                    sentence, source, sentence_citations, previous_evidence, interest, has_web_references
                )
                claims.append(
                    _claim(
                        source,
                        block,
                        start,
                        end,
                        sentence,
                        prop,
                        intervention,
                        call,
                        interest,
                        interest_reason,
                        sentence_citations,
                        seen_ids,
                        view,
                    )
                )
            previous_evidence = call
        if block_causes:
            # the paragraph's topic is the cause it names most often; of equals, the one it ends on
            cause_topic, topic_block = (
                max(reversed(list(dict.fromkeys(block_causes))), key=block_causes.count),
                block.index,
            )
    used = {c.subject for c in claims} | {c.object for c in claims} | {m for c in claims for m in c.mechanism}
    kept = tuple(provisional[cid] for cid in sorted(provisional) if cid in used)
    return Extraction(source, tuple(claims), tuple(item.citation for item in found), tuple(unresolved), kept)


def _provisional_props(
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


def _claim(
    source: Source,
    block: Block,
    start: int,
    end: int,
    sentence: str,
    prop: Proposition,
    intervention: str | None,
    call: EvidenceCall,
    interest: bool,
    interest_reason: str | None,
    citations: list[Citation],
    seen_ids: dict[str, int],
    lexicon: Lexicon,
) -> Claim:
    """Assemble a Claim record with a stable id."""
    key = f"{sentence}|{prop.subject}|{prop.relation.value}|{prop.object}|{prop.negated}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    count = seen_ids.get(digest, 0)
    seen_ids[digest] = count + 1
    claim_id = f"{source.id}-{digest}" + (f"-{count + 1}" if count else "")
    treatment = prop.relation in (Relation.TREATS, Relation.PREVENTS)
    return Claim(
        id=claim_id,
        source=source.id,
        quote=sentence,
        location=Location(block=block.index, line=block.line_at(start), start=start, end=end),
        subject=prop.subject,
        relation=prop.relation,
        object=prop.object,
        negated=prop.negated,
        mechanism=prop.mechanism,
        cause=None if treatment else prop.subject,
        intervention=intervention,
        outcome=prop.object,
        strength=prop.strength,
        evidence=call.evidence,
        evidence_reason=call.reason,
        commercial_interest=interest,
        commercial_reason=interest_reason,
        citations=[c.id for c in citations],
        figures=parse_figures(sentence),
    )


def _commercial_interest(source: Source, intervention: str | None, lexicon: Lexicon) -> tuple[bool, str | None]:
    """The source sells the claim's intervention, or a narrower product of it."""
    if intervention is None:
        return False, None
    who = source.publisher or source.title
    for sold in source.sells:
        if lexicon.is_within(sold, intervention) or lexicon.is_within(intervention, sold):
            sold_label = lexicon.concepts[sold].label if sold in lexicon.concepts else sold
            if sold == intervention:
                return True, f"{who} sells {sold_label}"
            if lexicon.is_within(sold, intervention):
                return True, f"{who} sells {sold_label}, a kind of {lexicon.concepts[intervention].label}"
            return True, f"{who} sells {sold_label}, which includes {lexicon.concepts[intervention].label}"
        if _named_as_kind_of(intervention, sold, lexicon):
            return True, f"{who} sells {_name(sold, lexicon)}, which includes {lexicon.concepts[intervention].label}"
    return False, None


def _name(concept_id: str, lexicon: Lexicon) -> str:
    """A concept's label; for an id the lexicon does not hold (what a source says it sells), its words."""
    return lexicon.concepts[concept_id].label if concept_id in lexicon.concepts else concept_id.replace("-", " ")


def _named_as_kind_of(intervention: str, sold: str, lexicon: Lexicon) -> bool:
    """A provisional concept whose name ends in the name of what the source sells is a kind of it: "our gel
    insoles" on a page that sells insoles. The lexicon has not placed a provisional concept under anything yet, so
    its name is all there is to go on; a concept a curator has placed is judged by the lexicon alone."""
    concept = lexicon.concepts.get(intervention)
    if concept is None or not concept.provisional:
        return False
    sold_name, name = _name(sold, lexicon).lower(), concept.label.lower()
    # "sells insole" and "gel insoles" (and the other way round) name the same thing
    return any(name.endswith(" " + form) for form in {sold_name, sold_name + "s", sold_name.removesuffix("s")} if form)


_YES = re.compile(r"^\s*(?:yes|absolutely|definitely|certainly|indeed)\b", re.IGNORECASE)


def _answered_yes(document: Document, block: Block) -> bool:
    """A question (an FAQ heading) whose answer starts "Yes." asserts what it asks."""
    following = document.blocks[block.index + 1] if block.index + 1 < len(document.blocks) else None
    return following is not None and following.kind != BlockKind.HEADING and bool(_YES.match(following.text))


def _continue_chain(
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


def _spelled_out(sentence: str, events: list[str], previous: list[Proposition], lexicon: Lexicon) -> list[Proposition]:
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


def _topic_events(sentence: str, mentions: list[Mention], cause: str, lexicon: Lexicon) -> list[Proposition]:
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


# A condition clause with no subject or verb of its own ("When inactive or overly supported,"): its subject is the main clause's.
_REDUCED_CLAUSE = re.compile(
    r"^(?!.*\b(?:i|you|we|they|he|she|it|is|are|was|were|am|have|has|do|does)\b)", re.IGNORECASE
)


def _condition_of_cause(
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
        if lexicon.comparable(cause, effect) or (lexicon.concepts[cause].kind in _INTERVENTION_KINDS and not reduced):
            continue
        out.append(Proposition(cause, Relation.CAUSES, effect, False, strength))
    return out


def _open_condition(sentence: str, mentions: list[Mention], lexicon: Lexicon) -> str | None:
    """ "When foot mobility is limited, force does not disappear.": a condition whose effect is still to be told."""
    match = CONDITION_CLAUSE.match(sentence)
    if match is None or any(m.start >= match.start("result") for m in mentions):
        return None
    named = [
        m.concept
        for m in mentions
        if m.end <= match.start("result") and lexicon.concepts[m.concept].kind not in _INTERVENTION_KINDS
    ]
    return named[0] if named else None


# "However, Y does": a clause whose verb is only an auxiliary, the rest of its predicate left to the sentence before.
# It opens with a contrast ("However, Y does, meaning ...") or ends the sentence ("Y does too.").
_ELLIPTIC = re.compile(
    r"^\s*(?:(?P<contrast>however|but|yet|instead|in contrast|on the other hand|by contrast)\s*,?\s*)?(?P<subject>(?:[\w’'-]+\s+){0,7}?[\w’'-]+)\s+"
    r"(?:does|do|did|can|could|will|would|is|are|was|were|has|have)(?P<negated>\s+not|n[’']t)?(?:\s+(?:too|also|as well))?\s*(?:(?P<end>[.!]\s*$)|(?(contrast)[,;—–]|(?!)))",
    re.IGNORECASE,
)


def _elliptic(
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


def _lead_subjects(document: Document, block: Block, lexicon: Lexicon) -> list[str]:
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


def _lead_blocks(document: Document) -> dict[int, int]:
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


def _lead_frame(lead: Block, lexicon: Lexicon) -> _LeadFrame | None:
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
                return _LeadFrame(relation, link.subjects, False, link.cue.cue.negated)
            offers = relation in (Relation.TREATS, Relation.PREVENTS) and all(
                lexicon.concepts[c].kind in _INTERVENTION_KINDS for c in link.objects
            )
            return _LeadFrame(
                relation, link.objects, direction != Direction.BETWEEN and not offers, link.cue.cue.negated
            )
    if len(spans) >= 2 and POINTER.match(lead.text[spans[-1][0] : spans[-1][1]]):
        start, end = spans[-2]
        sentence = lead.text[start:end]
        for link in reversed(sentence_links(sentence, find_mentions(sentence, lexicon), lexicon)):
            if link.subjects and link.objects and link.cue.cue.relation != Relation.ASSOCIATED_WITH:
                hedged = bool(_MODAL.search(sentence[: link.cue.end]))
                return _LeadFrame(link.cue.cue.relation, link.objects, True, link.cue.cue.negated, hedged)
    return None


# A verbless fragment: a few words naming a thing ("Poor posture.", "Too much sitting.").
_FRAGMENT = re.compile(r"^\W*(?:\w[\w’'-]*\W+){0,5}\w[\w’'-]*\W*$")


def _is_fragment(sentence: str) -> bool:
    return bool(_FRAGMENT.match(sentence))


def _open_frame(sentence: str, mentions: list[Mention], lexicon: Lexicon) -> _LeadFrame | None:
    """A sentence whose relation has one side open, for the fragments that follow it in its paragraph."""
    for link in sentence_links(sentence, mentions, lexicon):
        if bool(link.subjects) == bool(link.objects):
            continue
        relation = link.cue.cue.relation
        hedged = relation_strength(sentence, link.cue.end, False) == Strength.CONDITIONAL_CAUSAL
        if link.objects and link.cue.cue.direction == Direction.BACKWARD:
            return _LeadFrame(relation, link.objects, True, link.cue.cue.negated, hedged)
        if link.subjects and link.cue.cue.direction == Direction.FORWARD:
            return _LeadFrame(relation, link.subjects, False, link.cue.cue.negated, hedged)
        if link.objects and link.cue.cue.direction == Direction.FORWARD and _REASONS.search(sentence[: link.cue.start]):
            return _LeadFrame(
                relation, link.objects, True, link.cue.cue.negated, hedged
            )  # "Several reasons can cause X."
    return None


# What a sentence announces a series of: "A couple of reasons can cause this", "Several factors contribute to X".
_REASONS = re.compile(r"\b(?:reasons|factors|causes|things|culprits|explanations)\b", re.IGNORECASE)
# A sentence that gives the next of them: "One could be that ...", "Another reason might be due to ...", "The second is ...".
_ORDINAL = re.compile(
    r"^\s*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last|final|other)(?:\s+(?:one|reason|factor|cause|explanation))?|one(?:\s+(?:reason|factor|cause|explanation))?|another(?:\s+(?:one|reason|factor|cause|explanation))?)"
    r"\s+(?:is|was|could|might|may|can|would|being)\b",
    re.IGNORECASE,
)


def _next_reason(sentence: str, mentions: list[Mention], frame: _LeadFrame, lexicon: Lexicon) -> list[Proposition]:
    """ "A couple of reasons can cause X. One could be that you feel pain A. Another reason might be B.": A and B cause X.

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
    return _fill_frame(
        _LeadFrame(frame.relation, frame.known, True, frame.negated, hedged),
        list(dict.fromkeys(m.concept for m in groups[0])),
        lexicon,
    )


def _head_concepts(sentence: str, mentions: list[Mention]) -> list[str]:
    """The concepts an item names in its head, before any aside in brackets: "Overpronation (Flat Feet)"."""
    bracket = sentence.find("(")
    head = [m.concept for m in mentions if bracket < 0 or m.end <= bracket]
    return head or [m.concept for m in mentions]


def _heading_topic(block: Block, lexicon: Lexicon) -> str | None:
    """The condition a heading names first: what "this condition" below it stands for."""
    for mention in lexicon.find(block.text):
        if lexicon.concepts[mention.concept].kind == ConceptKind.CONDITION:
            return mention.concept
    return None


def _with_topic(sentence: str, mentions: list[Mention], topic: str | None) -> list[Mention]:
    """Read "this condition" as a mention of the section's topic."""
    if topic is None:
        return mentions
    match = TOPIC_ANAPHOR.search(sentence)
    if match is None or any(m.start < match.end() and match.start() < m.end for m in mentions):
        return mentions
    return sorted([*mentions, Mention(topic, match.start(), match.end(), -1)], key=lambda m: m.start)


# "our insoles", "our own footwear": the speaker's own goods.
_OUR = re.compile(r"\bour\s+(?:own\s+|new\s+|custom\s+)?$", re.IGNORECASE)


def _own_products(sentence: str, mentions: list[Mention], sells: list[str], lexicon: Lexicon) -> list[Mention]:
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


def _with_anaphor(
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
            hits = [c for c, _ in named_before if lexicon.concepts[c].kind not in _INTERVENTION_KINDS][-1:]
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
        hits = [c for c, _ in named_before if lexicon.concepts[c].kind not in _INTERVENTION_KINDS][-1:]
    if len(hits) != 1:
        return mentions
    return [Mention(hits[0], match.start(), match.end(), -1), *mentions]


# "Strengthening of these muscles": the thing a general word is done to, pointed back to.
_OF_DEMONSTRATIVE = re.compile(r"\s+(?:of|for|on)\s+(?:these|those|this|that|the same)\s+([A-Za-z]+)\b", re.IGNORECASE)


def _narrowed(
    sentence: str, mentions: list[Mention], named_before: list[tuple[str, str]], lexicon: Lexicon
) -> list[Mention]:
    """Read "Strengthening of these muscles" as the narrower exercise the sentence before named ("plantar short foot muscles").

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


def _these_methods(sentence: str, said_before: list[tuple[str, str]], lexicon: Lexicon) -> list[Proposition]:
    """ "Approaches focus on strengthening the core or correcting posture for back pain. These strategies can help.":
    each way the sentence before named treats each complaint it named.

    "These strategies" stands for all the doable things just named, and a
    bare "help" with nothing after it helps with the complaints named beside them.
    """
    match = _THESE_METHODS_HELP.match(sentence)
    if match is None:
        return []
    ways = list(dict.fromkeys(c for c, _ in said_before if lexicon.concepts[c].kind in _INTERVENTION_KINDS))
    complaints = list(dict.fromkeys(c for c, _ in said_before if lexicon.concepts[c].kind == ConceptKind.CONDITION))
    negated = bool(NEGATIONS.search(NOT_NEGATION.sub(" ", match.group("verb"))))
    strength = relation_strength(sentence, match.end(), False)
    return [
        Proposition(way, Relation.TREATS, complaint, negated, strength)
        for way in ways
        for complaint in complaints
        if not lexicon.comparable(way, complaint)
    ]


def _fill_frame(frame: _LeadFrame, concepts: list[str], lexicon: Lexicon) -> list[Proposition]:
    """Claims of a list item that names only the open side of its lead-in."""
    props: list[Proposition] = []
    known_side = frame.known
    if frame.items_are_subjects and frame.relation in (Relation.TREATS, Relation.PREVENTS):
        # a tip names what to do; a complaint it names itself is what it treats ("if your back spasms, apply ice")
        own = [c for c in concepts if lexicon.concepts[c].kind == ConceptKind.CONDITION]
        concepts = [c for c in concepts if lexicon.concepts[c].kind in _INTERVENTION_KINDS]
        known_side = own or known_side
    for concept in dict.fromkeys(concepts):
        for known in known_side:
            subject, obj = (concept, known) if frame.items_are_subjects else (known, concept)
            if subject == obj or lexicon.comparable(subject, obj):
                continue
            if frame.relation != Relation.ASSOCIATED_WITH and lexicon.concepts[obj].kind in _INTERVENTION_KINDS:
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
