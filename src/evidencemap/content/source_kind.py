"""Infer what kind of publisher a source is when its front matter does not say.

The kind decides how a reader should weigh a source's claims, so the guess
always comes with its reason, shown on the source page.
"""

from __future__ import annotations

import re

from evidencemap.model import SourceKind, SourceMeta

_RULES: tuple[tuple[SourceKind, re.Pattern[str], str], ...] = (
    (
        SourceKind.RESEARCH,
        re.compile(
            r"^\s*(?:background|objectives?|methods?|results?|conclusions?)\s*[:\n]", re.IGNORECASE | re.MULTILINE
        ),
        "the text is a structured abstract (Background/Methods/Results/Conclusions)",
    ),
    (
        SourceKind.VENDOR,
        re.compile(
            r"\b(?:shop now|add to cart|buy now|money[- ]back guarantee|free shipping|checkout|pay in installments)\b",
            re.IGNORECASE,
        ),
        "the page sells something (shop, cart or guarantee wording)",
    ),
    (
        SourceKind.CLINIC,
        re.compile(
            (
                r"\b(?:schedule an appointment|book an appointment|our clinic|our practice|chiropractor|"
                r"physiotherapy clinic|podiatry clinic|call our office)\b"
            ),
            re.IGNORECASE,
        ),
        "the page promotes a clinical practice (appointment or clinic wording)",
    ),
    (
        SourceKind.NEWS,
        re.compile(r"\b(?:reporter|correspondent|news desk|press release|updated on)\b", re.IGNORECASE),
        "the page reads as news (reporter or news-desk wording)",
    ),
    (
        SourceKind.PATIENT_EDUCATION,
        re.compile(
            r"\b(?:patient information|patient education|information for patients|nhs|medlineplus)\b", re.IGNORECASE
        ),
        "the page presents itself as patient information",
    ),
)


def infer_kind(meta: SourceMeta, text: str) -> tuple[SourceKind, str]:
    """Guess the kind of a source from its front matter and text, with the reason."""
    if meta.doi or meta.pmid or meta.design is not None:
        return SourceKind.RESEARCH, "front matter gives a DOI, PMID or study design"
    if meta.sells:
        return SourceKind.VENDOR, f"front matter says the publisher sells {', '.join(meta.sells)}"
    for kind, pattern, reason in _RULES:
        if pattern.search(text):
            return kind, reason
    if meta.author:
        return SourceKind.BLOG, "an authored article with no sign of selling or of a clinic"
    return SourceKind.OTHER, "nothing in the front matter or text tells what kind of publisher this is"
