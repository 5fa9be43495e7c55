"""Benchmark the rule-based claim-strength classifier on hand-labelled PubMed conclusions.

Not a test: it needs a data set the repository does not ship (Yu, Li & Wang, EMNLP 2019:
3,061 sentences labelled 0 none, 1 correlational, 2 conditional causal, 3 direct causal).
It prints the 4-way macro-F1 and the confusion matrix, on the whole set and on its even and
odd rows (the rules were tuned looking at even rows only; the odd rows show how they carry over).
The final decision is ``relation_strength``, the same function the claim extractor calls once its
cue tables have found a relation; here ``sentence_strength`` finds the cue with its own rules.

    python bench/strength.py [PATH/annotated_pubmed.csv]
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from evidencemap.extract.strength import sentence_strength
from evidencemap.model import Strength

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "claim-strength-pubmed" / "annotated_pubmed.csv"
LABELS = (Strength.NONE, Strength.CORRELATIONAL, Strength.CONDITIONAL_CAUSAL, Strength.DIRECT_CAUSAL)
NAMES = ("none", "correl", "cond", "direct")


def macro_f1(matrix: list[list[int]]) -> float:
    scores = []
    for k in range(len(LABELS)):
        tp = matrix[k][k]
        predicted = sum(row[k] for row in matrix)
        actual = sum(matrix[k])
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def report(title: str, rows: list[tuple[str, int]]) -> None:
    matrix = [[0] * 4 for _ in LABELS]
    for sentence, label in rows:
        matrix[label][LABELS.index(sentence_strength(sentence))] += 1
    print(
        f"\n{title}: {len(rows)} sentences, macro-F1 {macro_f1(matrix):.3f}, accuracy "
        f"{sum(matrix[k][k] for k in range(4)) / len(rows):.3f}"
    )
    print(f"{'gold / predicted':<18}" + "".join(f"{n:>8}" for n in NAMES))
    for k, name in enumerate(NAMES):
        print(f"{name:<18}" + "".join(f"{v:>8}" for v in matrix[k]))


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        sys.exit(f"data set not found: {path} (pass the path of annotated_pubmed.csv)")
    with path.open(encoding="utf-8") as handle:
        rows = [(r["sentence"], int(r["label"])) for r in csv.DictReader(handle)]
    start = time.perf_counter()
    report("all", rows)
    report("even rows (rules tuned on these)", rows[0::2])
    report("odd rows (held out)", rows[1::2])
    print(f"\n{len(rows) / (time.perf_counter() - start) / 3:.0f} sentences per second")


if __name__ == "__main__":
    main()
