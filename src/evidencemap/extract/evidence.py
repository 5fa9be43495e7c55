"""Decide what backs a claim, from its sentence, its paragraph and its source.

The order of the checks is the order of trust: research the source reports
itself, a traceable citation, a named study, an appeal to research, personal
experience, the seller's own pitch, links to web pages, and finally a bare
assertion. Every decision carries a reason a reader can check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidencemap.extract.evidence_cues import EVIDENCE_CUES, FIRST_PERSON, MARKETING
from evidencemap.model import Citation, EvidenceType, Source, SourceKind

# A sentence that leans on the one before ("However, ...", "This means ...").
CONTINUES_PREVIOUS = re.compile(
    r"^\s*(?:however|this|these|that|such|also|moreover|furthermore|in fact|instead|and|but|likewise|similarly|"
    r"in addition)\b",
    re.IGNORECASE,
)
# A finding reported as more of the same, wherever it stands: "Strengthening them has also shown ...".
ALSO_REPORTED = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:also|further|likewise)\s+(?:been\s+)?(?:shown|demonstrated|found|reported)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class EvidenceCall:
    """An evidence type and why it was chosen."""

    evidence: EvidenceType
    reason: str


def classify_evidence(
    sentence: str,
    source: Source,
    citations: list[Citation],
    previous: EvidenceCall | None,
    sells_subject: bool,
    paragraph_pages: list[Citation],
) -> EvidenceCall:
    """Classify the evidence behind a claim made in ``sentence``; ``citations`` are what the sentence itself cites,
    ``paragraph_pages`` the web pages the rest of its paragraph points to."""
    if source.kind == SourceKind.RESEARCH:
        return EvidenceCall(EvidenceType.CITED_RESEARCH, "a finding the study reports itself")
    traceable = [c for c in citations if c.traceable and c.is_research]
    if traceable:
        return EvidenceCall(EvidenceType.CITED_RESEARCH, f"cites {traceable[0].text}")
    named = [c for c in citations if c.is_research and not c.traceable]
    if named:
        return EvidenceCall(EvidenceType.NAMED_STUDY, f"names a study that cannot be traced: “{named[0].text}”")
    for cue in EVIDENCE_CUES:
        match = cue.pattern.search(sentence)
        if match is None:
            continue
        if cue.evidence == EvidenceType.EXPERT_OPINION and source.kind == SourceKind.VENDOR:
            return EvidenceCall(
                EvidenceType.TESTIMONIAL, f"a first-person endorsement on the seller's own page (“{match.group(0)}”)"
            )
        return EvidenceCall(cue.evidence, f"{cue.reason} (“{match.group(0)}”)")
    if (
        source.kind == SourceKind.VENDOR
        and FIRST_PERSON.search(sentence)
        and re.search(r"\b(?:I|I’ve|I've|I’m|I'm)\b", sentence)
    ):
        return EvidenceCall(EvidenceType.TESTIMONIAL, "a first-person endorsement on the seller's own page")
    if (
        previous is not None
        and previous.evidence.rank <= EvidenceType.RESEARCH_APPEAL.rank
        and (CONTINUES_PREVIOUS.match(sentence) or ALSO_REPORTED.search(sentence))
    ):
        return EvidenceCall(previous.evidence, f"continues the previous sentence, which {previous.reason}")
    if source.kind == SourceKind.VENDOR and sells_subject:
        return EvidenceCall(EvidenceType.MARKETING, "the seller's claim about what it sells")
    marketing = MARKETING.search(sentence)
    if marketing and source.kind in (SourceKind.VENDOR, SourceKind.CLINIC):
        return EvidenceCall(EvidenceType.MARKETING, f"sales language (“{marketing.group(0)}”)")
    if citations:
        return EvidenceCall(EvidenceType.WEB_REFERENCE, f"links to a web page: {citations[0].text}")
    if source.kind == SourceKind.CLINIC and FIRST_PERSON.search(sentence):
        return EvidenceCall(EvidenceType.EXPERT_OPINION, "the clinician-author speaking for themself")
    if paragraph_pages:
        page = paragraph_pages[0].text
        return EvidenceCall(EvidenceType.WEB_REFERENCE, f"its paragraph points to a web page: {page}")
    return EvidenceCall(EvidenceType.ASSERTION, "stated without any support")
