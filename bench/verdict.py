"""Benchmark the reading of research findings: verdict family and subgroup, on hand-labelled PubMed conclusions.

Not a test: it needs a data set the repository does not ship (Yu, Li & Wang, EMNLP 2019; see bench/strength.py).
``bench/verdict-labels.csv`` holds, for 240 rows drawn with ``random.Random(2026).sample``, a verdict a person gave
each sentence by reading it (row numbers and labels only; the sentences stay in the data set);
``bench/verdict-labels-tuning.csv`` the same for 300 other rows. The rows whose label is a finding are scored on
the family the cue tables of ``extract/verdict.py`` decide from the words alone:

- ``positive``: benefit, harm or association found;
- ``null``: no significant difference or association;
- ``insufficient``: evidence too thin or too weak to tell.

In the map, the extractor's own negation reading and the concepts' kinds come on top of these cues; here the
sentence is read as a treatment finding with no negation known, so the cue tables carry the whole decision.
The tuning set and the even positions of the first set were looked at while tuning; the odd positions of the
first set never were: they are the held-out half.
Also scored: whether a subgroup is found where the label names one.

    python bench/verdict.py [PATH/annotated_pubmed.csv]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from evidencemap.extract.findings import parse_figures
from evidencemap.extract.strength import NOT_A_FINDING
from evidencemap.extract.verdict import finding_verdict, population
from evidencemap.model import Relation, Verdict

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[1] / "shared" / "datasets" / "claim-strength-pubmed" / "annotated_pubmed.csv"
LABELS = HERE / "verdict-labels.csv"
TUNING = HERE / "verdict-labels-tuning.csv"  # a second sample, drawn apart from the first (Random(7), 300 rows)
TUNING2 = HERE / "verdict-labels-tuning2.csv"  # a third (Random(31), 400 rows of the rest), labelled by another reader
FAMILY = {
    "benefit": "positive",
    "harm": "positive",
    "association": "positive",
    "no_difference": "null",
    "no_association": "null",
    "insufficient": "insufficient",
}
VERDICT_FAMILY = {
    Verdict.BENEFIT: "positive",
    Verdict.HARM: "positive",
    Verdict.ASSOCIATION: "positive",
    Verdict.NO_DIFFERENCE: "null",
    Verdict.NO_ASSOCIATION: "null",
    Verdict.INSUFFICIENT: "insufficient",
}
FAMILIES = ("positive", "null", "insufficient")
READ = (*FAMILIES, "dropped")


def predicted_family(sentence: str) -> str:
    """The family the map would give the sentence's finding; "dropped" where the extractor makes no claim of it
    (a call for more research, a recommendation: NOT_A_FINDING), as the map does."""
    if NOT_A_FINDING.search(sentence):
        return "dropped"
    verdict = finding_verdict(sentence, Relation.TREATS, False, parse_figures(sentence), True)
    return VERDICT_FAMILY[verdict]


def score(rows: list[tuple[str, str, str]], name: str) -> None:
    """rows: (sentence, gold family, gold subgroup)."""
    matrix: Counter[tuple[str, str]] = Counter()
    for sentence, gold, _ in rows:
        matrix[(gold, predicted_family(sentence))] += 1
    right = sum(matrix[(f, f)] for f in FAMILIES)
    print(f"\n{name}: {len(rows)} findings, accuracy {right / len(rows):.2f}")
    print("  gold \\ read   " + "".join(f"{f:>13}" for f in READ) + "   recall")
    for gold in FAMILIES:
        total = sum(matrix[(gold, p)] for p in READ)
        cells = "".join(f"{matrix[(gold, p)]:>13}" for p in READ)
        print(f"  {gold:<13}{cells}   {matrix[(gold, gold)] / total:.2f}" if total else f"  {gold:<13}{cells}")
    # the error that matters most: a null or thin result read as a finding of effect
    backwards = sum(matrix[(gold, "positive")] for gold in ("null", "insufficient"))
    not_positive = sum(matrix[(gold, p)] for gold in ("null", "insufficient") for p in READ)
    print(f"  null or thin results read as positive: {backwards} of {not_positive}")
    with_group = [(s, g) for s, _, g in rows if g]
    found = sum(1 for s, _ in with_group if population(s))
    spurious = sum(1 for s, _, g in rows if not g and population(s))
    print(
        f"  subgroup found: {found} of {len(with_group)} labelled; "
        f"found where none labelled: {spurious} of {len(rows) - len(with_group)}"
    )


def labelled(path: Path, sentences: list[str], keep: Callable[[int], bool]) -> list[tuple[str, str, str]]:
    """(sentence, gold family, gold subgroup) of the findings among the labels of ``path`` at positions ``keep``
    takes."""
    with path.open(encoding="utf-8", newline="") as handle:
        labels = list(csv.DictReader(handle))
    return [
        (sentences[int(label["row"])], FAMILY[label["verdict"]], label["subgroup"])
        for position, label in enumerate(labels)
        if label["verdict"] in FAMILY and keep(position)
    ]


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    with data.open(encoding="utf-8", newline="") as handle:
        sentences = [row["sentence"] for row in csv.DictReader(handle)]
    score(labelled(TUNING, sentences, lambda _: True), "tuning set (300 rows, looked at)")
    score(labelled(TUNING2, sentences, lambda _: True), "second tuning set (400 rows, looked at)")
    score(labelled(LABELS, sentences, lambda position: position % 2 == 0), "first set, even positions (looked at)")
    score(labelled(LABELS, sentences, lambda position: position % 2 == 1), "first set, odd positions (held out)")


if __name__ == "__main__":
    main()
