"""Find and parse citations: reference lists, DOIs, PMIDs, URLs, named studies.

A citation is *traceable* when a reader could find the work: it has a DOI or a
PMID, or authors, a year and a venue. Only traceable research can make a claim
``cited_research``; everything else is recorded too, so a reader sees what an
article points at and how little of it leads anywhere.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from evidencemap.content.document import Block, BlockKind, Document
from evidencemap.content.identifiers import trim_doi
from evidencemap.model import Citation

DOI = re.compile(
    r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s\"<>]+?)(?=[.,;)\]]?(?:\s|$))", re.IGNORECASE
)
PMID = re.compile(r"\bPMID:?\s*(\d{5,9})\b")
PUBMED_LINK = re.compile(r"//(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/(\d{5,9})\b")
URL = re.compile(r"https?://[^\s<>\"“”]+[^\s<>\"“”.,;:)\]]")
REFERENCE_HEADING = re.compile(
    r"^\s*(?:\d+\.\s*)?(?:references?|sources?|bibliography|citations?|works cited|further reading|literature|"
    r"studies cited|resources)\b",
    re.IGNORECASE,
)
# "Author. (2025). Title. Venue or URL" / "Author A, Author B (2013) Title. Venue"
REFERENCE_ENTRY = re.compile(r"^(?P<authors>[^()]{2,300}?)[.,]?\s*\((?P<year>(?:19|20)\d{2})[^)]*\)\.?\s*(?P<rest>.+)$")
NAMED_STUDY = re.compile(
    r"\b(?i:a|an|one|the)\s+(?P<year>(?:19|20)\d{2})\s+(?i:article|study|paper|review|trial)\s+by\s+"
    r"(?P<author>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3})"
    r"|\b(?i:a|an|one|the)\s+(?i:study|article|paper|trial|review)\s+published\s+in\s+(?:the\s+)?"
    r"(?P<venue>[A-Z][\w&’' -]+?)"
    r"(?=\s+(?:found|showed|shows|reported|noted|suggests?|concluded|demonstrated)\b|[,.]|$)"
)
SCHOLARLY_HOSTS = (
    "doi.org",
    "pubmed",
    "ncbi.nlm.nih.gov",
    "sciencedirect.com",
    "springer",
    "wiley.com",
    "bmj.com",
    "jamanetwork.com",
    "nature.com",
    "cochranelibrary.com",
    "academic.oup.com",
    "thelancet.com",
    "nejm.org",
    "tandfonline.com",
    "plos",
    "biomedcentral.com",
    "frontiersin.org",
    "mdpi.com",
    "sagepub.com",
    "journals.lww.com",
    "jospt.org",
    "archives-pmr.org",
)
VENUE_WORDS = re.compile(
    r"\b(?:journal|annals|archives|review|reviews|bulletin|proceedings|lancet|medicine|rheumatology|bmc|bmj|jama|"
    r"cochrane|spine|disorders|research|science)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FoundCitation:
    """A citation and the block/span where it stands."""

    citation: Citation
    block: int
    start: int
    end: int


def citation_id(source_id: str, text: str) -> str:
    """A stable id: the source, then a hash of the citation text."""
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{source_id}-ref-{digest}"


def reference_blocks(document: Document) -> set[int]:
    """Indices of blocks inside a reference-list section (under a References-like heading)."""
    inside: set[int] = set()
    section_level: int | None = None
    for block in document.blocks:
        if block.kind == BlockKind.HEADING:
            if REFERENCE_HEADING.match(block.text):
                section_level = block.level
                continue
            if section_level is not None and block.level <= section_level:
                section_level = None
        elif section_level is not None and _looks_like_reference(block):
            inside.add(block.index)
        elif REFERENCE_ENTRY.match(block.text) and (URL.search(block.text) or DOI.search(block.text)):
            # A bare reference list with no heading, as copied web pages often have.
            inside.add(block.index)
    return inside


def _looks_like_reference(block: Block) -> bool:
    """Inside a References section: list items, entries with a year or a link; not closing remarks."""
    if block.kind == BlockKind.LIST_ITEM:
        return True
    return bool(URL.search(block.text) or DOI.search(block.text) or REFERENCE_ENTRY.match(block.text))


def find_citations(document: Document) -> tuple[list[FoundCitation], set[int]]:
    """All citations of a document, and the blocks that are reference-list entries."""
    source_id = document.source.id
    references = reference_blocks(document)
    found: list[FoundCitation] = []
    seen: set[str] = set()
    for block in document.blocks:
        if block.kind == BlockKind.CODE:
            continue
        if block.index in references:
            bare_url = URL.fullmatch(block.text.strip())
            if bare_url and found and found[-1].citation.url is None and found[-1].block in references:
                # A title line followed by its link on a line of its own: one reference.
                previous = found[-1]
                merged = previous.citation.model_copy(
                    update={"url": bare_url.group(0), "is_research": _is_scholarly(bare_url.group(0))}
                )
                found[-1] = FoundCitation(merged, previous.block, previous.start, previous.end)
                continue
            citation = parse_reference(block.text, source_id, block.line)
            if citation.id not in seen:
                seen.add(citation.id)
                found.append(FoundCitation(citation, block.index, 0, len(block.text)))
            continue
        for item in _inline_citations(block, source_id):
            if item.citation.id not in seen:
                seen.add(item.citation.id)
                found.append(item)
    return found, references


def _inline_citations(block: Block, source_id: str) -> list[FoundCitation]:
    """DOIs, PMIDs, URLs, links and named studies inside running text (a URL that is a DOI's link counts once)."""
    dois = _dois(block, source_id)
    covered = [(item.start, item.end) for item in dois]
    urls = _urls(block, source_id, covered)
    written = covered + [(item.start, item.end) for item in urls]
    links = _links(block, source_id, written)
    return [*_named_studies(block, source_id), *dois, *_pmids(block, source_id), *urls, *links]


def _links(block: Block, source_id: str, written: list[tuple[int, int]]) -> list[FoundCitation]:
    """Markdown links to the web ("[a 2019 trial](https://doi.org/...)"), over the words they are set on; a link
    whose address is also written out in the text counts once."""
    items: list[FoundCitation] = []
    for start, end, href in block.links:
        if not href.lower().startswith(("http://", "https://")) or any(s < end and e > start for s, e in written):
            continue
        anchor = block.text[start:end].strip()
        text = href if anchor in ("", href) else f"{anchor} ({href})"
        reference = parse_reference(text, source_id, block.line_at(start)).model_copy(update={"url": href})
        pubmed = PUBMED_LINK.search(href)
        if pubmed and reference.pmid is None:  # a PubMed record's address names the paper as surely as its PMID
            reference = reference.model_copy(update={"pmid": pubmed.group(1), "traceable": True, "is_research": True})
        items.append(FoundCitation(reference, block.index, start, end))
    return items


# "[1]", "[2, 5]", "[3-4]"; "(1)" is too common in prose to count. Superscript numbers ("pain.²") count after a
# word or a stop, not after a unit ("kg/m²").
REFERENCE_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]|(?:(?<=[^\W\d_]{3})|(?<=[.,;:)]))([¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def pointed_references(text: str, references: list[Citation]) -> list[Citation]:
    """The entries of the article's reference list that ``text`` points to: by a number marker ("[2]", "[1-3]",
    "²"), or by naming the entry's author or site ("ABMP reports ...").

    A reference list backs only the sentences that point into it: an article that ends with links has not shown
    that each of its claims rests on one of them."""
    if not references:
        return []
    pointed: dict[str, Citation] = {}
    for match in REFERENCE_MARKER.finditer(text):
        for number in _marker_numbers(match.group(1) or match.group(2).translate(SUPERSCRIPTS)):
            if 1 <= number <= len(references):
                pointed.setdefault(references[number - 1].id, references[number - 1])
    for reference in references:
        if reference.authors and _names(reference.authors[0]).search(text):
            pointed.setdefault(reference.id, reference)
    return list(pointed.values())


PERSON = re.compile(r"^(?P<surname>[A-Z][\w’'-]{2,})(?:,)?\s+(?:[A-Z]\.?\s*){1,3}$")  # "Smith J", "Smith, J. K."
AS_AUTHOR = (  # what follows a surname used as an author's: "et al", "and colleagues", "’s", "(2019", ", 2019"
    r"(?:\s+et\s+al\b|\s+and\s+(?:colleagues|co-?workers|co-?authors)\b|[’']s\b|\s*\(\s*(?:19|20)\d{2}|,\s*(?:19|20)\d{2})"
)
NOTHING = re.compile(r"(?!)")


@functools.lru_cache(maxsize=4096)
def _names(author: str) -> re.Pattern[str]:
    """How a sentence names a reference's first author: a person by surname as an author ("Smith et al.",
    "Smith and colleagues", "Smith (2019)"), a body by its name as written ("ABMP", "Eye Care Blog": case kept,
    so the entry "Staff" is not the word "staff")."""
    person = PERSON.match(author.strip())
    if person:
        return re.compile(rf"(?<!\w){re.escape(person.group('surname'))}{AS_AUTHOR}")
    name = author.strip()
    if len(name) < 3 or not name[0].isupper():
        return NOTHING
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def _marker_numbers(marker: str) -> list[int]:
    """The numbers a marker names: "1, 3-5" is 1, 3, 4, 5 (ranges capped, so "[1-999]" cannot run away)."""
    numbers: list[int] = []
    for part in re.split(r"\s*,\s*", marker.strip()):
        ends = [int(n) for n in re.split(r"\s*[–-]\s*", part) if n.isdigit()]
        if len(ends) == 2 and 0 < ends[1] - ends[0] <= 20:
            numbers.extend(range(ends[0], ends[1] + 1))
        else:
            numbers.extend(ends)
    return numbers


def _named_studies(block: Block, source_id: str) -> list[FoundCitation]:
    """ "A 2019 study by Smith", "a study published in Spine": research named, never traceable from the name alone."""
    items: list[FoundCitation] = []
    for match in NAMED_STUDY.finditer(block.text):
        snippet = match.group(0)
        year = int(match.group("year")) if match.group("year") else None
        author = match.group("author")
        citation = Citation(
            id=citation_id(source_id, snippet),
            source=source_id,
            text=snippet,
            line=block.line_at(match.start()),
            authors=[author] if author else [],
            year=year,
            venue=match.group("venue"),
            traceable=False,
            is_research=True,
        )
        items.append(FoundCitation(citation, block.index, match.start(), match.end()))
    return items


def _dois(block: Block, source_id: str) -> list[FoundCitation]:
    """DOIs, bare or as doi.org links, each as its text wrote it."""
    items: list[FoundCitation] = []
    for match in DOI.finditer(block.text):
        doi = trim_doi(match.group(1))
        written = match.group(0)[: match.end(1) - match.start(0) - (len(match.group(1)) - len(doi))]
        citation = Citation(
            id=citation_id(source_id, doi),
            source=source_id,
            text=written,
            line=block.line_at(match.start()),
            doi=doi.lower(),
            url=f"https://doi.org/{doi}",
            traceable=True,
            is_research=True,
        )
        items.append(FoundCitation(citation, block.index, match.start(), match.end()))
    return items


def _pmids(block: Block, source_id: str) -> list[FoundCitation]:
    """PubMed ids ("PMID: 12345678")."""
    items: list[FoundCitation] = []
    for match in PMID.finditer(block.text):
        citation = Citation(
            id=citation_id(source_id, match.group(0)),
            source=source_id,
            text=match.group(0),
            line=block.line_at(match.start()),
            pmid=match.group(1),
            url=f"https://pubmed.ncbi.nlm.nih.gov/{match.group(1)}/",
            traceable=True,
            is_research=True,
        )
        items.append(FoundCitation(citation, block.index, match.start(), match.end()))
    return items


def _urls(block: Block, source_id: str, covered: list[tuple[int, int]]) -> list[FoundCitation]:
    """Links that start outside the ``covered`` spans; scholarly hosts count as research, though not traceable."""
    items: list[FoundCitation] = []
    for match in URL.finditer(block.text):
        if any(s <= match.start() < e for s, e in covered):
            continue
        url = match.group(0)
        citation = Citation(
            id=citation_id(source_id, url),
            source=source_id,
            text=url,
            line=block.line_at(match.start()),
            url=url,
            traceable=False,
            is_research=_is_scholarly(url),
        )
        items.append(FoundCitation(citation, block.index, match.start(), match.end()))
    return items


def parse_reference(text: str, source_id: str, line: int) -> Citation:
    """Parse one reference-list entry into a Citation record."""
    doi_match = DOI.search(text)
    pmid_match = PMID.search(text)
    url_match = URL.search(text)
    authors: list[str] = []
    year: int | None = None
    title: str | None = None
    venue: str | None = None
    entry = REFERENCE_ENTRY.match(text)
    if entry:
        authors = [
            a.strip(" .") for a in re.split(r",\s*(?:&\s*)?|\s+&\s+|\s+and\s+", entry.group("authors")) if a.strip(" .")
        ]
        year = int(entry.group("year"))
        rest = entry.group("rest")
        if url_match:
            rest = rest.replace(url_match.group(0), "")
        pieces = [p.strip() for p in re.split(r"(?<=[.?!])\s+", rest) if p.strip()]
        if pieces:
            title = pieces[0].rstrip(".")
        if len(pieces) > 1:
            candidate = pieces[1].rstrip(".")
            if VENUE_WORDS.search(candidate):
                venue = candidate
    doi = trim_doi(doi_match.group(1)).lower() if doi_match else None
    pmid = pmid_match.group(1) if pmid_match else None
    url = url_match.group(0) if url_match else (f"https://doi.org/{doi}" if doi else None)
    is_research = bool(doi or pmid or (url and _is_scholarly(url)) or venue)
    traceable = bool(doi or pmid or (authors and year and venue and is_research))
    return Citation(
        id=citation_id(source_id, text),
        source=source_id,
        text=text,
        line=line,
        url=url,
        doi=doi,
        pmid=pmid,
        authors=authors,
        year=year,
        title=title,
        venue=venue,
        traceable=traceable,
        is_research=is_research,
    )


def _is_scholarly(url: str) -> bool:
    """True for URLs that point at journals, PubMed or DOIs."""
    host = urlsplit(url).netloc.lower()
    path = url.lower()
    return any(h in host or h in path for h in SCHOLARLY_HOSTS)
