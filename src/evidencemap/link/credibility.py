"""Source credibility by the JAMA benchmarks (Silberg, Lundberg & Musacchio 1997).

Four plain questions a reader can check on any web page: who wrote it
(authorship), what it rests on (attribution), who owns or pays for it
(disclosure) and when it was written (currency). We add what the publisher
sells, because a seller's claims about its own product are marketing.
"""

from __future__ import annotations

from evidencemap.content.lexicon import Lexicon
from evidencemap.model import Citation, Credibility, Criterion, Source, SourceKind


def assess(source: Source, citations: list[Citation], lexicon: Lexicon) -> Credibility:
    """Score one source on the four JAMA benchmarks, each with its reason."""
    names = source.authors or ([source.author] if source.author else [])
    if names:
        authorship = Criterion(met=True, reason=f"written by {', '.join(names)}")
    elif source.kind == SourceKind.RESEARCH and source.publisher:
        # Reviews by groups (Cochrane review groups, guideline panels) name the group, not people.
        authorship = Criterion(met=True, reason=f"written by a named group: {source.publisher}")
    else:
        authorship = Criterion(met=False, reason="no author is named")
    traceable = sum(1 for c in citations if c.traceable)
    if source.kind == SourceKind.RESEARCH and (source.doi or source.pmid or (source.venue and source.year)):
        attribution = Criterion(met=True, reason="a published study with a traceable record")
    elif traceable:
        attribution = Criterion(
            met=True, reason=f"{len(citations)} references, {traceable} traceable (DOI, PMID or full reference)"
        )
    elif citations:
        attribution = Criterion(met=False, reason=f"{len(citations)} references, none traceable to a study")
    else:
        attribution = Criterion(met=False, reason="cites no sources")
    disclosure = _disclosure(source, lexicon)
    date = source.updated or source.published or (str(source.year) if source.year else None)
    currency = Criterion(met=bool(date), reason=f"dated {date}" if date else "no date of writing or update")
    score = sum(c.met for c in (authorship, attribution, disclosure, currency))
    return Credibility(
        authorship=authorship,
        attribution=attribution,
        disclosure=disclosure,
        currency=currency,
        score=score,
        sells=list(source.sells),
    )


def _disclosure(source: Source, lexicon: Lexicon) -> Criterion:
    """Who pays, and does the source say so. A study is judged on its own funding and conflicts statement, not on
    whether a publisher is named; a web page on what it sells, named in the map or shown on the page itself."""
    if source.disclosure:
        return Criterion(met=True, reason=f"states: {source.disclosure}")
    if source.kind == SourceKind.RESEARCH:
        if source.funding:
            return Criterion(met=True, reason=f"states its funding or interests: “{source.funding}”")
        return Criterion(met=False, reason="states neither its funding nor its authors' conflicts of interest")
    sold = [lexicon.concepts[c].label if c in lexicon.concepts else c for c in source.sells]
    if sold:
        return Criterion(met=False, reason=f"sells {', '.join(sold)} and states no interests")
    if source.selling_signs:
        shown = ", ".join(f"“{sign}”" for sign in source.selling_signs)
        return Criterion(met=False, reason=f"sells on the page itself ({shown}) and states no interests")
    if source.publisher:
        return Criterion(
            met=True, reason=f"published by {source.publisher}, which shows no selling and sells nothing in this map"
        )
    return Criterion(met=False, reason="the publisher is not named")
