"""Question pages: one per cell of the gap maps, an (intervention or cause, outcome) pair.

A question page answers what a reviewer asks first: what does the research say,
weighted by design and level, and who claims what about it. The bottom line names
each study with its verdict, subgroup, comparator, design and level, best level
first, in the manner of a GRADE summary ("No significant effect: Chuter et al. 2014,
meta-analysis, level 1"), and says when no study compared against placebo or sham.
Below it, every web claim in the cell, grouped by what it says, each marked with its
agreement with that research and any overreach.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidencemap.grammar import sentence_case
from evidencemap.link.research import design_of, study_name
from evidencemap.model import Claim, Relation, Source, Verdict
from evidencemap.render.gapmap import Cell
from evidencemap.render.page import Page
from evidencemap.render.view import GAP_SECTIONS, MapView
from evidencemap.vocabulary import VERDICT_LABELS

# Verdicts in the order the bottom line lists them: what was found, then what was not, then what cannot tell.
VERDICT_ORDER = (
    Verdict.BENEFIT,
    Verdict.HARM,
    Verdict.ASSOCIATION,
    Verdict.NO_DIFFERENCE,
    Verdict.NO_ASSOCIATION,
    Verdict.INSUFFICIENT,
)
_BLINDED = ("placebo", "sham")


def question_path(row: str, column: str) -> str:
    """Where the page of one gap-map cell lives."""
    return f"questions/{row}--{column}.html"


@dataclass(frozen=True, slots=True)
class StudyLine:
    """One study's answer to the question: its verdicts (with subgroups), comparator, design and level."""

    study: Source
    name: str
    verdicts: tuple[str, ...]  # "No significant effect", "Link found (in women)"
    comparators: tuple[str, ...]
    level: int | None
    findings: tuple[Claim, ...]


def study_lines(view: MapView, findings: set[str]) -> list[StudyLine]:
    """Each study with findings among ``findings``, best level first (ties by name)."""
    by_study: dict[str, list[Claim]] = {}
    for finding_id in sorted(findings):
        finding = view.graph.claims[finding_id]
        by_study.setdefault(finding.source, []).append(finding)
    lines = []
    for study_id, findings in by_study.items():
        study = view.graph.sources[study_id]
        ordered = sorted(findings, key=lambda f: (VERDICT_ORDER.index(f.verdict) if f.verdict else 0, f.id))
        # one sentence naming two things ("foot orthoses and insoles had no significant effect") is one finding here
        ranked = list({(f.quote, f.verdict, f.relation): f for f in ordered[::-1]}.values())[::-1]
        verdicts = tuple(dict.fromkeys(_verdict_phrase(f) for f in ranked if f.verdict))
        comparators = tuple(dict.fromkeys(f.comparator for f in ranked if f.comparator))
        level = study.appraisal.level if study.appraisal else None
        lines.append(StudyLine(study, study_name(study), verdicts, comparators, level, tuple(ranked)))
    return sorted(lines, key=lambda line: (line.level or 9, line.name, line.study.id))


def _verdict_phrase(finding: Claim) -> str:
    """ "No significant effect (prevention, in women)": the verdict, what it was on, and for whom."""
    assert finding.verdict is not None
    scope = ("prevention" if finding.relation == Relation.PREVENTS else None, finding.population)
    shown = ", ".join(word for word in scope if word)
    return VERDICT_LABELS[finding.verdict.value] + (f" ({shown})" if shown else "")


def blinded(lines: list[StudyLine]) -> bool:
    """Whether any study compared against placebo or sham, by its findings' comparators."""
    return any(word in comparator.lower() for line in lines for comparator in line.comparators for word in _BLINDED)


def claim_groups(view: MapView, claims: list[Claim]) -> list[tuple[str, list[Claim]]]:
    """The web claims of a cell grouped by what they say ("Foot orthoses relieve low back pain"), largest first."""
    groups: dict[tuple[str, bool], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.relation.value, claim.negated), []).append(claim)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    return [(view.claim_text(members[0]), members) for _, members in ordered]


def question_pages(view: MapView) -> list[Page]:
    """A page for every shown cell of both gap maps; a pair shown in both (a thing said to treat one outcome and
    to cause another) has one page, with the claims of both cells."""
    cells: dict[tuple[str, str], tuple[str, list[Cell]]] = {}
    for key, _heading, _row_heading in GAP_SECTIONS:
        for pair, cell in view.gap_maps[key].cells.items():
            cells.setdefault(pair, (key, []))[1].append(cell)
    return [_page(view, section, row, column, found) for (row, column), (section, found) in sorted(cells.items())]


def _page(view: MapView, section: str, row: str, column: str, cells: list[Cell]) -> Page:
    def context() -> dict[str, object]:
        asked = [view.graph.claims[c] for c in dict.fromkeys(c for cell in cells for c in cell.claims)]
        lines = study_lines(view, {f for cell in cells for f in cell.findings})
        return {
            "title": sentence_case(f"{view.label(row)} and {view.label(column)}"),
            "section": section,
            "row": row,
            "column": column,
            "claimed": len(asked),
            "lines": lines,
            "designs": {line.study.id: design_of(line.study) for line in lines},
            "blinded": blinded(lines),
            "groups": claim_groups(view, asked),
        }

    return Page(question_path(row, column), "question.html", context)
