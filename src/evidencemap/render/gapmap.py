"""Evidence gap maps, in the manner of 3ie and Campbell: rows × outcomes, each cell split in two.

One half counts claims backed by traceable research, the other claims made without it
(marketing, testimonials, opinion, bare assertion). A cell whose research half is empty
while the other is not is the point of the map: something is claimed that nobody tested
here. Counting is one pass over the claims; the grid is cut to the busiest rows and
columns so the page stays readable (and its size bounded) however big the map grows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from evidencemap.model import Claim, EvidenceType

MAX_ROWS = 40
MAX_COLUMNS = 24


@dataclass(slots=True)
class Cell:
    """The claims linking one row concept to one outcome."""

    research: int = 0
    unresearched: int = 0
    sellers: int = 0  # of the unresearched, made by a source that sells the remedy

    @property
    def gap(self) -> bool:
        """Claimed, but no traceable research in the map speaks to it."""
        return self.research == 0 and self.unresearched > 0


@dataclass(slots=True)
class GapMap:
    """One grid: row concepts × outcome concepts, with the cut-off rows and columns counted."""

    rows: list[str]
    columns: list[str]
    cells: dict[tuple[str, str], Cell]
    hidden_rows: int = 0
    hidden_columns: int = 0
    row_totals: Counter[str] = field(default_factory=Counter)
    column_totals: Counter[str] = field(default_factory=Counter)

    @property
    def gaps(self) -> int:
        """How many shown cells are claimed without research."""
        return sum(1 for cell in self.cells.values() if cell.gap)

    @property
    def researched(self) -> int:
        """How many shown cells have at least one research-backed claim."""
        return sum(1 for cell in self.cells.values() if cell.research)


def is_research(claim: Claim) -> bool:
    """Research-backed: the claim rests on a study a reader can trace."""
    return claim.evidence == EvidenceType.CITED_RESEARCH


def gap_map(
    claims: list[Claim],
    row_of: Callable[[Claim], str | None],
    label: Callable[[str], str],
    max_rows: int = MAX_ROWS,
    max_columns: int = MAX_COLUMNS,
) -> GapMap:
    """Count ``claims`` into cells keyed by (``row_of(claim)``, ``claim.outcome``).

    Rows and columns are ordered busiest first (ties by label), then cut to the limits;
    the counts of what was cut are kept so the page can say so."""
    all_cells: dict[tuple[str, str], Cell] = {}
    row_totals: Counter[str] = Counter()
    column_totals: Counter[str] = Counter()
    for claim in claims:
        row, column = row_of(claim), claim.outcome
        if row is None or column is None or row == column:
            continue
        cell = all_cells.setdefault((row, column), Cell())
        if is_research(claim):
            cell.research += 1
        else:
            cell.unresearched += 1
            cell.sellers += claim.commercial_interest
        row_totals[row] += 1
        column_totals[column] += 1

    def busiest(totals: Counter[str], limit: int) -> list[str]:
        return sorted(totals, key=lambda c: (-totals[c], label(c), c))[:limit]

    rows, columns = busiest(row_totals, max_rows), busiest(column_totals, max_columns)
    shown_rows, shown_columns = set(rows), set(columns)
    cells = {key: cell for key, cell in all_cells.items() if key[0] in shown_rows and key[1] in shown_columns}
    return GapMap(
        rows, columns, cells, len(row_totals) - len(rows), len(column_totals) - len(columns), row_totals, column_totals
    )
