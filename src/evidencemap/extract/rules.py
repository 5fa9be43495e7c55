"""The sentence rules of extraction, in the order they run: each a small step with a name.

``extract`` reads a document sentence by sentence and runs every rule of
``SENTENCE_RULES`` on each, in order, over one ``Reading`` (reading.py). A rule
reads what the rules before it left and leaves its own findings; most only act
when no rule before them has found a claim in the sentence. As markdown-it-py
keeps its parsing rules, the list is data: a caller may run a list without a
rule, or with one of its own, to see what that rule does.

The rules, in order:

- ``mentions``: the concepts the lexicon names in the sentence.
- ``topic``: "this condition" is the condition the section's heading names.
- ``own_products``: "our insoles", on a seller's page, are the insoles it sells.
- ``anaphora``: "This pain", "strengthening of these muscles": what the sentence before named.
- ``relations``: claims around the sentence's relation cues ("X causes Y").
- ``lead_in``: a list item names the open side of its lead-in ("... are caused by the following:").
- ``fragment``: a verbless fragment names the open side of the sentence before ("... the usual suspects. Poor
  posture.").
- ``these_methods``: "These strategies can help": the ways just named treat the complaints named with them.
- ``next_reason``: "Several reasons can cause X. One is A.": A causes X.
- ``spelled_out``: "X causes a chain reaction. The femur rotates.": the events are X's effects.
- ``condition_clause``: "When A, B happens": A causes B.
- ``topic_events``: an event told without its cause is an effect of the cause the text is about.
- ``open_condition``: "When A is limited, force does not disappear.": A becomes the cause the text is about.
- ``provisional``: a claim whose sides the lexicon does not know, on provisional concepts.
- ``open_frame``: a relation with one side open opens a frame for the fragments or ordinals after it.
- ``findings``: in a research paper's findings, "X for the treatment of Y" is a claim of use.
- ``chain``: "X causes A. This leads to B.": X causes B, through A.
- ``condition_of_cause``: "When overly supported, these muscles weaken, causing pain": the condition causes the
  weakness.
- ``elliptic``: "X does not correlate with Z. However, Y does.": Y correlates with Z.
- ``cause_topic``: the causes of the sentence's claims become what the text is about.
- ``claims``: the sentence's claims as Claim records, with their evidence; a cue with no claim is left unresolved.
"""

from __future__ import annotations

from collections.abc import Callable

from evidencemap.content.document import Block, BlockKind
from evidencemap.extract.anaphora import own_products, these_methods, with_anaphor, with_topic
from evidencemap.extract.citations import pointed_references
from evidencemap.extract.claim_record import commercial_interest, make_claim
from evidencemap.extract.claims import condition_clause, propositions
from evidencemap.extract.evidence import classify_evidence
from evidencemap.extract.findings import use_propositions
from evidencemap.extract.frames import REASONS, fill_frame, head_concepts, is_fragment, next_reason, open_frame
from evidencemap.extract.mentions import find_mentions
from evidencemap.extract.narrative import (
    condition_of_cause,
    continue_chain,
    elliptic,
    open_condition,
    spelled_out,
    topic_events,
)
from evidencemap.extract.provisional import missing_phrases, provisional_props
from evidencemap.extract.reading import Reading
from evidencemap.extract.records import Unresolved
from evidencemap.model import Citation, ConceptKind, Relation
from evidencemap.vocabulary import INTERVENTION_KINDS

Rule = Callable[[Reading], None]


def _mentions(r: Reading) -> None:
    r.mentions = find_mentions(r.sentence, r.lexicon)


def _topic(r: Reading) -> None:
    r.mentions = with_topic(r.sentence, r.mentions, r.topic)


def _own_products(r: Reading) -> None:
    r.mentions = own_products(r.sentence, r.mentions, r.document.source.sells, r.lexicon)


def _anaphora(r: Reading) -> None:
    r.said_before = r.named_before
    r.named_before = [(m.concept, r.sentence[m.start : m.end]) for m in r.mentions]
    r.mentions = with_anaphor(r.sentence, r.mentions, r.said_before, r.view)


def _relations(r: Reading) -> None:
    r.props, r.carry_next, r.had_cue = propositions(r.sentence, r.mentions, r.view, r.carry, r.lead_subjects)


def _lead_in(r: Reading) -> None:
    if not r.props and r.frame is not None and r.mentions:
        r.props = fill_frame(r.frame, head_concepts(r.sentence, r.mentions), r.view)


def _fragment(r: Reading) -> None:
    if not r.props and not r.had_cue and r.fragment_frame is not None and r.mentions and is_fragment(r.sentence):
        r.props = fill_frame(r.fragment_frame, head_concepts(r.sentence, r.mentions), r.view)


def _these_methods(r: Reading) -> None:
    if not r.props and r.said_before:
        r.props = these_methods(r.sentence, r.said_before, r.view)


def _next_reason(r: Reading) -> None:
    if not r.props and r.reasons_frame is not None:
        r.props = next_reason(r.sentence, r.mentions, r.reasons_frame, r.view)


def _spelled_out(r: Reading) -> None:
    if (
        not r.props
        and r.chain_from
        and r.in_block
        and r.mentions
        and all(r.view.concepts[m.concept].kind == ConceptKind.MECHANISM for m in r.mentions)
    ):
        r.props = spelled_out(r.sentence, [m.concept for m in r.mentions], r.chain_from, r.view)


def _condition_clause(r: Reading) -> None:
    if not r.props and not r.had_cue:
        r.props = condition_clause(r.sentence, r.mentions, r.view)
        if r.props:
            r.carry_next = [p.object for p in r.props]


def _topic_events(r: Reading) -> None:
    assert r.block is not None
    if (
        not r.props
        and not r.had_cue
        and r.cause_topic is not None
        and r.block.index - r.topic_block <= 1
        and r.mentions
        and r.block.kind != BlockKind.HEADING
    ):
        r.props = topic_events(r.sentence, r.mentions, r.cause_topic, r.view)
        r.told = bool(r.props)


def _open_condition(r: Reading) -> None:
    assert r.block is not None
    if not r.props and r.block.kind != BlockKind.HEADING:
        opened = open_condition(r.sentence, r.mentions, r.view)
        if opened is not None:
            r.cause_topic, r.topic_block = opened, r.block.index


def _provisional(r: Reading) -> None:
    assert r.block is not None
    if not r.props and r.had_cue and not r.mentions and r.block.kind != BlockKind.HEADING:
        # nothing the lexicon knows: a topic it does not cover, so name both sides provisionally
        found = provisional_props(r.sentence, r.mentions, r.view, r.lexicon, r.provisional, r.sold)
        if found is not None:
            r.props, r.carry_next, r.view = found


def _open_frame(r: Reading) -> None:
    if r.had_cue and not r.props:
        r.fragment_frame = open_frame(r.sentence, r.mentions, r.view)
    elif r.had_cue or not r.props:
        r.fragment_frame = None  # a frame lasts over fragments that fill it, no further
    if r.fragment_frame is not None and r.fragment_frame.items_are_subjects and REASONS.search(r.sentence):
        r.reasons_frame = r.fragment_frame


def _findings(r: Reading) -> None:
    if not r.props and r.findings_only is not None:
        r.props = use_propositions(r.sentence, r.mentions, r.view)


def _chain(r: Reading) -> None:
    r.props = continue_chain(r.props, r.chain_from, r.sentence, r.lexicon)


def _condition_of_cause(r: Reading) -> None:
    if r.props:
        r.props = [*r.props, *condition_of_cause(r.sentence, r.mentions, r.props, r.view)]


def _elliptic(r: Reading) -> None:
    if r.chain_from and r.in_block:
        r.props = [*r.props, *elliptic(r.sentence, r.mentions, r.chain_from, r.view)]


def _cause_topic(r: Reading) -> None:
    assert r.block is not None
    r.chain_from = [] if r.told else r.props
    causes = [
        p.subject
        for p in r.props
        if p.relation == Relation.CAUSES and not p.negated and r.view.concepts[p.subject].kind not in INTERVENTION_KINDS
    ]
    if causes and not r.told:
        r.block_causes += causes
        r.cause_topic, r.topic_block = max(dict.fromkeys(causes), key=causes.count), r.block.index
    r.in_block = True


def _pointers(r: Reading, block: Block) -> tuple[list[Citation], list[Citation]]:
    """What the sentence cites (in its words, its links, or by pointing into the reference list), and the web pages
    the rest of its paragraph points to. A study cited one sentence over may back another claim, so only the
    sentence's own citations can make it research; its paragraph's links to web pages can make it a web reference."""
    in_block = r.citations_by_block.get(block.index, [])
    own = [c.citation for c in in_block if c.start < r.end and c.end > r.start]
    own += pointed_references(r.sentence, r.references)
    paragraph = [c.citation for c in in_block if not (c.start < r.end and c.end > r.start)]
    if block.index not in r.block_pointers:  # the same for every sentence of the paragraph: read it once
        r.block_pointers[block.index] = pointed_references(block.text, r.references)
    paragraph += r.block_pointers[block.index]
    cited = {c.id: c for c in own}
    pages = {c.id: c for c in paragraph if not c.is_research and c.id not in cited}
    return list(cited.values()), list(pages.values())


def _claims(r: Reading) -> None:
    block = r.block
    assert block is not None
    r.carry = r.carry_next or r.carry
    if not r.props:
        if r.had_cue and block.kind != BlockKind.HEADING:
            phrases = missing_phrases(r.sentence, r.mentions, r.lexicon)
            r.unresolved.append(Unresolved(block.line_at(r.start), r.sentence, phrases))
        return
    source = r.document.source
    citations, paragraph_pages = _pointers(r, block)
    for prop in r.props:
        intervention = prop.subject if r.view.concepts[prop.subject].kind in INTERVENTION_KINDS else None
        interest, interest_reason = commercial_interest(source, intervention, r.view)
        call = classify_evidence(r.sentence, source, citations, r.previous_evidence, interest, paragraph_pages)
        r.claims.append(
            make_claim(
                source,
                block,
                r.start,
                r.end,
                r.sentence,
                prop,
                intervention,
                call,
                interest,
                interest_reason,
                citations,
                r.seen_ids,
                r.view,
            )
        )
    r.previous_evidence = call


SENTENCE_RULES: tuple[tuple[str, Rule], ...] = (
    ("mentions", _mentions),
    ("topic", _topic),
    ("own_products", _own_products),
    ("anaphora", _anaphora),
    ("relations", _relations),
    ("lead_in", _lead_in),
    ("fragment", _fragment),
    ("these_methods", _these_methods),
    ("next_reason", _next_reason),
    ("spelled_out", _spelled_out),
    ("condition_clause", _condition_clause),
    ("topic_events", _topic_events),
    ("open_condition", _open_condition),
    ("provisional", _provisional),
    ("open_frame", _open_frame),
    ("findings", _findings),
    ("chain", _chain),
    ("condition_of_cause", _condition_of_cause),
    ("elliptic", _elliptic),
    ("cause_topic", _cause_topic),
    ("claims", _claims),
)
