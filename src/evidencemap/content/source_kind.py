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


# Words by which a page sells what it talks about, whatever the lexicon knows of its products: a price, a cart, a
# guarantee, an order button. Each row is a phrase family, not one shop's wording.
SELLING_SIGNS = re.compile(
    r"(?:[$£€]\s?\d{1,5}(?:[.,]\d{2})?(?!\d))|"
    r"\b(?:add to (?:cart|basket|bag)|shop (?:now|today|our)|buy (?:now|today|one)|order (?:now|today|yours)|"
    r"money[- ]back guarantee|satisfaction guarantee|risk[- ]free trial|free shipping|free delivery|checkout|"
    r"subscribe and save|pay in (?:\d+ )?installments|use (?:code|coupon)|\d{1,2}% off)\b",
    re.IGNORECASE,
)
# A study's own statement of who paid for it and what its authors stand to gain.
FUNDING_STATEMENT = re.compile(
    r"\b(?:funded by|funding:|supported by (?:a )?grants?|grant (?:from|no)|sponsored by|conflicts? of interest|"
    r"competing interests?|declare(?:s|d)? no (?:conflicts?|competing)|no (?:conflicts?|competing interests?) "
    r"(?:of interest )?(?:to )?declare|received (?:fees|honoraria|funding))\b",
    re.IGNORECASE,
)


def selling_signs(text: str, most: int = 3) -> list[str]:
    """The first few distinct selling phrases on a page, as written ("Add to cart", "$24.99")."""
    found: list[str] = []
    for match in SELLING_SIGNS.finditer(text):
        phrase = match.group(0).strip()
        if phrase.lower() not in (f.lower() for f in found):
            found.append(phrase)
        if len(found) == most:
            break
    return found


def funding_statement(sentences: list[str]) -> str | None:
    """The first sentence in which a study says who funded it or what its authors' interests are."""
    return next((" ".join(s.split())[:240] for s in sentences if FUNDING_STATEMENT.search(s)), None)


# A study's identifiers on lines of their own, as abstracts copied from PubMed or a journal page carry them.
DOI_LINE = re.compile(
    r"^\s*(?:DOI|doi)\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?(?P<doi>10\.\d{4,9}/[^\s]+?)[.,;]?\s*$", re.M
)
PMID_LINE = re.compile(r"^\s*PMID\s*:?\s*(?P<pmid>\d{1,9})\b", re.M)


HEAD_LINES = 20  # where an abstract's identifiers stand; further down, a "doi:" line is a reference the page cites


def identifiers(text: str) -> dict[str, str]:
    """The DOI and PMID a text states on lines of their own near its top ("DOI: 10.1002/...", "PMID: 31234567")."""
    text = "\n".join(text.splitlines()[:HEAD_LINES])
    found = {}
    if doi := DOI_LINE.search(text):
        found["doi"] = doi.group("doi")
    if pmid := PMID_LINE.search(text):
        found["pmid"] = pmid.group("pmid")
    return found
