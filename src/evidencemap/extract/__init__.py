"""Stage 2, extract: one Document in, its claims and citations out.

``extract`` is a pure function of a document and a lexicon: no I/O, no global
state, no clock. That makes it cacheable by content hash and safe to run in
parallel over processes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from evidencemap.document import Block, BlockKind, Document
from evidencemap.extract.citations import FoundCitation, find_citations
from evidencemap.extract.claims import Proposition, propositions, sentence_links
from evidencemap.extract.cues import ANAPHORA, EXTRACTOR_VERSION, Direction
from evidencemap.extract.evidence import EvidenceCall, classify_evidence
from evidencemap.extract.findings import finding_blocks, parse_figures, use_propositions
from evidencemap.extract.sentences import split_sentences
from evidencemap.lexicon import Lexicon
from evidencemap.model import Citation, Claim, ConceptKind, Location, Relation, Source, SourceKind, Strength

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


@dataclass(frozen=True, slots=True)
class _LeadFrame:
    """The open slot of a list's lead-in: "... are caused by the following:"."""

    relation: Relation
    known: list[str]
    items_are_subjects: bool
    negated: bool


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
    chain_from: list[Proposition] = []  # the claims of the previous sentence, for "This leads to ..."
    for block in document.blocks:
        if block.kind in (BlockKind.CODE,) or block.index in reference_blocks:
            continue
        if findings_only is not None and block.index not in findings_only:
            continue
        if block.kind == BlockKind.HEADING:
            carry = []
            chain_from = []
        frame, lead_subjects = None, []
        if block.lead_in is not None:
            if block.lead_in not in lead_ins:
                lead_ins[block.lead_in] = (_lead_frame(document, block, lexicon), _lead_subjects(document, block, lexicon))
            frame, lead_subjects = lead_ins[block.lead_in]
        previous_evidence = None
        for start, end in split_sentences(block.text):
            sentence = block.text[start:end]
            if sentence.rstrip().endswith("?") and not _answered_yes(document, block):
                continue
            mentions = lexicon.find(sentence)
            props, carry_next, had_cue = propositions(sentence, mentions, lexicon, carry, lead_subjects)
            if not props and frame is not None and mentions:
                props = _fill_frame(frame, [m.concept for m in mentions], lexicon)
            if not props and findings_only is not None:
                props = use_propositions(sentence, mentions, lexicon)
            props = _continue_chain(props, chain_from, sentence, lexicon)
            chain_from = props
            if not props:
                if had_cue and block.kind != BlockKind.HEADING:
                    unresolved.append(Unresolved(block.line_at(start), sentence))
                carry = carry_next or carry
                continue
            carry = carry_next or carry
            sentence_citations = [c.citation for c in citations_by_block.get(block.index, []) if c.start < end and c.end > start]
            for prop in props:
                intervention = prop.subject if lexicon.concepts[prop.subject].kind in _INTERVENTION_KINDS else None
                interest, interest_reason = _commercial_interest(source, intervention, lexicon)
                call = classify_evidence(sentence, source, sentence_citations, previous_evidence, interest, has_web_references)
                claims.append(_claim(source, block, start, end, sentence, prop, intervention, call, interest, interest_reason, sentence_citations, seen_ids, lexicon))
            previous_evidence = call
    return Extraction(source, tuple(claims), tuple(item.citation for item in found), tuple(unresolved))


def _claim(source: Source, block: Block, start: int, end: int, sentence: str, prop: Proposition, intervention: str | None,
           call: EvidenceCall, interest: bool, interest_reason: str | None, citations: list[Citation], seen_ids: dict[str, int], lexicon: Lexicon) -> Claim:
    """Assemble a Claim record with a stable id."""
    key = f"{sentence}|{prop.subject}|{prop.relation.value}|{prop.object}|{prop.negated}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    count = seen_ids.get(digest, 0)
    seen_ids[digest] = count + 1
    claim_id = f"{source.id}-{digest}" + (f"-{count + 1}" if count else "")
    treatment = prop.relation in (Relation.TREATS, Relation.PREVENTS)
    return Claim(
        id=claim_id, source=source.id, quote=sentence,
        location=Location(block=block.index, line=block.line_at(start), start=start, end=end),
        subject=prop.subject, relation=prop.relation, object=prop.object, negated=prop.negated, mechanism=prop.mechanism,
        cause=None if treatment else prop.subject, intervention=intervention, outcome=prop.object,
        strength=prop.strength, evidence=call.evidence, evidence_reason=call.reason,
        commercial_interest=interest, commercial_reason=interest_reason, citations=[c.id for c in citations],
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
    return False, None


_YES = re.compile(r"^\s*(?:yes|absolutely|definitely|certainly|indeed)\b", re.IGNORECASE)


def _answered_yes(document: Document, block: Block) -> bool:
    """A question (an FAQ heading) whose answer starts "Yes." asserts what it asks."""
    following = document.blocks[block.index + 1] if block.index + 1 < len(document.blocks) else None
    return following is not None and following.kind != BlockKind.HEADING and bool(_YES.match(following.text))


def _continue_chain(props: list[Proposition], previous: list[Proposition], sentence: str, lexicon: Lexicon) -> list[Proposition]:
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
            if prop.object in middle or prop.object == root or (root, prop.object) in seen or lexicon.comparable(root, prop.object):
                continue
            seen.add((root, prop.object))
            mechanism = list(dict.fromkeys(middle + [m for m in prop.mechanism if m not in middle]))
            out.append(Proposition(root, prop.relation, prop.object, prop.negated, prop.strength, mechanism))
    return out or props


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


def _lead_frame(document: Document, block: Block, lexicon: Lexicon) -> _LeadFrame | None:
    """For a list item: a lead-in relation with one side open, which the items fill."""
    if block.lead_in is None:
        return None
    lead = document.blocks[block.lead_in]
    for start, end in reversed(split_sentences(lead.text)):
        sentence = lead.text[start:end]
        mentions = lexicon.find(sentence)
        for link in sentence_links(sentence, mentions):
            if bool(link.subjects) == bool(link.objects):
                continue
            direction = link.cue.cue.direction
            if link.subjects:
                return _LeadFrame(link.cue.cue.relation, link.subjects, False, link.cue.cue.negated)
            if link.objects:
                relation = link.cue.cue.relation
                offers = relation in (Relation.TREATS, Relation.PREVENTS) and all(
                    lexicon.concepts[c].kind in _INTERVENTION_KINDS for c in link.objects)
                return _LeadFrame(relation, link.objects, direction != Direction.BETWEEN and not offers, link.cue.cue.negated)
    return None


def _fill_frame(frame: _LeadFrame, concepts: list[str], lexicon: Lexicon) -> list[Proposition]:
    """Claims of a list item that names only the open side of its lead-in."""
    props: list[Proposition] = []
    for concept in dict.fromkeys(concepts):
        for known in frame.known:
            subject, obj = (concept, known) if frame.items_are_subjects else (known, concept)
            if subject == obj or lexicon.comparable(subject, obj):
                continue
            if frame.relation != Relation.ASSOCIATED_WITH and lexicon.concepts[obj].kind in _INTERVENTION_KINDS:
                continue
            strength = Strength.CORRELATIONAL if frame.relation == Relation.ASSOCIATED_WITH else Strength.DIRECT_CAUSAL
            props.append(Proposition(subject, frame.relation, obj, frame.negated, strength))
    return props
