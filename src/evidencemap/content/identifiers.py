"""Identifiers of studies as people write them in running text.

Extraction reads DOIs out of articles and linking matches them to the map's
research sources; both must trim them alike or a citation never resolves.
"""

from __future__ import annotations


def trim_doi(doi: str) -> str:
    """A DOI as written in running text, without the punctuation that closes the sentence or bracket around it.

    "(Smith 2019. doi:10.1000/fai.2019.1)." ends the DOI at "1": a trailing "." "," or ";" is never part of it, nor is
    a ")" or "]" its own text does not open ("10.1016/0002-9149(89)90624-7" keeps its brackets)."""
    doi = doi.strip().rstrip(".,;")
    while doi and doi[-1] in ")]" and doi.count(doi[-1]) > doi.count("(" if doi[-1] == ")" else "["):
        doi = doi[:-1].rstrip(".,;")
    return doi
