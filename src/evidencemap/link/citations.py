"""Citations resolved to the map's own research: a web page that cites a study of the map points at its page.

A citation resolves by DOI or PMID first, then by first author, year and
title words, because web pages cite studies in every style. A claim whose
source cites a resolved study in its sentence is backed by traceable research.
"""

from __future__ import annotations

import re
from collections import defaultdict

from evidencemap.content.identifiers import trim_doi
from evidencemap.link.research import study_name
from evidencemap.model import (
    Citation,
    Claim,
    EvidenceType,
    Source,
    SourceKind,
)


def _surname(name: str) -> str:
    """The family name in "Menz HB", "Menz, H. B.", "H. B. Menz" or "Menz"."""
    name = name.strip()
    if "," in name:
        return name.split(",")[0].strip().lower()
    parts = [p for p in name.replace(".", " ").split() if p]
    if not parts:
        return ""
    # "Menz HB": initials follow the surname; "Hylton B. Menz": the surname comes last.
    if len(parts) > 1 and parts[-1].isupper() and len(parts[-1]) <= 3:
        return parts[0].lower()
    return parts[-1].lower()


def _words(text: str | None) -> set[str]:
    """Content words of a title, for matching titles written with different punctuation or case."""
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if len(w) > 3}


def _title_matches(a: str | None, b: str | None) -> bool:
    """Two titles name the same work: most content words of the shorter are in the longer."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.7 * min(len(wa), len(wb))


def _doi_key(doi: str) -> str:
    """A DOI as a lookup key: DOIs are case-insensitive; closing punctuation around it is not part of it."""
    return trim_doi(doi).lower()


def _traceable_source(source: Source) -> bool:
    """A research source a reader can find: DOI, PMID, or authors + year + venue."""
    return bool(source.doi or source.pmid or (source.authors and source.year and source.venue))


def resolve_citations(citations: list[Citation], sources: list[Source]) -> list[Citation]:
    """Point citations at the research sources of this map they name: DOI, PMID, or first author + year + title.

    A citation that resolves is traceable only if the source it resolves to is:
    a study of this map with no identifier a reader could use makes nothing
    traceable.
    """
    research = [s for s in sources if s.kind == SourceKind.RESEARCH]
    by_doi = {_doi_key(s.doi): s for s in research if s.doi}
    by_pmid = {s.pmid: s for s in research if s.pmid}
    by_author_year: dict[tuple[str, int], list[Source]] = defaultdict(list)
    for s in research:
        if s.authors and s.year:
            by_author_year[(_surname(s.authors[0]), s.year)].append(s)
    resolved: list[Citation] = []
    for citation in citations:
        target: Source | None = None
        if citation.doi and _doi_key(citation.doi) in by_doi:
            target = by_doi[_doi_key(citation.doi)]
        elif citation.pmid and citation.pmid in by_pmid:
            target = by_pmid[citation.pmid]
        elif citation.authors and citation.year:
            candidates = by_author_year.get((_surname(citation.authors[0]), citation.year), [])
            titled = [s for s in candidates if _title_matches(citation.title or citation.text, s.title)]
            target = titled[0] if len(titled) == 1 else None
        if target is not None and target.id != citation.source:
            citation = citation.model_copy(
                update={
                    "resolves_to": target.id,
                    "traceable": citation.traceable or _traceable_source(target),
                    "is_research": True,
                }
            )
        resolved.append(citation)
    return resolved


def cite_resolved_research(claims: list[Claim], citations: list[Citation], sources: dict[str, Source]) -> list[Claim]:
    """A web claim citing a study of this map that a reader can trace is ``cited_research``; nothing else becomes it."""
    by_id = {c.id: c for c in citations}
    upgraded: list[Claim] = []
    for claim in claims:
        cited = [by_id[c] for c in claim.citations if c in by_id]
        traced = [c for c in cited if c.resolves_to and c.traceable and c.is_research]
        if (
            traced
            and claim.evidence != EvidenceType.CITED_RESEARCH
            and sources.get(claim.source)
            and sources[claim.source].kind != SourceKind.RESEARCH
        ):
            study = sources[traced[0].resolves_to]
            claim = claim.model_copy(
                update={
                    "evidence": EvidenceType.CITED_RESEARCH,
                    "evidence_reason": f"cites {study_name(study)}, a study in this map",
                }
            )
        upgraded.append(claim)
    return upgraded
