"""Appraise a research source: its design, its Oxford CEBM level, and the caveats a reader needs.

Front matter may state the design; when it does not (an abstract pasted in
with ``add``), the design is read from the title and the Methods of a
structured abstract, never from the Background, which describes other work.
The level follows the OCEBM 2011 table for "does this intervention help?"
(Howick et al., Oxford Centre for Evidence-Based Medicine), since treatment and
risk claims are what web articles make. Caveats are weaknesses visible in the
text itself (no placebo arm, a wait-list comparison, one time point), shown
beside the study's findings wherever they are cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidencemap.content.document import Block, BlockKind
from evidencemap.content.sections import Section, sections
from evidencemap.model import Appraisal, SourceMeta, StudyDesign

# OCEBM 2011, "Does this intervention help? (treatment benefits)".
_LEVELS: dict[StudyDesign, tuple[int | None, str]] = {
    StudyDesign.SYSTEMATIC_REVIEW: (1, "level 1: a systematic review of trials"),
    StudyDesign.META_ANALYSIS: (1, "level 1: a systematic review with meta-analysis of trials"),
    StudyDesign.RANDOMISED_TRIAL: (2, "level 2: a randomised trial"),
    StudyDesign.COHORT: (3, "level 3: a cohort (follow-up) study, not randomised"),
    StudyDesign.CASE_CONTROL: (4, "level 4: a case-control study"),
    StudyDesign.CROSS_SECTIONAL: (4, "level 4: a cross-sectional study, one point in time"),
    StudyDesign.CASE_SERIES: (4, "level 4: a case series"),
    StudyDesign.NARRATIVE: (5, "level 5: opinion or mechanism-based reasoning"),
    StudyDesign.OTHER: (None, "no level: the design is not one the OCEBM table ranks"),
}
SCHEME = "Oxford CEBM 2011"

# Most specific first: a "cross-sectional analysis of a cohort" is cross-sectional; a review of trials is a review.
_DESIGN_RULES: tuple[tuple[StudyDesign, re.Pattern[str]], ...] = (
    (StudyDesign.META_ANALYSIS, re.compile(r"\bmeta-?analys[ie]s\b|\bpooled (?:analysis|estimate)", re.IGNORECASE)),
    (
        StudyDesign.SYSTEMATIC_REVIEW,
        re.compile(
            (
                r"\bsystematic(?:ally)? review|\bcochrane review\b|\bwe searched\b|\bsearches? (?:of|ran|to|were|"
                r"was)\b|\bliterature searches\b"
            ),
            re.IGNORECASE,
        ),
    ),
    (
        StudyDesign.RANDOMISED_TRIAL,
        re.compile(
            (
                # "randomised, double-blind, placebo-controlled, crossover trial": any number of modifiers
                r"\brandomi[sz]ed\b(?:[\s,]+(?:and\s+)?[\w-]+){0,8}?[\s,]+(?:trial|study)\b|\brandomly "
                r"(?:assigned|allocated)\b|\brandomi[sz]ed to\b|\bRCT\b"
            ),
            re.IGNORECASE,
        ),
    ),
    (StudyDesign.CASE_CONTROL, re.compile(r"\bcase[- ]control\b", re.IGNORECASE)),
    (StudyDesign.CROSS_SECTIONAL, re.compile(r"\bcross[- ]sectional\b|\bprevalence survey\b", re.IGNORECASE)),
    (StudyDesign.COHORT, re.compile(r"\bcohort\b|\blongitudinal\b|\bprospective(?:ly)? follow", re.IGNORECASE)),
    (StudyDesign.CASE_SERIES, re.compile(r"\bcase (?:series|reports?)\b", re.IGNORECASE)),
    (
        StudyDesign.NARRATIVE,
        re.compile(
            r"\bnarrative review\b|\breview of the literature\b|\bcommentary\b|\beditorial\b|\bexpert opinion\b",
            re.IGNORECASE,
        ),
    ),
)

# Caveats read from the text: (pattern, designs it applies to or None for all, what a reader should know).
_NO_PLACEBO = re.compile(
    (
        r"\bno (?:sham|placebo)(?:\s+or\s+(?:sham|placebo))?\s+(?:arm|group|control|condition)|\bwithout (?:a "
        r")?(?:sham|placebo)|\bnot (?:placebo|sham)[- ]controlled"
    ),
    re.IGNORECASE,
)
_MENTIONS_PLACEBO = re.compile(r"\b(?:sham|placebo)\b", re.IGNORECASE)
_NO_CARE_CONTROL = re.compile(r"\bwait[- ]?list\b|\bno (?:care|treatment|intervention)\b|\busual care\b", re.IGNORECASE)
_SINGLE_SITE = re.compile(
    r"\b(?:single|one)[- ](?:centre|center|site|clinic)\b|\bat a (?:single )?(?:[\w-]+ ){0,3}(?:clinic|hospital)\b",
    re.IGNORECASE,
)
_WEAK_POOL = re.compile(
    (
        r"\b(?:few|a small number of|only (?:one|two|three|\d) )(?:randomi[sz]ed )?(?:trials|studies)\b|\b(?:trials|"
        r"studies) (?:were|are) few\b|\b(?:very low|low|moderate|poor)[- ](?:methodological )?quality\b|"
        r"\bmethodological quality was (?:low|moderate|poor)\b"
    ),
    re.IGNORECASE,
)
_SHORT_FOLLOW_UP = re.compile(r"\b(?:at|after|over|for) (?P<weeks>\d{1,2}) weeks\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DesignCall:
    """A design and the words it was read from."""

    design: StudyDesign
    reason: str


def detect_design(title: str, blocks: tuple[Block, ...] | list[Block]) -> DesignCall | None:
    """The study design named in the title or the Methods of a structured abstract, or None."""
    where = sections(blocks)
    methods = [b.text for b in blocks if where.get(b.index) == Section.METHODS and b.kind != BlockKind.HEADING]
    unlabelled = [b.text for b in blocks if b.index not in where and b.kind != BlockKind.HEADING]
    for place, texts in (("title", [title]), ("Methods", methods), ("text", unlabelled)):
        for design, pattern in _DESIGN_RULES:
            for text in texts:
                match = pattern.search(text)
                if match:
                    return DesignCall(design, f"read from the {place}: “{match.group(0)}”")
    return None


def appraise(meta: SourceMeta, blocks: tuple[Block, ...] | list[Block]) -> tuple[StudyDesign | None, Appraisal]:
    """Design (given or detected), OCEBM level and visible caveats of a research source."""
    if meta.design is not None:
        design: StudyDesign | None = meta.design
        detected, reason = False, "stated in the front matter"
    else:
        call = detect_design(meta.title, blocks)
        design = call.design if call else None
        detected, reason = call is not None, call.reason if call else "no design named in the title or Methods"
    if design is None:
        level, level_reason = None, "no level: the design is unknown"
    else:
        level, level_reason = _LEVELS[design]
    appraisal = Appraisal(
        design_detected=detected,
        design_reason=reason,
        level=level,
        level_reason=f"{SCHEME} {level_reason}",
        caveats=[*meta.limitations, *_caveats(design, blocks)],
    )
    return design, appraisal


def _caveats(design: StudyDesign | None, blocks: tuple[Block, ...] | list[Block]) -> list[str]:
    """Weaknesses of a study that its own text shows (Methods and Results; not the Background)."""
    where = sections(blocks)
    text = " ".join(
        b.text
        for b in blocks
        if where.get(b.index, Section.METHODS) in (Section.METHODS, Section.RESULTS) and b.kind != BlockKind.HEADING
    )
    found: list[str] = []
    if design == StudyDesign.RANDOMISED_TRIAL:
        if _NO_PLACEBO.search(text):
            found.append("No placebo or sham arm: benefit cannot be separated from expectation and attention.")
        elif not _MENTIONS_PLACEBO.search(text):
            found.append("No placebo or sham arm is described: benefit may not be separable from expectation.")
        if _NO_CARE_CONTROL.search(text):
            found.append("Compared with no care (wait-list or usual care), not with another active treatment.")
        weeks = [int(m.group("weeks")) for m in _SHORT_FOLLOW_UP.finditer(text)]
        if weeks and max(weeks) <= 12:
            found.append(f"Short follow-up: outcomes measured at {max(weeks)} weeks.")
        if _SINGLE_SITE.search(text):
            found.append("A single site: results may not carry over to other settings.")
    elif design in (StudyDesign.SYSTEMATIC_REVIEW, StudyDesign.META_ANALYSIS):
        weak = _WEAK_POOL.search(text)
        if weak:
            found.append(
                f"The review's own words on its trials: “{weak.group(0)}”. Few or weak trials make the pooled "
                f"answer uncertain."
            )
    elif design == StudyDesign.CROSS_SECTIONAL:
        found.append(
            "Cross-sectional: exposure and outcome measured at one time, so it shows association, not cause, nor "
            "which came first."
        )
    elif design in (StudyDesign.COHORT, StudyDesign.CASE_CONTROL):
        found.append("Observational: it can show association; confounding may explain it.")
    elif design == StudyDesign.CASE_SERIES:
        found.append("No comparison group: it cannot show that the intervention caused any change.")
    return found
