"""The data contract: every record that flows through the pipeline.

These pydantic models are the single definition of the data; the JSON Schema
published with the site (``data/evidence.schema.json``) is generated from
``EvidenceDataset``. Enumeration values are part of that contract: users filter
and script against them, so a value is never renamed.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

# The vocabularies live in kinds.py; every stage imports them from here, with the records.
from evidencemap.kinds import (
    Agreement,
    ConceptKind,
    ContradictionBasis,
    EvidenceType,
    Origin,
    OverreachKind,
    Relation,
    SourceKind,
    Strength,
    StudyDesign,
    Verdict,
    check_iso_date,
)

SCHEMA_VERSION = "1.1"

SLUG_PATTERN = r"^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=120)]

IsoDate = Annotated[str, AfterValidator(check_iso_date)]


def slugify(text: str, max_length: int = 80) -> str:
    """Turn any text into a URL- and file-safe slug (``a-z0-9-``).

    Slugs become file names in ``site/``, so nothing but ASCII letters, digits
    and single hyphens may survive, whatever the input.
    """
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or "untitled"


class Record(BaseModel):
    """Base of every published record: strict about unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class SourceMeta(Record):
    """The front matter of a source file, as an author writes it."""

    id: Slug | None = None
    title: str = Field(min_length=1, max_length=500)
    kind: SourceKind | None = None
    kind_reason: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    # Provenance written by 'evidencemap add' when it fetches a page: facts of the fetch, not the page's say-so.
    retrieved_from: str | None = Field(
        default=None, description="The address 'evidencemap add' fetched the page from (after redirects)."
    )
    retrieved: str | None = Field(default=None, description="When the page was fetched, YYYY-MM-DD (UTC).")
    # What a page says about itself: shown as its claims, never taken for the url or publisher above.
    claimed_url: str | None = Field(
        default=None, description="The address the page gives for itself (canonical link, og:url): unverified."
    )
    claimed_site_name: str | None = Field(
        default=None, description="The site name the page gives for itself (og:site_name): unverified."
    )
    sells: list[Slug] = Field(default_factory=list)
    published: IsoDate | None = Field(
        default=None, description="Publication date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)."
    )
    updated: IsoDate | None = None
    language: str = "en"
    disclosure: str | None = Field(default=None, description="The publisher's own statement of interests.")
    # Research sources
    authors: list[str] = Field(default_factory=list)
    year: int | None = Field(default=None, ge=1500, le=2200)
    venue: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    pmid: str | None = None
    design: StudyDesign | None = None
    population: str | None = None
    sample_size: int | None = Field(default=None, ge=0)
    limitations: list[str] = Field(
        default_factory=list, description="A curator's notes on the study's weaknesses, shown beside its findings."
    )


class Criterion(Record):
    """One credibility benchmark: whether it is met, and why we think so."""

    met: bool
    reason: str


class Appraisal(Record):
    """What kind of study a research source is, and how far its design lets it answer a question.

    The level follows the Oxford CEBM 2011 table for "does this intervention
    help?" (1 best, 5 mechanism-based reasoning). Caveats are weaknesses a
    reader should see beside the findings (no placebo arm, one time point).
    """

    design_detected: bool = Field(
        description="True when the design was read from the abstract, not given in front matter."
    )
    design_reason: str
    level: int | None = Field(default=None, ge=1, le=5)
    level_reason: str
    caveats: list[str] = Field(default_factory=list)


class Credibility(Record):
    """JAMA benchmarks (Silberg et al. 1997) plus what the publisher sells."""

    authorship: Criterion
    attribution: Criterion
    disclosure: Criterion
    currency: Criterion
    score: int = Field(ge=0, le=4)
    sells: list[str] = Field(default_factory=list)


class Source(SourceMeta):
    """A loaded source: its front matter completed by the loader."""

    id: Slug
    kind: SourceKind
    path: str = Field(description="Path of the source file, relative to the content folder.")
    credibility: Credibility | None = None
    appraisal: Appraisal | None = Field(default=None, description="Design and level of evidence, for research sources.")
    selling_signs: list[str] = Field(
        default_factory=list,
        description='Words on the page that sell ("Add to cart", "$24.99"), as read from its text.',
    )
    funding: str | None = Field(
        default=None, description="Research: the study's own statement of funding or conflicts, as read from its text."
    )


class Concept(Record):
    """A thing claims are about: a condition, a factor, a mechanism, an intervention or a product."""

    id: Slug
    label: str = Field(min_length=1, max_length=200)
    kind: ConceptKind
    aliases: list[str] = Field(default_factory=list)
    broader: Slug | None = None
    description: str | None = None
    desirable: bool = Field(
        default=False, description="A state one wants more of (mobility, balance): reducing it is harm."
    )
    provisional: bool = Field(default=False, description="Found in text but not in the lexicon yet.")
    number: Literal["singular", "plural"] | None = Field(
        default=None,
        description="Grammatical number of the label, where its form misleads (a brand name ending in s); "
        "inferred from the label when absent.",
    )


class Location(Record):
    """Where a quote sits in its source file."""

    block: int = Field(ge=0, description="Index of the Markdown block in the source.")
    line: int = Field(ge=1, description="1-based line in the source file.")
    start: int = Field(ge=0, description="Character offset of the quote in the block text.")
    end: int = Field(ge=0)


class Figure(Record):
    """A number a claim reports (odds ratio, P value, ...), verbatim, with what it says.

    ``significant`` is read from the figure itself: a 95% confidence interval
    that excludes the null value (1 for ratios, 0 for differences) or a P value
    under 0.05. None when the figure alone cannot tell.
    """

    kind: str = Field(description='OR, RR, HR, SMD, MD, P, times ("4.5 times more likely"), percent')
    text: str
    value: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    significant: bool | None = None


class Citation(Record):
    """A reference to other work, as it stands in a source."""

    id: Slug
    source: Slug
    text: str
    line: int = Field(ge=1)
    url: str | None = None
    doi: str | None = None
    pmid: str | None = None
    authors: list[str] = Field(default_factory=list)
    year: int | None = None
    title: str | None = None
    venue: str | None = None
    traceable: bool = Field(description="DOI, PMID, or authors + year + venue: a reader can find the work.")
    is_research: bool = Field(default=False, description="Points at a study rather than a web page.")
    resolves_to: Slug | None = Field(default=None, description="Id of the source in this map that is the cited work.")


class Claim(Record):
    """One typed claim: who says that what does what to what, backed by what."""

    id: Slug
    source: Slug
    quote: str = Field(min_length=1, description="Verbatim text from the source.")
    location: Location
    subject: Slug
    relation: Relation
    object: Slug
    negated: bool = False
    mechanism: list[Slug] = Field(
        default_factory=list, description="Concept ids of the chain between subject and object, in order."
    )
    cause: Slug | None = None
    intervention: Slug | None = None
    outcome: Slug | None = None
    strength: Strength
    evidence: EvidenceType
    evidence_reason: str = ""
    commercial_interest: bool = False
    commercial_reason: str | None = None
    citations: list[Slug] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    verdict: Verdict | None = Field(default=None, description="Research findings only: what the finding reports.")
    population: str | None = Field(
        default=None, description='Research findings only: the subgroup the finding holds for ("in women").'
    )
    comparator: str | None = Field(
        default=None, description='Research findings only: what it was compared with ("compared with no care").'
    )
    origin: Origin = Origin.EXTRACTED
    note: str | None = None


class Assertion(Record):
    """Claims from any number of sources that say the same thing."""

    id: Slug
    subject: Slug
    relation: Relation
    object: Slug
    negated: bool
    verdict: Verdict | None = Field(
        default=None, description="For research findings: the verdict they share (claims of other sources: none)."
    )
    population: str | None = Field(default=None, description="For research findings: the subgroup they share.")
    comparator: str | None = Field(default=None, description="For research findings: what they were compared with.")
    claims: list[Slug]
    sources: list[Slug]
    best_evidence: EvidenceType
    research_backed: bool = Field(description="At least one claim rests on research.")
    commercial_only: bool = Field(description="Every source asserting it sells the intervention.")
    supports: list[Slug] = Field(default_factory=list, description="Broader assertions this one bears out.")


class Contradiction(Record):
    """Two assertions from different sources that disagree."""

    id: Slug
    a: Slug
    b: Slug
    basis: ContradictionBasis
    summary: str


class ResearchMatch(Record):
    """A research finding that answers a web claim: same question, related concepts."""

    claim: Slug = Field(description="The web claim.")
    finding: Slug = Field(description="The claim of a research source.")
    study: Slug = Field(description="The research source.")
    agreement: Agreement = Field(description="consistent, contradicted or inconclusive (never mixed for one finding).")
    scope: str = Field(description="How the finding's concepts relate to the claim's, in words.")


class Overreach(Record):
    """A web claim stated more strongly than the research that answers it."""

    claim: Slug
    kind: OverreachKind
    findings: list[Slug]
    summary: str


class EvidenceDataset(Record):
    """The whole map, as published in ``data/evidence.json``."""

    schema_version: str = SCHEMA_VERSION
    title: str
    sources: list[Source]
    concepts: list[Concept]
    claims: list[Claim]
    citations: list[Citation]
    assertions: list[Assertion]
    contradictions: list[Contradiction]
    research_matches: list[ResearchMatch] = Field(default_factory=list)
    overreach: list[Overreach] = Field(default_factory=list)
