"""The closed vocabularies of the data contract: kinds, relations, strengths, verdicts and agreements.

Each value is part of the published contract (users filter and script against them), so a value is never renamed.
``model`` builds its records from these and re-exports them; they live apart so the records stay readable.
"""

from __future__ import annotations

import datetime
import re
from enum import StrEnum

_ISO_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")
# A date up to a day ahead of this machine's is today somewhere on Earth; beyond that it is a typing error.
_FUTURE_SLACK = datetime.timedelta(days=1)


def check_iso_date(value: str) -> str:
    """A real calendar date, as YYYY, YYYY-MM or YYYY-MM-DD, and not in the future: "2031-13-45" is a typing error,
    and a source from the future would pass every currency check."""
    match = _ISO_DATE.match(value)
    if match is None:
        raise ValueError(f"{value!r} is not a date: write it as YYYY-MM-DD (or YYYY-MM, or YYYY)")
    year, month, day = int(match["year"]), int(match["month"] or 1), int(match["day"] or 1)
    try:
        date = datetime.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a calendar date ({exc}): write it as YYYY-MM-DD") from None
    if date > datetime.datetime.now(datetime.UTC).date() + _FUTURE_SLACK:
        raise ValueError(f"{value!r} is in the future: check the year")
    return value


class SourceKind(StrEnum):
    """Who publishes a source, which tells how far to trust its claims."""

    VENDOR = "vendor"
    CLINIC = "clinic"
    BLOG = "blog"
    NEWS = "news"
    PATIENT_EDUCATION = "patient_education"
    RESEARCH = "research"
    OTHER = "other"


class ConceptKind(StrEnum):
    """The role a concept plays in claims."""

    CONDITION = "condition"
    FACTOR = "factor"
    MECHANISM = "mechanism"
    INTERVENTION = "intervention"
    PRODUCT = "product"


class Relation(StrEnum):
    """What a claim says the subject does to the object."""

    CAUSES = "causes"
    PREVENTS = "prevents"
    TREATS = "treats"
    WORSENS = "worsens"
    ASSOCIATED_WITH = "associated_with"


class Verdict(StrEnum):
    """What a research finding reports on its question, read as a systematic reviewer reads it.

    Only findings (a research source's results and conclusions) carry one. A null is its own verdict, never a
    benefit and never proof of no effect; "evidence is limited or of low quality" is another, whatever verb the
    sentence uses ("insoles may reduce back pain, on low-quality evidence")."""

    BENEFIT = "benefit"  # an intervention helped, or prevented
    HARM = "harm"  # an intervention made things worse
    NO_DIFFERENCE = "no_difference"  # no significant effect or difference: not shown, and not disproved
    INSUFFICIENT = "insufficient"  # too little, or too weak, evidence to say either way
    ASSOCIATION = "association"  # a factor went with the outcome
    NO_ASSOCIATION = "no_association"  # no significant link found: not shown, and not disproved


class Strength(StrEnum):
    """Strength of the language of a claim (Yu et al. 2019)."""

    DIRECT_CAUSAL = "direct_causal"
    CONDITIONAL_CAUSAL = "conditional_causal"
    CORRELATIONAL = "correlational"
    NONE = "none"


class EvidenceType(StrEnum):
    """What backs a claim, best first (the order is used for ranking)."""

    CITED_RESEARCH = "cited_research"
    NAMED_STUDY = "named_study"
    WEB_REFERENCE = "web_reference"
    RESEARCH_APPEAL = "research_appeal"
    EXPERT_OPINION = "expert_opinion"
    TESTIMONIAL = "testimonial"
    MARKETING = "marketing"
    ASSERTION = "assertion"

    @property
    def rank(self) -> int:
        """0 for the best evidence; lower is better."""
        return _EVIDENCE_RANK[self]

    @property
    def is_research(self) -> bool:
        """True for evidence that points at a study (traceable or named)."""
        return self in (EvidenceType.CITED_RESEARCH, EvidenceType.NAMED_STUDY)


# Rank by declaration order, looked up rather than searched: claims are sorted by it in every list.
_EVIDENCE_RANK = {evidence: rank for rank, evidence in enumerate(EvidenceType)}


class Origin(StrEnum):
    """Where a claim record came from."""

    EXTRACTED = "extracted"
    REVIEWED = "reviewed"
    MANUAL = "manual"


class StudyDesign(StrEnum):
    """Design of a research source, used for its level of evidence."""

    SYSTEMATIC_REVIEW = "systematic_review"
    META_ANALYSIS = "meta_analysis"
    RANDOMISED_TRIAL = "randomised_trial"
    COHORT = "cohort"
    CASE_CONTROL = "case_control"
    CROSS_SECTIONAL = "cross_sectional"
    CASE_SERIES = "case_series"
    NARRATIVE = "narrative"
    OTHER = "other"


class ContradictionBasis(StrEnum):
    """How two assertions disagree: the first two cannot both be right; the last two can, and are shown apart."""

    NEGATION = "negation"  # one denies, or finds no effect of, what the other asserts
    OPPOSITE_EFFECT = "opposite_effect"  # help and harm claimed for the same outcome
    TENSION = "tension"  # help on one outcome, harm on a related other: both may hold
    STUDIES_DIFFER = "studies_differ"  # a finding against a null of other research: both may hold


# Disagreements that cannot both be right, as against tensions and differing studies, shown apart.
REAL_CONTRADICTIONS = frozenset({ContradictionBasis.NEGATION, ContradictionBasis.OPPOSITE_EFFECT})


class Agreement(StrEnum):
    """How a research finding bears on a web claim about the same concepts."""

    CONSISTENT = "consistent"
    CONTRADICTED = "contradicted"
    INCONCLUSIVE = "inconclusive"  # the research found too little to say, or a null a denial cannot rest on
    MIXED = "mixed"


class OverreachKind(StrEnum):
    """Ways a claim goes beyond its research (after Sumner et al., BMJ 2014)."""

    CAUSAL_FROM_ASSOCIATION = "causal_from_association"
    LINK_NOT_FOUND = "link_not_found"
    EFFECT_NOT_FOUND = "effect_not_found"
    CERTAINTY_BEYOND_RESEARCH = "certainty_beyond_research"
