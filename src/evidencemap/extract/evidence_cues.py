"""Evidence wording, kept as data: the phrases that tell what a sentence rests on.

"A 2019 study by ...", "research shows", "in my experience": each row names
the kind of evidence its phrase appeals to and why, for a reader to see. A new
way of appealing to evidence is a new row here, never a phrase in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidencemap.model import EvidenceType


@dataclass(frozen=True, slots=True)
class EvidenceCue:
    """A phrase that tells what kind of evidence a sentence rests on."""

    pattern: re.Pattern[str]
    evidence: EvidenceType
    reason: str


def _ev(regex: str, evidence: EvidenceType, reason: str) -> EvidenceCue:
    return EvidenceCue(re.compile(regex, re.IGNORECASE), evidence, reason)


# Sentence-level evidence cues, best evidence first.
EVIDENCE_CUES: tuple[EvidenceCue, ...] = (
    _ev(
        r"\b(?:a|an|one|the|another|this|that|recent|new|large)\s+(?:\d{4}\s+|recent\s+|large\s+|new\s+|small\s+)*"
        r"(?:study|studies|article|trial|review|paper|survey|meta-analysis|analysis|report)\s+(?:\w+\s+){0,2}?"
        r"(?:by|published|in|from|of|conducted)\b",
        EvidenceType.NAMED_STUDY,
        "names a study without a traceable reference",
    ),
    _ev(
        r"\b(?:journal of|the lancet|bmj\b|jama\b|spine journal)",
        EvidenceType.NAMED_STUDY,
        "names a journal without a traceable reference",
    ),
    _ev(
        r"\b(?:research|studies|science|scientists|evidence|researchers|experts|clinical practice|the literature)\s+"
        r"(?:has |have |had |now |also |clearly |consistently )*"
        r"(?:shown|show|shows|showed|demonstrates?|demonstrated|found|finds|suggests?|suggested|indicates?|indicated|"
        r"identified|proves?|proven|confirms?|confirmed|underscores?|supports?)\b",
        EvidenceType.RESEARCH_APPEAL,
        "appeals to research without naming it",
    ),
    _ev(
        r"\b(?:modern science|current research|recent research|scientific research|studies|it is now understood|"
        r"science underscores|according to (?:research|science|studies))\b",
        EvidenceType.RESEARCH_APPEAL,
        "appeals to research without naming it",
    ),
    _ev(
        r"\bin my (?:\d+ years (?:of|in) (?:practice|experience)|experience|practice|clinical experience|opinion)\b|"
        r"\bI (?:always |strongly )?recommend\b|\bI(?:’|')ve been in practice\b|\bI have (?:seen|found|treated)\b|"
        r"\bmy patients\b",
        EvidenceType.EXPERT_OPINION,
        "the author's own experience or opinion",
    ),
)

# First-person praise: inside a vendor's page it is a testimonial.
FIRST_PERSON = re.compile(r"\b(?:I|I’ve|I've|I’m|I'm|my|me)\b")

# Sales language: guarantees, calls to buy, superlatives about one's own product.
MARKETING = re.compile(
    r"\b(?:shop now|buy now|order now|add to cart|money[- ]back|guarantee[ds]?|risk[- ]free|free shipping|discount|"
    r"% off|"
    r"our (?:footwear|insoles|products?|shoes|device|orthotics|clinic|treatment)|we make|we offer|best for)\b",
    re.IGNORECASE,
)
