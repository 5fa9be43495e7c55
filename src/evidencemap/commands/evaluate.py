"""Score the extractor against a hand-made gold standard.

A curator who grows a lexicon or adds cue rows needs to know whether claims
got better or worse. ``evaluate`` compares what ``extract`` finds in each
source with the claims a careful reader listed in a gold file (format in
README.md, "Evaluating extraction"), and reports precision, recall and the
accuracy of every typed field on the claims both agree exist.

A gold claim and an extracted claim *match* when they come from the same
source, have the same subject and object, and one quote contains the other
(compared without case, spacing or curly-quote differences). Matching is
one-to-one; where several pairs are possible the pair agreeing on most fields
wins, so the score never depends on the order claims were written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import Field

from evidencemap.build import load_map
from evidencemap.claim_forms import STATED_FIELDS, claim_fields, claim_record
from evidencemap.content.lexicon import Lexicon
from evidencemap.content.load import read_text
from evidencemap.content.yamlfile import LineDict, LineList, parse_yaml, validate
from evidencemap.errors import ContentError, Problem
from evidencemap.extract import Extraction
from evidencemap.model import Claim, Record, Relation, Slug

# Typed fields scored on matched claims; subject and object decide the match itself.
FIELDS: tuple[str, ...] = ("relation", "negated", "strength", "mechanism", "evidence", "commercial_interest")


# One claim as a careful reader lists it: Claim's own fields, with a quote of at least a few characters (a part of
# the sentence is enough, but a letter or two would match anywhere).
GoldClaim = claim_record(
    "GoldClaim",
    "One claim as a careful reader lists it.",
    claim_fields(
        STATED_FIELDS,
        replaced={
            "quote": (
                str,
                Field(
                    min_length=3, description="Verbatim words of the sentence that makes the claim (a part is enough)."
                ),
            )
        },
    ),
    __name__,
)


class GoldFile(Record):
    """The gold claims of one source."""

    source: Slug
    claims: list[GoldClaim]


@dataclass(frozen=True, slots=True)
class LoadedGold:
    """A validated gold file with the line of each claim (for messages)."""

    path: Path
    gold: GoldFile
    lines: tuple[int, ...]


@dataclass(slots=True)
class Pair:
    """A gold claim and the extracted claim matched to it."""

    gold: GoldClaim
    claim: Claim
    wrong: list[str]


@dataclass(slots=True)
class SourceScore:
    """Matches, misses and extras of one source."""

    source: str
    gold: int
    found: int
    pairs: list[Pair] = field(default_factory=list)
    missed: list[GoldClaim] = field(default_factory=list)
    spurious: list[Claim] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return len(self.pairs)


@dataclass(slots=True)
class EvalReport:
    """Precision, recall and field accuracy over every gold file."""

    sources: list[SourceScore]

    @property
    def gold(self) -> int:
        return sum(s.gold for s in self.sources)

    @property
    def found(self) -> int:
        return sum(s.found for s in self.sources)

    @property
    def matched(self) -> int:
        return sum(s.matched for s in self.sources)

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.found)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    def field_accuracy(self) -> dict[str, tuple[int, int]]:
        """For each field: (correct, matched pairs)."""
        pairs = [p for s in self.sources for p in s.pairs]
        return {name: (sum(1 for p in pairs if name not in p.wrong), len(pairs)) for name in FIELDS}

    def to_json(self) -> dict[str, object]:
        """A machine-readable report (``evidencemap eval --json``)."""
        return {
            "claims": {
                "gold": self.gold,
                "extracted": self.found,
                "matched": self.matched,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
            },
            "fields": {
                name: {"correct": c, "of": n, "accuracy": round(_ratio(c, n), 4)}
                for name, (c, n) in self.field_accuracy().items()
            },
            "sources": [
                {
                    "source": s.source,
                    "gold": s.gold,
                    "extracted": s.found,
                    "matched": s.matched,
                    "precision": round(_ratio(s.matched, s.found), 4),
                    "recall": round(_ratio(s.matched, s.gold), 4),
                    "missed": [g.model_dump(mode="json", exclude_none=True) for g in s.missed],
                    "spurious": [_brief(c) for c in s.spurious],
                    "field_errors": [
                        {
                            "quote": p.gold.quote,
                            "fields": {
                                f: {"gold": _value(p.gold, f), "extracted": _value(p.claim, f)} for f in p.wrong
                            },
                        }
                        for p in s.pairs
                        if p.wrong
                    ],
                }
                for s in self.sources
            ],
        }

    def table(self, details: bool = False) -> str:
        """The report as plain-text tables for a terminal."""
        lines = [f"{'source':<36} {'gold':>5} {'found':>6} {'match':>6} {'precision':>10} {'recall':>7}"]
        lines.extend(_score_row(s.source, s.gold, s.found, s.matched) for s in self.sources)
        lines.append(_score_row("all", self.gold, self.found, self.matched))
        lines.append("")
        lines.append(f"{'field (on matched claims)':<36} {'correct':>8} {'accuracy':>9}")
        for name, (correct, total) in self.field_accuracy().items():
            lines.append(f"{name:<36} {f'{correct}/{total}':>8} {_ratio(correct, total):>9.3f}")
        if details:
            lines.extend(line for s in self.sources for line in _detail_lines(s))
        return "\n".join(lines)


def _score_row(name: str, gold: int, found: int, matched: int) -> str:
    """One row of the score table: counts, then precision and recall."""
    return f"{name:<36} {gold:>5} {found:>6} {matched:>6} {_ratio(matched, found):>10.3f} {_ratio(matched, gold):>7.3f}"


def _statement(record: GoldClaim | Claim) -> str:
    """'subject [not ]relation object  “quote”', as the details list a claim."""
    negation = "not " if record.negated else ""
    return f"{record.subject} {negation}{record.relation.value} {record.object}  “{record.quote[:80]}”"


def _detail_lines(score: SourceScore) -> list[str]:
    """A source's missed, spurious and mistyped claims, one a line."""
    lines = [f"missed   {score.source}: {_statement(g)}" for g in score.missed]
    lines.extend(f"spurious {score.source}: {_statement(c)}" for c in score.spurious)
    lines.extend(
        f"field    {score.source}: {f}: gold {_value(p.gold, f)} got {_value(p.claim, f)}  “{p.gold.quote[:60]}”"
        for p in score.pairs
        for f in p.wrong
    )
    return lines


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _value(record: GoldClaim | Claim, name: str) -> object:
    value = getattr(record, name)
    if isinstance(value, list):
        return " > ".join(value) or "-"
    return getattr(value, "value", value)


def _brief(claim: Claim) -> dict[str, object]:
    return {
        "quote": claim.quote,
        "subject": claim.subject,
        "relation": claim.relation.value,
        "object": claim.object,
        "negated": claim.negated,
    }


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "–": "-", "—": "-"})


def normalise(text: str) -> str:
    """Text as compared for matching: no case, one space, straight quotes."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def load_gold(path: Path, lexicon: Lexicon, source_texts: dict[str, str]) -> LoadedGold:
    """Read and check one gold file: known source, known concepts, quotes that occur in the source."""
    data = parse_yaml(read_text(path), path)
    gold = validate(GoldFile, data, path, "gold file")
    assert isinstance(gold, GoldFile)
    claim_items = data.get("claims") if isinstance(data, LineDict) else None
    lines = tuple(claim_items.item_lines) if isinstance(claim_items, LineList) else tuple(1 for _ in gold.claims)
    problems: list[Problem] = []
    if gold.source not in source_texts:
        line = data.key_lines.get("source") if isinstance(data, LineDict) else None
        raise ContentError.at(
            path,
            line,
            f"source {gold.source!r} is not in the content folder",
            "use the id of a source in content/sources/ (its front matter 'id' or file name)",
        )
    text = normalise(source_texts[gold.source])
    for claim, line in zip(gold.claims, lines, strict=False):
        for concept in (claim.subject, claim.object, *claim.mechanism):
            if concept not in lexicon.concepts:
                problems.append(
                    Problem(
                        str(path),
                        line,
                        f"concept {concept!r} is not in the lexicon",
                        "use a concept id from content/lexicon.yaml",
                    )
                )
        if normalise(claim.quote) not in text:
            problems.append(
                Problem(
                    str(path),
                    line,
                    f"quote not found in source {gold.source!r}: “{claim.quote[:80]}”",
                    "copy the words exactly as the article has them",
                )
            )
    if problems:
        raise ContentError(problems)
    return LoadedGold(path, gold, lines)


def wrong_fields(gold: GoldClaim, claim: Claim) -> list[str]:
    """The typed fields on which an extracted claim disagrees with its gold claim."""
    return [name for name in FIELDS if getattr(gold, name) != getattr(claim, name)]


def _quotes_overlap(gold: GoldClaim, claim: Claim) -> bool:
    g, c = normalise(gold.quote), normalise(claim.quote)
    return g in c or c in g


def _same_concepts(gold: GoldClaim, claim: Claim) -> bool:
    """Same subject and object; an association reads both ways ("A is linked to B" = "B is linked to A")."""
    if (gold.subject, gold.object) == (claim.subject, claim.object):
        return True
    return gold.relation == Relation.ASSOCIATED_WITH and (gold.object, gold.subject) == (claim.subject, claim.object)


def score_source(source: str, golds: list[GoldClaim], claims: list[Claim]) -> SourceScore:
    """Match one source's gold claims to its extracted claims, one to one."""
    candidates: list[tuple[int, int, int, list[str]]] = []
    for gi, gold in enumerate(golds):
        for ci, claim in enumerate(claims):
            if _same_concepts(gold, claim) and _quotes_overlap(gold, claim):
                wrong = wrong_fields(gold, claim)
                candidates.append((len(wrong), gi, ci, wrong))
    candidates.sort(key=lambda item: (item[0], item[1], item[2]))
    used_gold: set[int] = set()
    used_claim: set[int] = set()
    score = SourceScore(source, len(golds), len(claims))
    for _, gi, ci, wrong in candidates:
        if gi in used_gold or ci in used_claim:
            continue
        used_gold.add(gi)
        used_claim.add(ci)
        score.pairs.append(Pair(golds[gi], claims[ci], wrong))
    score.pairs.sort(key=lambda p: golds.index(p.gold))
    score.missed = [g for i, g in enumerate(golds) if i not in used_gold]
    score.spurious = [c for i, c in enumerate(claims) if i not in used_claim]
    return score


def evaluate(golds: list[LoadedGold], extractions: list[Extraction]) -> EvalReport:
    """Score the extractions of every source that has a gold file."""
    by_source = {ex.source.id: list(ex.claims) for ex in extractions}
    merged: dict[str, list[GoldClaim]] = {}
    for loaded in golds:
        merged.setdefault(loaded.gold.source, []).extend(loaded.gold.claims)
    return EvalReport(
        [score_source(source, claims, by_source.get(source, [])) for source, claims in sorted(merged.items())]
    )


def evaluate_map(gold_paths: list[Path], content_dir: Path) -> EvalReport:
    """Score the extraction of the map in ``content_dir`` against the gold files at ``gold_paths``.

    The map is read by the build's own ``load_map``, so ``eval`` accepts and refuses the maps ``build`` does, and a
    gold file may name the provisional concepts the map's claims make. Raises ``ContentError``."""
    loaded = load_map(content_dir)
    texts = {d.source.id: d.text for d in loaded.corpus.documents}
    golds = [load_gold(path, loaded.corpus.lexicon, texts) for path in gold_paths]
    wanted = {g.gold.source for g in golds}
    return evaluate(golds, [e for e in loaded.extractions if e.source.id in wanted])
