"""The evaluator: gold files are checked, claims matched one to one, scores computed as documented."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CONTENT, REPO
from evidencemap.commands.evaluate import GoldClaim, evaluate, load_gold, normalise, score_source
from evidencemap.content.load import load_content
from evidencemap.errors import ContentError
from evidencemap.extract import extract

GOLD = sorted((REPO / "tests" / "gold").glob("*.yaml"))


@pytest.fixture(scope="module")
def corpus():
    return load_content(CONTENT)


def _texts(corpus) -> dict[str, str]:
    return {d.source.id: d.text for d in corpus.documents}


def test_there_is_a_gold_file_for_every_seed_article(corpus) -> None:
    seeds = {d.source.id for d in corpus.documents if d.source.kind.value != "research"}
    assert {p.stem for p in GOLD} == seeds


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_files_are_valid_and_their_quotes_are_in_the_sources(corpus, path: Path) -> None:
    loaded = load_gold(path, corpus.lexicon, _texts(corpus))
    assert len(loaded.gold.claims) >= 20  # every seed holds many claims; a thin gold set flatters the extractor


def test_a_quote_missing_from_the_source_is_an_error_with_file_and_line(corpus, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "source: crux-feet-low-back-pain\nclaims:\n"
        "  - {quote: 'Running cures everything', subject: running, relation: treats, object: back-pain,\n"
        "     strength: direct_causal, evidence: assertion}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as info:
        load_gold(bad, corpus.lexicon, _texts(corpus))
    problem = info.value.problems[0]
    assert problem.line == 3 and "quote not found" in problem.message


def test_an_unknown_concept_and_an_unknown_field_are_errors(corpus, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "source: crux-feet-low-back-pain\nclaims:\n"
        "  - {quote: 'Research has shown', subject: unicorns, relation: causes, object: back-pain,\n"
        "     strength: direct_causal, evidence: assertion}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="unicorns"):
        load_gold(bad, corpus.lexicon, _texts(corpus))
    bad.write_text(
        "source: crux-feet-low-back-pain\nclaims:\n"
        "  - {quote: 'Research has shown', subject: foot-posture, relation: causes, object: back-pain,\n"
        "     strength: direct_causal, evidence: assertion, colour: red}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="colour"):
        load_gold(bad, corpus.lexicon, _texts(corpus))


def test_matching_is_one_to_one_and_prefers_the_pair_that_agrees_most(corpus) -> None:
    document = next(d for d in corpus.documents if d.source.id == "crux-feet-low-back-pain")
    claims = [c for c in extract(document, corpus.lexicon).claims if c.subject == "foot-posture" and c.negated]
    assert claims, "the extractor no longer finds the negated static-posture claim"
    claim = claims[0]
    right = GoldClaim(
        quote=claim.quote[:40],
        subject=claim.subject,
        relation=claim.relation,
        object=claim.object,
        negated=True,
        strength=claim.strength,
        evidence=claim.evidence,
    )
    wrong = right.model_copy(update={"negated": False})
    score = score_source("s", [wrong, right], [claim])
    assert score.matched == 1 and score.pairs[0].gold is right and score.pairs[0].wrong == []
    assert score.missed == [wrong]


def test_an_association_matches_either_way_round(corpus) -> None:
    document = next(d for d in corpus.documents if d.source.id == "crux-feet-low-back-pain")
    claim = next(c for c in extract(document, corpus.lexicon).claims if c.relation.value == "associated_with")
    gold = GoldClaim(
        quote=claim.quote,
        subject=claim.object,
        relation=claim.relation,
        object=claim.subject,
        negated=claim.negated,
        strength=claim.strength,
        evidence=claim.evidence,
    )
    assert score_source("s", [gold], [claim]).matched == 1


def test_scores_count_misses_and_extras(corpus) -> None:
    path = REPO / "tests" / "gold" / "crux-feet-low-back-pain.yaml"
    loaded = load_gold(path, corpus.lexicon, _texts(corpus))
    document = next(d for d in corpus.documents if d.source.id == "crux-feet-low-back-pain")
    report = evaluate([loaded], [extract(document, corpus.lexicon)])
    source = report.sources[0]
    assert source.matched + len(source.missed) == len(loaded.gold.claims)
    assert source.matched + len(source.spurious) == source.found
    assert report.recall == source.matched / len(loaded.gold.claims)


def test_normalise_ignores_case_spacing_and_curly_quotes() -> None:
    assert normalise("It’s  A\u00a0test") == normalise("it's a test")


def test_eval_command_prints_a_table_and_json() -> None:
    run = [sys.executable, "-m", "evidencemap", "eval", *map(str, GOLD), "--content", str(CONTENT)]
    table = subprocess.run(run, capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert "precision" in table and "recall" in table and "strength" in table and "commercial_interest" in table
    data = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True, cwd=REPO, check=True).stdout)
    assert data["claims"]["gold"] == sum(s["gold"] for s in data["sources"])
    assert set(data["fields"]) == {"relation", "negated", "strength", "mechanism", "evidence", "commercial_interest"}
