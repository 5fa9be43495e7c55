"""Where the reading of one document stands, as the sentence rules (rules.py) pass it on.

A document is read block by block and sentence by sentence. What a rule needs
from outside its sentence lives in one record, ``Reading``, under three spans
of memory: the document's (the claims so far, the section's topic, the cause a
narrative is about), the block's (a paragraph's or list item's frames, the
sentence it just read) and the sentence's own (its mentions, and the claims the
rules have found in it so far).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidencemap.content.document import Block, BlockKind, Document
from evidencemap.content.lexicon import Lexicon, Mention
from evidencemap.extract.anaphora import heading_topic
from evidencemap.extract.citations import FoundCitation, find_citations
from evidencemap.extract.claims import Proposition
from evidencemap.extract.evidence import EvidenceCall
from evidencemap.extract.findings import finding_ranges
from evidencemap.extract.frames import lead_blocks, lead_frame, lead_subjects
from evidencemap.extract.records import Extraction, LeadFrame, Unresolved
from evidencemap.model import Citation, Claim, Concept

_YES = re.compile(r"^\s*(?:yes|absolutely|definitely|certainly|indeed)\b", re.IGNORECASE)


@dataclass(slots=True)
class Reading:
    """What each sentence rule reads, and what it leaves for the rules and sentences after it."""

    # the document, for the whole reading
    document: Document
    lexicon: Lexicon
    view: Lexicon  # the lexicon plus this document's provisional concepts, once it has any
    sold: set[str]  # what the source sells
    citations: list[FoundCitation]
    reference_blocks: set[int]
    citations_by_block: dict[int, list[FoundCitation]]
    references: list[Citation]  # the reference list's entries, in order: what "[2]" or a named author points to
    findings_only: dict[int, list[tuple[int, int]]] | None  # a research paper's findings, by block: only they claim
    leads: dict[int, int]  # which block introduces each list item or heading
    lead_ins: dict[int, tuple[LeadFrame | None, list[str]]] = field(default_factory=dict)  # one reading per lead-in
    claims: list[Claim] = field(default_factory=list)
    block_pointers: dict[int, list[Citation]] = field(default_factory=dict)  # what each paragraph points into, once
    unresolved: list[Unresolved] = field(default_factory=list)
    seen_ids: dict[str, int] = field(default_factory=dict)
    provisional: dict[str, Concept] = field(default_factory=dict)
    carry: list[str] = field(default_factory=list)  # what the previous sentence ended on, for "This ..."
    chain_from: list[Proposition] = field(default_factory=list)  # the previous sentence's claims: "This leads to"
    topic: str | None = None  # the condition the current section's heading names, for "this condition"
    cause_topic: str | None = None  # the cause the text is currently about, for events told without it
    topic_block: int = -2  # the paragraph that named it: a topic lasts into the next paragraph, no further
    # the block: a paragraph, list item or heading
    block: Block | None = None
    frame: LeadFrame | None = None  # the open slot of the block's lead-in
    lead_subjects: list[str] = field(default_factory=list)  # what the lead-in names ("Key benefits of FoosFoot:")
    previous_evidence: EvidenceCall | None = None  # the evidence call of the block's last claim
    fragment_frame: LeadFrame | None = None  # "X is blamed on the usual suspects. Poor posture. Weak core."
    reasons_frame: LeadFrame | None = None  # "Several reasons can cause X. One is A. ... Another is B."
    named_before: list[tuple[str, str]] = field(default_factory=list)  # the previous sentence's mentions
    in_block: bool = False  # whether chain_from comes from this block
    block_causes: list[str] = field(default_factory=list)  # subjects of this block's causal claims, in order
    # the sentence
    sentence: str = ""
    start: int = 0
    end: int = 0
    mentions: list[Mention] = field(default_factory=list)
    said_before: list[tuple[str, str]] = field(default_factory=list)  # named_before, as this sentence found it
    props: list[Proposition] = field(default_factory=list)  # the claims found in the sentence so far
    carry_next: list[str] = field(default_factory=list)  # what the sentence ends on, for the next "This ..."
    had_cue: bool = False  # whether the sentence holds a relation cue
    told: bool = False  # claims read from the topic: no chain runs on from them

    @classmethod
    def of(cls, document: Document, lexicon: Lexicon) -> Reading:
        """The reading of ``document`` before its first block."""
        found, reference_blocks = find_citations(document)
        citations_by_block: dict[int, list[FoundCitation]] = {}
        for item in found:
            citations_by_block.setdefault(item.block, []).append(item)
        return cls(
            document=document,
            lexicon=lexicon,
            view=lexicon,
            sold=set(document.source.sells),
            citations=found,
            reference_blocks=reference_blocks,
            citations_by_block=citations_by_block,
            references=[i.citation for i in found if i.block in reference_blocks],
            findings_only=finding_ranges(document),
            leads=lead_blocks(document),
        )

    def enter_block(self, block: Block) -> bool:
        """Start reading ``block``; False for a block that makes no claims (code, references, outside findings)."""
        if block.kind in (BlockKind.CODE,) or block.index in self.reference_blocks:
            return False
        if self.findings_only is not None and block.index not in self.findings_only:
            return False
        self.block = block
        if block.kind == BlockKind.HEADING:
            self.carry = []
            self.chain_from = []
            self.cause_topic = None
            self.topic = heading_topic(block, self.lexicon)
        self.frame, self.lead_subjects = None, []
        lead = self.leads.get(block.index)
        if lead is not None:
            if lead not in self.lead_ins:
                self.lead_ins[lead] = (
                    lead_frame(self.document.blocks[lead], self.lexicon),
                    lead_subjects(self.document, block, self.lexicon),
                )
            self.frame, self.lead_subjects = self.lead_ins[lead]
        self.previous_evidence = None
        self.fragment_frame = None
        self.reasons_frame = None
        self.named_before = []
        self.in_block = False
        self.block_causes = []
        return True

    def begin_sentence(self, start: int, end: int) -> bool:
        """Start reading the block's sentence at [start, end); False for a question its answer does not assert."""
        assert self.block is not None
        if self.findings_only is not None:
            inside = [(low, high) for low, high in self.findings_only[self.block.index] if low < end and start < high]
            if not inside:
                return False  # Background or Methods inside the same paragraph as the Results
            start = max(start, inside[0][0])  # an inline label ("RESULTS: ") is not part of the quote
        sentence = self.block.text[start:end]
        if sentence.rstrip().endswith("?") and not answered_yes(self.document, self.block):
            return False
        self.sentence, self.start, self.end = sentence, start, end
        self.mentions, self.said_before, self.props, self.carry_next = [], [], [], []
        self.had_cue = self.told = False
        return True

    def end_block(self) -> None:
        """The block's topic, for the narrative after it: the cause it names most often; of equals, the last."""
        if self.block_causes and self.block is not None:
            causes = self.block_causes
            self.cause_topic, self.topic_block = (
                max(reversed(list(dict.fromkeys(causes))), key=causes.count),
                self.block.index,
            )

    def extraction(self) -> Extraction:
        """What the document yielded, with the provisional concepts its claims use."""
        claims = self.claims
        used = {c.subject for c in claims} | {c.object for c in claims} | {m for c in claims for m in c.mechanism}
        kept = tuple(self.provisional[cid] for cid in sorted(self.provisional) if cid in used)
        return Extraction(
            self.document.source,
            tuple(claims),
            tuple(item.citation for item in self.citations),
            tuple(self.unresolved),
            kept,
        )


def answered_yes(document: Document, block: Block) -> bool:
    """A question (an FAQ heading) whose answer starts "Yes." asserts what it asks."""
    following = document.blocks[block.index + 1] if block.index + 1 < len(document.blocks) else None
    return following is not None and following.kind != BlockKind.HEADING and bool(_YES.match(following.text))
