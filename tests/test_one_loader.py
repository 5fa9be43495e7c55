"""build, check, eval and extract read a map through the build's one loader, so they accept and refuse alike.

Each map here is a few files in a temporary folder; every verb runs on it as a user runs it (a subprocess), and
the verbs must agree: all accept a valid map, all refuse a broken one and name the file and line.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

CONFIG = 'title: "A small map"\nbase_url: "/"\nlanguage: en\n'
LEXICON = """\
concepts:
  - id: caffeine
    label: caffeine
    kind: factor
    aliases: [coffee]
  - id: dehydration
    label: dehydration
    kind: condition
"""
NO_CONCEPTS = "concepts: []\n"
COFFEE = """\
---
title: "Coffee and water"
kind: blog
---

# Coffee and water

Coffee causes dehydration.
"""
GLASSES = """\
---
title: "Our glasses"
kind: vendor
publisher: "Example Optics"
sells: [blue-light-glasses]
---

# Our glasses

Blue light glasses reduce digital eye strain.
"""
COFFEE_GOLD = """\
source: coffee
claims:
  - {quote: "Coffee causes dehydration", subject: caffeine, relation: causes, object: dehydration,
     strength: direct_causal, evidence: assertion}
"""
GLASSES_GOLD = """\
source: glasses
claims:
  - {quote: "Blue light glasses reduce digital eye strain", subject: blue-light-glasses, relation: treats,
     object: digital-eye-strain, strength: direct_causal, evidence: marketing, commercial_interest: true}
"""


@dataclass(frozen=True, slots=True)
class SmallMap:
    """The files of one map: its lexicon, its sources by id, and a gold file for ``eval``."""

    lexicon: str
    sources: dict[str, str]
    gold: str


def evidencemap(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evidencemap", *map(str, args)], capture_output=True, text=True, timeout=120
    )


def write_map(folder: Path, small: SmallMap) -> Path:
    content = folder / "content"
    (content / "sources").mkdir(parents=True)
    (content / "evidencemap.yaml").write_text(CONFIG, encoding="utf-8")
    (content / "lexicon.yaml").write_text(small.lexicon, encoding="utf-8")
    for source_id, text in small.sources.items():
        (content / "sources" / f"{source_id}.md").write_text(text, encoding="utf-8")
    (folder / "gold.yaml").write_text(small.gold, encoding="utf-8")
    return content


def every_verb(folder: Path, small: SmallMap) -> dict[str, subprocess.CompletedProcess[str]]:
    """Each verb's run on the map: build, check, eval with the map's gold file, extract on each of its sources."""
    content = write_map(folder, small)
    runs = {
        "build": evidencemap("build", "--content", content, "--output", folder / "site", "--no-cache"),
        "check": evidencemap("check", "--content", content),
        "eval": evidencemap("eval", folder / "gold.yaml", "--content", content),
    }
    for source_id in small.sources:
        runs[f"extract {source_id}"] = evidencemap(
            "extract", content / "sources" / f"{source_id}.md", "--content", content
        )
    return runs


def exit_codes(runs: dict[str, subprocess.CompletedProcess[str]]) -> dict[str, int]:
    return {verb: run.returncode for verb, run in runs.items()}


def test_a_valid_map_is_accepted_by_every_verb(tmp_path: Path) -> None:
    runs = every_verb(tmp_path, SmallMap(LEXICON, {"coffee": COFFEE}, COFFEE_GOLD))
    assert exit_codes(runs) == dict.fromkeys(runs, 0), {verb: run.stderr for verb, run in runs.items()}


def test_selling_a_concept_the_claims_make_provisional_is_accepted_by_every_verb(tmp_path: Path) -> None:
    """'blue-light-glasses' is in no lexicon, but the source's own claim makes it a provisional concept of the map."""
    runs = every_verb(tmp_path, SmallMap(NO_CONCEPTS, {"glasses": GLASSES, "coffee": COFFEE}, GLASSES_GOLD))
    assert exit_codes(runs) == dict.fromkeys(runs, 0), {verb: run.stderr for verb, run in runs.items()}
    assert "0 errors" in runs["check"].stdout and "provisional concept" in runs["check"].stderr
    assert "blue-light-glasses" in runs["extract glasses"].stdout


@pytest.mark.parametrize(
    ("front_matter", "line"),
    [
        ('title: "Coffee and water"\nkind: chiropractor\n', 3),  # a value the field does not take
        ('title: "Coffee and water"\nkind: blog: shop\n', 3),  # YAML that does not parse
    ],
    ids=["bad-kind", "bad-yaml"],
)
def test_broken_front_matter_is_refused_by_every_verb_at_its_file_and_line(
    tmp_path: Path, front_matter: str, line: int
) -> None:
    broken = "---\n" + front_matter + "---\n\nCoffee causes dehydration.\n"
    runs = every_verb(tmp_path, SmallMap(LEXICON, {"coffee": broken}, COFFEE_GOLD))
    assert exit_codes(runs) == dict.fromkeys(runs, 1), {verb: run.stderr for verb, run in runs.items()}
    for verb, run in runs.items():
        assert f"coffee.md:{line}:" in run.stderr, (verb, run.stderr)


def test_selling_an_unknown_concept_nothing_makes_provisional_is_refused_by_every_verb(tmp_path: Path) -> None:
    selling = COFFEE.replace("kind: blog\n", "kind: vendor\nsells: [unicorn-dust]\n")
    runs = every_verb(tmp_path, SmallMap(LEXICON, {"coffee": selling}, COFFEE_GOLD))
    assert exit_codes(runs) == dict.fromkeys(runs, 1), {verb: run.stderr for verb, run in runs.items()}
    for verb, run in runs.items():
        assert "coffee.md:4:" in run.stderr and "unicorn-dust" in run.stderr, (verb, run.stderr)
