"""Lists of claims as pages show them: one template call per list, each item rendered once per folder.

A claim's list item is the same on every page of a folder (its links are
made alike there), and a large map asks for the same items some 200,000
times, so items are kept and joined as plain strings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Protocol

from jinja2 import Environment
from markupsafe import Markup

from evidencemap.model import Claim
from evidencemap.render.claim_groups import ClaimGroup
from evidencemap.render.environment import Links
from evidencemap.render.view import MapView

# Where a claim list item's block of other sources saying it word for word goes, in the item kept for reuse. Text in an
# item is escaped, so "<" there comes from the theme's markup alone: no claim or source can put this tag in an item.
VERBATIM_SLOT = Markup("<evidencemap-verbatim-slot>")
# Claim list items kept for reuse, in two turns of this many: an item asked for again is carried into the current turn.
# Bounded, as most items are shown once (a source's own claims); the few thousand shown on many pages stay.
ITEMS_KEPT = 8192


class PartStore(Protocol):
    """Where rendered parts of pages may be kept between builds (``incremental.fragments``): render only asks.

    ``get`` gives the part ``part`` of ``page`` made from ``inputs``: kept from
    an earlier build if it was made from equal inputs, else ``make()``."""

    def get(self, page: str, part: str, inputs: Any, make: Callable[[], str]) -> str: ...


class ClaimLists:
    """The claim lists of every page of one map, with their items kept per folder (``items``, ``rows``)."""

    def __init__(self, env: Environment, view: MapView, links: Links, parts: PartStore | None) -> None:
        self.env = env
        self.view = view
        self.links = links
        self.parts = parts
        self._items: dict[tuple[Any, ...], Markup] = {}
        self._items_before: dict[tuple[Any, ...], Markup] = {}
        # What a claim's list item shows but its source (``shown_by_item``), as one number for each distinct showing:
        # claims of equal numbers are grouped in lists (``items``).
        self._showing_numbers: dict[tuple[Any, ...], int] = {}
        self._showing_of: dict[str, int] = {}  # claim id -> the number of what its item shows

    @functools.cached_property
    def macros(self) -> Any:
        """The module of templates/macros.html, made once: its macros are called for every claim list."""
        return self.env.get_template("macros.html").module

    def _kept_item(self, key: tuple[Any, ...], make: Callable[..., str], *args: Any) -> Markup:
        """A part of a claim list, ``make(*args)``, kept per ``key``, which ends with the page's folder: the part is
        the same on every page of a folder, where its links are made alike.

        Kept in two turns of ITEMS_KEPT: an item not asked for again since the last turn is dropped. Asked for some
        200,000 times in a build of 1,000 sources, so callers build the key whole and pass ``make`` its arguments
        rather than a closure."""
        item = self._items.get(key)
        if item is None:
            item = self._items_before.pop(key, None)
            if item is None:
                item = Markup(make(*args))
            self._items[key] = item
            if len(self._items) >= ITEMS_KEPT:
                self._items_before, self._items = self._items, {}
        return item

    def _slotted_item(self, claim: Claim, show_source: bool) -> Markup:
        """The list item of ``claim`` (templates/macros.html claim_item), with VERBATIM_SLOT where its block of
        other sources saying it word for word goes: one item serves the claim alone and heading a group."""
        return self._kept_item(
            (claim.id, show_source, self.links.folder), self.macros.claim_item, claim, show_source, VERBATIM_SLOT
        )

    def _verbatim_block(self, claims: list[Claim]) -> Markup:
        """The block listing ``claims`` as made word for word by other sources: a row each, made once per folder."""
        return self._kept_item(
            (tuple([c.id for c in claims]), "verbatim", self.links.folder), self._make_verbatim_block, claims
        )

    def _make_verbatim_block(self, claims: list[Claim]) -> str:
        folder, row = self.links.folder, self.macros.verbatim_row
        rows = "".join([self._kept_item((c.id, "row", folder), row, c) for c in claims])
        return self.macros.verbatim_sources(claims, Markup(rows))

    def items(self, claims: list[Claim], show_source: bool = True, web_only: bool = False) -> Markup:
        """The list items of ``claims``, joined: one template call for a whole list (``web_only``: leave out research).

        Claims other sources make word for word (the same quote, the same
        claim, as strongly, with the same research mark: ``shown_by_item``)
        are listed once, at the place of the first, with a short row for
        each of the others under it: syndicated articles and vendors copying
        one another's pages otherwise fill a list with one quote twenty times,
        and the reader should see at a glance who repeats whom. A second claim
        of one source in the same words adds nothing to the list and is left out.
        """
        if web_only:
            research = self.view.research_sources
            listed = [c for c in claims if c.source not in research]
        else:
            listed = claims
        # Joined as plain strings: every item is Markup already, and Markup.join would pass each through escape only
        # to get it back (a call per item of every list of every page).
        if not show_source:  # a source's own claims
            return Markup("".join([self._slotted_item(c, False).replace(VERBATIM_SLOT, "") for c in listed]))
        return Markup(
            "".join(
                [
                    self._slotted_item(g[0], True).replace(
                        VERBATIM_SLOT, self._verbatim_block(g[1:]) if len(g) > 1 else ""
                    )
                    for g in self._groups(listed)
                ]
            )
        )

    def _groups(self, listed: list[Claim]) -> list[list[Claim]]:
        """``listed`` in groups of claims whose items show the same, in the order of each group's first claim."""
        showing_of = self._showing_of
        groups: dict[int, list[Claim]] = {}
        # Most lists hold one claim per source (the other sources saying the same, each side of a disagreement);
        # only the others need telling apart a source's second claim in the same words.
        one_each = len({c.source for c in listed}) == len(listed)
        placed: set[tuple[int, str]] = set()
        for claim in listed:
            showing = showing_of.get(claim.id)
            if showing is None:
                showing = showing_of[claim.id] = self._showing_numbers.setdefault(
                    self.shown_by_item(claim), len(self._showing_numbers)
                )
            if not one_each:
                if (showing, claim.source) in placed:
                    continue
                placed.add((showing, claim.source))
            group = groups.get(showing)
            if group is None:
                groups[showing] = [claim]
            else:
                group.append(claim)
        return list(groups.values())

    def shown_by_item(self, claim: Claim) -> tuple[Any, ...]:
        """All a claim's list item shows but its source's part (templates/macros.html claim_item): its quote, the
        claim, its strength and its research mark. Claims equal in these are listed as one item with a row each."""
        g = self.view.graph
        return (
            claim.quote,
            claim.subject,
            claim.relation,
            claim.object,
            claim.negated,
            claim.strength,
            g.agreement_of(claim.id),
            tuple(flag.summary for flag in g.overreach_of.get(claim.id, [])),
        )

    def rows(self, groups: list[ClaimGroup], first: int) -> Markup:
        """The rows of one page of the claim list (templates/claim_rows.html), kept between builds when a part store
        is given: they are most of the page's bytes, and adding a source changes the page's total, not its rows.

        The inputs name all the rows show: how this page links (relative from its folder; from the base URL on the
        404 page), the rows (each names its assertion, title, link and sources; a claim's digest covers its fields,
        its concepts' labels, its source, the research's verdict on it and its overreach) and ``first``, which numbers
        the rows."""

        def render() -> str:
            return self.env.get_template("claim_rows.html").render(groups=groups, first=first)

        if self.parts is None:
            return Markup(render())
        inputs = ("claim_rows.html", self.links.url("claims/"), first, groups)
        return Markup(self.parts.get(self.links.page, "rows", inputs, render))
