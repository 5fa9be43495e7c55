"""What render hands out about a page before rendering it, and how much one page lists.

A page is its path, its template and its context; the code that decides
whether a page must be rendered at all (``incremental``) reads this record and
calls back into render only for the pages it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

RELATED = 20  # claims listed per side of a disagreement, or answered by a finding, on a claim page
MAX_LISTED_STUDIES = 8  # study cards beside one claim or on one concept page, best level first
MAX_LISTED_DISAGREEMENTS = 5  # disagreements listed on a claim page (each with up to RELATED claims); the rest linked
MAX_LISTED_CLAIMS = 60  # claims listed on a concept page; the rest are one filter away in the claim list


@dataclass(frozen=True, slots=True)
class Paging:
    """How long the site's paged lists are: rows per page of the claim list and of the source list.

    A row of the claim list is a claim with all its repeats (``claim_groups``), a card on a phone: 25 of them keep a
    page of the list a few screens long on a phone. Filters reach every page of it through its ``claims/rows-N.js``
    scripts, whatever the length; each script holds ``claim_rows_per_script`` rows, so a filter on a map of many
    thousand rows loads tens of scripts, not hundreds."""

    claims_per_page: int = 25
    claim_rows_per_script: int = 500
    sources_per_page: int = 200


@dataclass(frozen=True, slots=True)
class Page:
    """A page to render: its output path, template and context (or a function making it, for pages that may be reused).

    ``inputs``, when given, makes what the page is a function of, for its
    fingerprint, more cheaply than the context (a source page's article is
    rendered from its document, which the inputs name by its content hash)."""

    path: str
    template: str
    context: dict[str, Any] | Callable[[], dict[str, Any]]
    inputs: Callable[[], dict[str, Any]] | None = None

    def make_context(self) -> dict[str, Any]:
        """The page's context, made now when it is made by a function."""
        return self.context() if callable(self.context) else self.context

    def make_inputs(self) -> dict[str, Any]:
        """What the page is a function of: its ``inputs`` when it has them, else its context."""
        return self.inputs() if self.inputs else self.make_context()


@dataclass(frozen=True, slots=True)
class Shared:
    """A part of a page's inputs that many pages share, named by ``key``: a fingerprint need read it once per build.

    Why: every claim page an assertion disagrees with lists the same claims
    of it; reading them once per build, not once per page, spares the
    fingerprints a pass over lists most pages share. ``key`` must name
    everything ``make`` reads that can differ. Render only says what is
    shared; the fingerprinter (``incremental.fingerprint``) remembers it."""

    key: Any
    make: Callable[[], Any]
