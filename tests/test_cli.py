"""The command line as a user runs it: real subprocesses, real files, documented exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CONTENT, REPO
from evidencemap.cli import app

COMMANDS = sorted(command.name or command.callback.__name__ for command in app.registered_commands)


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evidencemap", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_the_issue_commands_exist() -> None:
    assert {"build", "extract", "check"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout and len(result.stdout.splitlines()) > 4
    doc = app.registered_commands
    assert any((c.name or c.callback.__name__) == command and c.callback.__doc__ for c in doc)


def test_readme_documents_every_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"evidencemap {command}" in readme, command


def test_build_prints_a_summary_and_writes_the_site(tmp_path: Path) -> None:
    result = run("build", "--content", str(CONTENT), "--output", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    assert "sources" in result.stdout and "claims" in result.stdout and "pages" in result.stdout
    assert (tmp_path / "site" / "index.html").is_file()


def test_build_of_broken_content_exits_1_and_names_file_and_line(tmp_path: Path, content_copy: Path) -> None:
    source = content_copy / "sources" / "crux-feet-low-back-pain.md"
    lines = source.read_text(encoding="utf-8").split("\n")
    kind_line = next(i for i, line in enumerate(lines, 1) if line.startswith("kind:"))
    lines[kind_line - 1] = "kind: chiropractor"
    source.write_text("\n".join(lines), encoding="utf-8")
    result = run("build", "--content", str(content_copy), "--output", str(tmp_path / "site"))
    assert result.returncode == 1
    assert (
        f"crux-feet-low-back-pain.md:{kind_line}:" in result.stderr
        and "kind" in result.stderr
        and "hint:" in result.stderr
    )
    assert not (tmp_path / "site").exists()


def test_build_refusing_an_unsafe_output_exits_3(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    result = run("build", "--content", str(CONTENT), "--output", str(tmp_path))
    assert result.returncode == 3 and "not made by evidencemap" in result.stderr
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_check_on_the_shipped_map_has_no_warnings_and_notes_what_no_edit_changes() -> None:
    result = run("check", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    assert "0 errors, 0 warning(s), 2 note(s)." in result.stdout
    assert "warning:" not in result.stderr
    assert "note: untraceable study: “A 2024 article by Antonio Ruffo”" in result.stderr
    assert "That is not entirely correct." not in result.stdout + result.stderr  # noise is never reported
    assert run("check", "--content", str(CONTENT), "--strict").returncode == 0


def test_check_strict_fails_on_a_warning(content_copy: Path) -> None:
    (content_copy / "sources" / "empty-page.md").write_text(
        "---\ntitle: Opening hours\nkind: clinic\n---\n\nWe are open from nine to five.\n", encoding="utf-8"
    )
    result = run("check", "--content", str(content_copy), "--strict")
    assert result.returncode == 1
    assert "empty-page.md: warning: no claims were found in this source" in result.stderr


def test_check_suggest_groups_the_phrases_the_lexicon_lacks(content_copy: Path) -> None:
    (content_copy / "sources" / "soles.md").write_text(
        "---\ntitle: Soles\nkind: blog\n---\n\nStiff soles limit movement through the midfoot.\n\n"
        "Flat feet cause weak calves. Insoles relieve weak calves.\n",
        encoding="utf-8",
    )
    plain = run("check", "--content", str(content_copy))
    assert "'evidencemap check --suggest' lists them" in plain.stdout and "midfoot" not in plain.stdout
    suggested = run("check", "--content", str(content_copy), "--suggest")
    assert suggested.returncode == 0, suggested.stderr
    assert "“weak calves” in 2 sentence(s)" in suggested.stdout
    assert "- {id: weak-calves, label: weak calves, kind: factor}" in suggested.stdout
    assert "soles.md:8: “Flat feet cause weak calves.”" in suggested.stdout


def test_check_exits_1_on_a_bad_lexicon(content_copy: Path) -> None:
    lexicon = content_copy / "lexicon.yaml"
    lexicon.write_text(
        lexicon.read_text(encoding="utf-8")
        + "  - id: orphan\n    label: orphan\n    kind: factor\n    broader: nowhere\n",
        encoding="utf-8",
    )
    result = run("check", "--content", str(content_copy))
    assert result.returncode == 1 and "lexicon.yaml:" in result.stderr and "nowhere" in result.stderr


def test_extract_prints_claims_of_one_file_as_json(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text(
        "Custom orthotics relieve low back pain. Flat feet are linked to low back pain.\n", encoding="utf-8"
    )
    result = run("extract", str(article), "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    found = {(c["subject"], c["relation"], c["object"]) for c in payload["claims"]}
    assert ("custom-orthotics", "treats", "low-back-pain") in found and (
        "flat-feet",
        "associated_with",
        "low-back-pain",
    ) in found
    assert all(c["quote"] in article.read_text() for c in payload["claims"])


def test_extract_jsonl_streams_one_record_a_line() -> None:
    result = run("extract", str(CONTENT / "sources" / "hodandhod-weak-feet-bad-back.md"), "--jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["type"] for r in records} == {"claim", "citation"} and len(records) > 20


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("evidencemap ")


def test_check_names_a_provisional_concept_once_for_the_whole_map_with_its_entry(content_copy: Path) -> None:
    for name in ("one", "two"):
        (content_copy / "sources" / f"{name}.md").write_text(
            f"---\ntitle: Page {name}\nkind: blog\n---\n\nZorbex pills relieve night cramps.\n", encoding="utf-8"
        )
    result = run("check", "--content", str(content_copy))
    lines = [line for line in result.stderr.splitlines() if "provisional concept “night cramps”" in line]
    assert len(lines) == 1, result.stderr
    assert "2 claim(s) at one.md:6, two.md:6" in lines[0]
    assert "- {id: night-cramps, label: night cramps, kind: condition}" in result.stderr
