"""Development-corpus benchmark: the extractor against hand-made gold claims on real, openly licensed health pages.

The corpus lives in ``bench/devcorpus/`` (see its README): 24 pages in ``pages/``, their gold claims in ``gold/``
and ``MANIFEST.csv``, which puts every page in one of two halves, ``tuning`` and ``heldout``, by the rule in
``split_halves`` below. Tune the extractor on the tuning half only. The held-out half measures whether the tuning
generalises: never read its pages, gold files or misses while tuning (``--details`` refuses to list them).

Usage (from the repository root, with the package installed)::

    python bench/devcorpus.py                     # both halves, one table each
    python bench/devcorpus.py --half tuning --details   # and every miss of the tuning half

Scoring, per half. Each page is read with the project's loader (``load_document``) and its claims extracted with
``extract`` and the map's lexicon (``load_lexicon(Path('content'))``); the extractor adds provisional concepts for
phrases the lexicon does not know. A gold claim's *sentence* is the sentence of the page text that holds its quote.
An extracted claim *overlaps* a gold claim when its quote and that sentence share words covering at least half of
the words of the shorter of the two (words lower-cased, whitespace and punctuation ignored).

- recall: gold claims FOUND / gold claims; a gold claim is found when an extracted claim overlaps it, with the same
  relation family (harm: causes, worsens; benefit: treats, prevents; association: associated_with) and the same
  ``negated``.
- precision: extracted claims that would find some gold claim / extracted claims.
- sentence recall: gold claims whose sentence any extracted claim overlaps, whatever its relation.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from evidencemap.content.lexicon import load_lexicon
from evidencemap.content.load import load_document
from evidencemap.extract import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "devcorpus"
MANIFEST = CORPUS / "MANIFEST.csv"
HALVES = ("tuning", "heldout")
SEED = 2026
FAMILY = {
    "causes": "harm",
    "worsens": "harm",
    "treats": "benefit",
    "prevents": "benefit",
    "associated_with": "association",
}
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# Words before a full stop that do not end a sentence ("St. John's wort", "U.S. adults", "Dr. Brown").
ABBREVIATIONS = set(
    "st dr mr mrs ms u.s e.g i.e vs no ph.d r.ph inc jan feb aug sept oct nov dec al fig approx ca".split()
)
# A sentence ends at . ! ? after a letter or a bracket (not inside "7.06"), with any closing quotes and a reference
# number glued to it ("obesity.4 Co-occurring"), before a space or the end of the block.
SENTENCE_END = re.compile(r"(?<=[^\d\s])[.!?][\"”’)\]]*(?:\d{1,2}(?:,\d{1,2})*)?(?=\s|$)")


# ---- the split -------------------------------------------------------------------------------------------------


def split_halves(kinds: dict[str, str]) -> dict[str, str]:
    """The deterministic split: pages grouped by kind (kinds in alphabetical order), each group's ids sorted, then
    shuffled by one ``random.Random(2026)`` carried from group to group; the first half of each group is tuning,
    the rest held out. Where a group is odd, its extra page goes to tuning for the 1st, 3rd... odd group and to the
    held-out half for the 2nd, 4th..., so the halves stay the same size."""
    rng = random.Random(SEED)
    halves: dict[str, str] = {}
    odd_groups = 0
    for kind in sorted(set(kinds.values())):
        ids = sorted(i for i, k in kinds.items() if k == kind)
        rng.shuffle(ids)
        n_tuning = len(ids) // 2
        if len(ids) % 2:
            if odd_groups % 2 == 0:
                n_tuning += 1
            odd_groups += 1
        for position, page_id in enumerate(ids):
            halves[page_id] = HALVES[0] if position < n_tuning else HALVES[1]
    return halves


def read_manifest(path: Path = MANIFEST) -> list[dict[str, str]]:
    """The manifest's rows (lines starting with '#' are comments), checked against the split rule."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines))
    expected = split_halves({row["id"]: row["kind"] for row in rows})
    wrong = [row["id"] for row in rows if row["half"] != expected[row["id"]]]
    if wrong:
        raise SystemExit(f"MANIFEST.csv disagrees with split_halves() for: {', '.join(wrong)}")
    return rows


# ---- text ------------------------------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def normalise(text: str) -> str:
    return " ".join(text.split()).lower().replace("’", "'")


def sentences(text: str) -> list[str]:
    """Split one block of text into sentences at . ! ? followed by a space, not after a known abbreviation."""
    out, start = [], 0
    for match in SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last):
            continue
        out.append(text[start : match.end()].strip())
        start = match.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def gold_sentence(quote: str, blocks: list[str]) -> str:
    """The sentence (or sentences, if the quote crosses a boundary) of the page text that holds ``quote``."""
    target = normalise(quote)
    for block in blocks:
        parts = sentences(block)
        joined = [normalise(p) for p in parts]
        flat = " ".join(joined)
        at = flat.find(target)
        if at < 0:
            continue
        # map the character span back to the sentences it touches
        out, offset = [], 0
        for part, norm in zip(parts, joined, strict=True):
            end = offset + len(norm)
            if offset < at + len(target) and at < end:
                out.append(part)
            offset = end + 1
        return " ".join(out)
    raise SystemExit(f"gold quote not found in the page text: {quote!r}")


def overlaps(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.5 * min(len(wa), len(wb))


# ---- scoring ---------------------------------------------------------------------------------------------------


@dataclass
class Gold:
    quote: str
    sentence: str
    relation: str
    negated: bool
    subject: str
    object: str
    found: bool = False
    touched: bool = False


@dataclass
class Tally:
    pages: int = 0
    gold: int = 0
    found: int = 0
    touched: int = 0
    extracted: int = 0
    correct: int = 0

    def add(self, other: Tally) -> None:
        for name in ("pages", "gold", "found", "touched", "extracted", "correct"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class PageResult:
    page_id: str
    kind: str
    tally: Tally
    missed: list[Gold] = field(default_factory=list)
    spurious: list[tuple[str, str, bool]] = field(default_factory=list)  # (quote, relation, negated)


def score_page(page_id: str, kind: str, lexicon) -> PageResult:
    path = CORPUS / "pages" / f"{page_id}.md"
    document = load_document(path, path.parent)
    blocks = [block.text for block in document.blocks]
    claims = extract(document, lexicon).claims
    data = yaml.safe_load((CORPUS / "gold" / f"{page_id}.yaml").read_text(encoding="utf-8"))
    if data.get("source") != page_id:
        raise SystemExit(f"gold/{page_id}.yaml names source {data.get('source')!r}")
    golds = [
        Gold(
            c["quote"],
            gold_sentence(c["quote"], blocks),
            c["relation"],
            bool(c["negated"]),
            c["subject"],
            c["object"],
        )
        for c in data.get("claims") or []
    ]
    correct = 0
    spurious = []
    for claim in claims:
        family, hit = FAMILY[claim.relation.value], False
        for gold in golds:
            if not overlaps(claim.quote, gold.sentence):
                continue
            gold.touched = True
            if FAMILY[gold.relation] == family and gold.negated == claim.negated:
                gold.found = hit = True
        correct += hit
        if not hit:
            spurious.append((claim.quote, claim.relation.value, claim.negated))
    tally = Tally(
        pages=1,
        gold=len(golds),
        found=sum(g.found for g in golds),
        touched=sum(g.touched for g in golds),
        extracted=len(claims),
        correct=correct,
    )
    return PageResult(page_id, kind, tally, [g for g in golds if not g.found], spurious)


def ratio(a: int, b: int) -> str:
    return f"{a / b:6.1%}" if b else "     -"


def print_table(title: str, rows: list[tuple[str, Tally]]) -> None:
    print(title)
    print(
        f"  {'':<22}{'pages':>6}{'gold':>6}{'found':>7}{'recall':>8}{'extr.':>7}{'match':>7}{'prec.':>8}"
        f"{'sent.rec':>10}"
    )
    for label, t in rows:
        print(
            f"  {label:<22}{t.pages:>6}{t.gold:>6}{t.found:>7}{ratio(t.found, t.gold):>8}{t.extracted:>7}"
            f"{t.correct:>7}{ratio(t.correct, t.extracted):>8}{ratio(t.touched, t.gold):>10}"
        )
    print()


def run_half(half: str, rows: list[dict[str, str]], lexicon, details: bool) -> Tally:
    results = [score_page(r["id"], r["kind"], lexicon) for r in rows if r["half"] == half]
    by_kind: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    for result in results:
        by_kind[result.kind].add(result.tally)
        total.add(result.tally)
    table = [(kind, by_kind[kind]) for kind in sorted(by_kind)] + [("all", total)]
    print_table(f"== {half} half ({total.pages} pages) ==", table)
    if details:
        if half != "tuning":
            print("  (details are listed for the tuning half only: the held-out half must not be read while tuning)\n")
        else:
            print_details(results)
    return total


def print_details(results: list[PageResult]) -> None:
    for result in results:
        if not result.missed and not result.spurious:
            continue
        t = result.tally
        print(f"--- {result.page_id} ({result.kind}): found {t.found}/{t.gold}, matched {t.correct}/{t.extracted}")
        for gold in result.missed:
            neg = " negated" if gold.negated else ""
            seen = "a claim of another relation overlaps" if gold.touched else "no claim from this sentence"
            print(f"  MISS [{gold.relation}{neg}] {gold.subject} -> {gold.object} ({seen})")
            print(f"       {gold.sentence}")
        for quote, relation, negated in result.spurious:
            neg = " negated" if negated else ""
            print(f"  EXTRA [{relation}{neg}] {' '.join(quote.split())}")
        print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=[*HALVES, "both"], default="both")
    parser.add_argument("--details", action="store_true", help="list misses and unmatched claims (tuning half only)")
    args = parser.parse_args(argv)
    rows = read_manifest()
    lexicon = load_lexicon(ROOT / "content")
    for half in HALVES if args.half == "both" else (args.half,):
        run_half(half, rows, lexicon, args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
