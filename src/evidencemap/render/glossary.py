"""The glossary page: every badge and term the site shows, in words a patient knows, each at its own anchor.

Badges and terms on every other page link here (``glossary.html#<anchor>``) and carry the short form of the same
explanation as their title, so a reader is one tap from what "SMD" or "evidence level 2" means. The labels come
from ``vocabulary.py``, the one place the pages take them from, so the glossary cannot name a badge differently.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidencemap.render.page import Page
from evidencemap.render.view import MapView
from evidencemap.vocabulary import (
    AGREEMENT_HELP,
    AGREEMENT_WHOLE,
    DESIGN_LABELS,
    EVIDENCE_HELP,
    EVIDENCE_LABELS,
    KIND_LABELS,
    OVERREACH_LABELS,
    STRENGTH_HELP,
    STRENGTH_LABELS,
    VERDICT_HELP,
    VERDICT_LABELS,
)


@dataclass(frozen=True, slots=True)
class Term:
    """One entry: its anchor, the words the site shows, and what they mean."""

    anchor: str
    term: str
    meaning: str


KIND_HELP = {
    "vendor": "a business that sells a product or service the article is about",
    "clinic": "a practice of clinicians (a chiropractor, a podiatrist) writing for patients; it sells care",
    "blog": "a personal or company blog that is neither a shop nor a clinic",
    "news": "a newspaper, magazine or news site",
    "patient_education": "a health body's page for patients, such as NIH, NHS or MedlinePlus",
    "research": "a study published in a journal: the research the other sources can be checked against",
    "other": "any other publisher",
}
OVERREACH_HELP = {
    "causal_from_association": "the claim says one thing causes another, where the studies found only that they "
    "go together",
    "link_not_found": "the claim says two things are linked, where the studies looked for that link and did not "
    "find it",
    "effect_not_found": "the claim promises a benefit that trials tested and did not find (no significant effect)",
    "certainty_beyond_research": "the claim is stated as certain, where the studies were hedged or found it only "
    "possible",
}
DESIGN_HELP = {
    "systematic_review": "a study of all the studies on one question, found and appraised by a set method",
    "meta_analysis": "a systematic review that pools the numbers of its studies into one estimate",
    "randomised_trial": "people are assigned at random to a treatment or a comparison, the fairest test of a "
    "treatment (RCT)",
    "cohort": "a group of people followed over time, to see who develops what",
    "case_control": "people with a condition are compared with people without it, looking back for causes",
    "cross_sectional": "one snapshot of a group: it can show that two things go together, not which came first",
    "case_series": "reports on a few patients, with no comparison group",
    "narrative": "an expert's review or opinion, without a set method for finding studies",
    "other": "a design the map does not classify",
}
# Terms of the study pages and figures that no label table holds.
STUDY_TERMS = (
    Term(
        "evidence-level",
        "Evidence level (Oxford CEBM)",
        "How far a study's design can be trusted to answer its question, from 1 (best: systematic reviews of "
        "trials) to 5 (expert opinion), after the Oxford Centre for Evidence-Based Medicine. A lower number is "
        "stronger evidence.",
    ),
    Term(
        "significant",
        "Significant, not significant",
        "Whether a result is unlikely to be chance alone (usually: P under 0.05, or a 95% confidence interval "
        "that leaves out “no difference”). “Not significant” means the study could not tell an effect from "
        "chance; it does not prove there is no effect.",
    ),
    Term("p-value", "P (P value)", "The chance of a result at least this large if there were really no effect."),
    Term(
        "ci",
        "CI (confidence interval)",
        "The range in which the true value probably lies (95% CI: with 95% confidence). A narrow range is a "
        "precise estimate.",
    ),
    Term(
        "or",
        "OR (odds ratio), RR (risk ratio), HR (hazard ratio)",
        "How much more likely something is in one group than in another: 1 means no difference, 2 twice as "
        "likely, 0.5 half as likely.",
    ),
    Term(
        "smd",
        "SMD (standardised mean difference), MD (mean difference)",
        "How far apart two groups' average results are (for example pain scores). An SMD of 0.2 is small, 0.5 "
        "moderate, 0.8 large.",
    ),
)
SOURCE_TERMS = (
    Term(
        "jama",
        "JAMA benchmarks",
        "Four marks of a trustworthy health page (Silberg et al., JAMA 1997): it names its authors, cites its "
        "sources, discloses who owns or pays for it, and dates its content.",
    ),
    Term(
        "sellers-interest",
        "Seller’s interest",
        "The source sells what the claim is about (a product, a device, a treatment), so it gains if you believe it.",
    ),
    Term(
        "provisional",
        "Provisional concept",
        "A name the map took from the article's own words because its list of concepts did not have it yet; "
        "a curator has not checked it.",
    ),
    Term(
        "disagreement",
        "Disagreement",
        "Two sources say opposite things about the same concepts: one that X relieves Y and one that it does not, "
        "or one that X relieves Y and one that it worsens it.",
    ),
)


def glossary_sections() -> list[tuple[str, list[Term]]]:
    """The glossary's sections, each with its terms, in the order a reader meets them on a claim page."""
    return [
        ("What backs a claim", [Term(f"ev-{k.value}", v, EVIDENCE_HELP[k]) for k, v in EVIDENCE_LABELS.items()]),
        ("Who publishes it", [Term(f"kind-{k.value}", v, KIND_HELP[k.value]) for k, v in KIND_LABELS.items()]),
        (
            "Strength of language",
            [Term(f"strength-{k}", v, STRENGTH_HELP[k]) for k, v in STRENGTH_LABELS.items()],
        ),
        ("What research says", [Term(f"agree-{k}", v, AGREEMENT_HELP[k]) for k, v in AGREEMENT_WHOLE.items()]),
        ("What a study found", [Term(f"verdict-{k}", v, VERDICT_HELP[k]) for k, v in VERDICT_LABELS.items()]),
        (
            "Stronger than the research",
            [Term(f"overreach-{k}", v, OVERREACH_HELP[k]) for k, v in OVERREACH_LABELS.items()],
        ),
        (
            "Studies and their numbers",
            [
                *[Term(f"design-{k.value}", v.capitalize(), DESIGN_HELP[k.value]) for k, v in DESIGN_LABELS.items()],
                *STUDY_TERMS,
            ],
        ),
        ("Reading a source", list(SOURCE_TERMS)),
    ]


def glossary_page(view: MapView) -> list[Page]:
    """The glossary, one page for the whole site; it depends on no source, so it is made once."""
    return [Page("glossary.html", "glossary.html", {"title": "Glossary", "sections": glossary_sections()})]
