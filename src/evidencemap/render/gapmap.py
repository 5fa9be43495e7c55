"""Evidence gap maps in the manner of 3ie, Campbell and EPPI-Mapper: rows × outcomes, each cell a question.

A cell counts **studies**, not claims: the distinct research sources with a finding on
that question, found through the lexicon's ``broader`` tree (a review of foot orthoses
answers "custom orthotics × chronic low back pain"). Its bubble is sized by that number
and coloured by what the studies found (support, a null, too thin to tell, or mixed) and
the best level among them. Claims made without any research beside them are a separate
marker, so a cell can show "claimed by 4 sources, tested by none": a gap. Rows and
columns are grouped by ``broader`` (children under their parent) and cut to the busiest,
so the page stays readable and its size bounded however big the map grows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from evidencemap.content.lexicon import Lexicon
from evidencemap.model import Claim, Verdict

MAX_ROWS = 40
MAX_COLUMNS = 24

NULL = frozenset({Verdict.NO_DIFFERENCE, Verdict.NO_ASSOCIATION})


@dataclass(slots=True)
class Cell:
    """One question: the studies that answer it (through ``broader``) and the web claims that ask it."""

    studies: set[str] = field(default_factory=set)
    findings: set[str] = field(default_factory=set)  # the findings that answer it, through ``broader``
    verdicts: set[str] = field(default_factory=set)  # "support", "null", "thin": what the studies' findings say
    best_level: int | None = None
    claims: list[str] = field(default_factory=list)  # the web claims in this very cell
    unanswered: int = 0  # of them, those no research in the map answers
    sellers: int = 0  # of the unanswered, made by a source that sells the remedy

    @property
    def claimed(self) -> int:
        """How many web claims ask this very question."""
        return len(self.claims)

    @property
    def gap(self) -> bool:
        """Claimed, and no study in the map looked at the question."""
        return self.claimed > 0 and not self.studies

    @property
    def finding(self) -> str:
        """What the studies found, in one word for the bubble's colour: support, null, thin, mixed, or none."""
        if not self.verdicts:
            return "none"
        return next(iter(self.verdicts)) if len(self.verdicts) == 1 else "mixed"


@dataclass(slots=True)
class GapMap:
    """One grid: row concepts × outcome concepts, grouped by ``broader``, with the cut-off rows and columns counted."""

    rows: list[str]
    columns: list[str]
    cells: dict[tuple[str, str], Cell]
    depth: dict[str, int]  # how far under a shown ancestor each row or column sits, for indentation
    hidden_rows: int = 0
    hidden_columns: int = 0
    row_totals: Counter[str] = field(default_factory=Counter)
    column_totals: Counter[str] = field(default_factory=Counter)

    @property
    def gaps(self) -> int:
        """How many shown cells are claimed without any study."""
        return sum(1 for cell in self.cells.values() if cell.gap)

    @property
    def researched(self) -> int:
        """How many shown cells at least one study answers."""
        return sum(1 for cell in self.cells.values() if cell.studies)


def _verdict_word(verdict: Verdict | None) -> str:
    if verdict in NULL:
        return "null"
    if verdict == Verdict.INSUFFICIENT:
        return "thin"
    return "support"


@dataclass(frozen=True, slots=True)
class Inputs:
    """What a gap map is counted from: claims, which of them are findings, the lexicon, and how to name a concept."""

    claims: list[Claim]
    is_finding: Callable[[Claim], bool]
    level_of: Callable[[Claim], int | None]
    answered: Callable[[Claim], bool]
    lexicon: Lexicon
    label: Callable[[str], str]


def gap_map(
    inputs: Inputs, row_of: Callable[[Claim], str | None], max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS
) -> GapMap:
    """Count studies and claims into cells keyed by (``row_of(claim)``, ``claim.outcome``)."""
    web: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    findings: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    row_totals: Counter[str] = Counter()
    column_totals: Counter[str] = Counter()
    for claim in inputs.claims:
        row, column = row_of(claim), claim.outcome
        if row is None or column is None or row == column:
            continue
        (findings if inputs.is_finding(claim) else web)[(row, column)].append(claim)
        row_totals[row] += 1
        column_totals[column] += 1
    rows = _grouped(_busiest(row_totals, max_rows, inputs.label), inputs.lexicon, inputs.label)
    columns = _grouped(_busiest(column_totals, max_columns, inputs.label), inputs.lexicon, inputs.label)
    cells = {(row, column): _asked(asked, inputs) for (row, column), asked in web.items() if row in rows}
    cells = {key: cell for key, cell in cells.items() if key[1] in columns}
    _answer(cells, rows, columns, findings, inputs)
    depth = {c: _depth(c, set(rows), inputs.lexicon) for c in rows} | {
        c: _depth(c, set(columns), inputs.lexicon) for c in columns
    }
    return GapMap(
        rows,
        columns,
        cells,
        depth,
        len(row_totals) - len(rows),
        len(column_totals) - len(columns),
        row_totals,
        column_totals,
    )


def _asked(asked: list[Claim], inputs: Inputs) -> Cell:
    """A cell with the web claims on its very pair, and how many of them no research answers."""
    cell = Cell(claims=[claim.id for claim in asked])
    for claim in asked:
        if not inputs.answered(claim):
            cell.unanswered += 1
            cell.sellers += claim.commercial_interest
    return cell


def _answer(
    cells: dict[tuple[str, str], Cell],
    rows: list[str],
    columns: list[str],
    findings: dict[tuple[str, str], list[Claim]],
    inputs: Inputs,
) -> None:
    """Count every finding into each shown cell whose row and column are comparable with its own (through
    ``broader``), its study once per cell. The rows and columns a finding's pair reaches are found once per pair,
    not once per cell."""
    comparable = inputs.lexicon.comparable
    for (subject, outcome), found in sorted(findings.items()):
        reached_rows = [row for row in rows if comparable(row, subject)]
        reached_columns = [column for column in columns if comparable(column, outcome)]
        for row in reached_rows:
            for column in reached_columns:
                cell = cells.setdefault((row, column), Cell())
                for finding in found:
                    cell.studies.add(finding.source)
                    cell.findings.add(finding.id)
                    cell.verdicts.add(_verdict_word(finding.verdict))
                    level = inputs.level_of(finding)
                    if level is not None and (cell.best_level is None or level < cell.best_level):
                        cell.best_level = level


def _busiest(totals: Counter[str], limit: int, label: Callable[[str], str]) -> list[str]:
    return sorted(totals, key=lambda c: (-totals[c], label(c), c))[:limit]


def _grouped(concepts: list[str], lexicon: Lexicon, label: Callable[[str], str]) -> list[str]:
    """The concepts in ``broader`` order: each under the nearest shown ancestor, siblings by label."""
    shown = set(concepts)

    def path(concept: str) -> tuple[str, ...]:
        ancestors = [a for a in lexicon.ancestors(concept) if a in shown]
        return tuple(label(a).lower() for a in reversed(ancestors)) + (label(concept).lower(), concept)

    return sorted(concepts, key=path)


def _depth(concept: str, shown: set[str], lexicon: Lexicon) -> int:
    return min(sum(1 for a in lexicon.ancestors(concept) if a in shown), 3)
