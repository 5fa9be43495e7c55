"""Paths: nothing is written outside the output folder, nothing is read from outside content/,
and an output folder that is not ours is refused before anything is deleted.

Ids, slugs and file names try to leave the output folder (``../``, absolute paths,
Windows separators, NUL, reserved device names); symlinks in ``content/`` point outside
it; ``--output`` names ``/``, the home folder, the content folder, or a folder
evidencemap did not make. Each is refused with a message, and the file tree around the
build is compared before and after to show that nothing was written or deleted.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from evidencemap.build import build
from evidencemap.errors import ContentError, OutputError
from evidencemap.write import MARKER, _safe_relative, write_site

SOURCE = "---\ntitle: Flat feet\n---\nFlat feet cause low back pain.\n"


def snapshot(root: Path) -> dict[str, bytes | str]:
    """Every file under ``root`` with its bytes (symlinks by target), to compare before and after."""
    tree: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                tree[key] = "-> " + os.readlink(path)
            elif path.is_file():
                tree[key] = path.read_bytes()
    return tree


@pytest.fixture
def small_content(tmp_path: Path, content_copy: Path) -> Path:
    """A one-source map with the default lexicon, in its own folder."""
    content = tmp_path / "map" / "content"
    (content / "sources").mkdir(parents=True)
    (content / "lexicon.yaml").write_bytes((content_copy / "lexicon.yaml").read_bytes())
    (content / "sources" / "flat.md").write_text(SOURCE, encoding="utf-8")
    return content


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evidencemap", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300
    )


# ---- the output folder ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "which",
    ["root", "home", "cwd", "content", "inside-content", "parent-of-content", "foreign", "foreign-symlink", "a-file"],
)
def test_an_output_folder_that_is_not_ours_is_refused_and_left_alone(
    which: str, small_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    (home / "notes" / "precious.txt").write_text("do not delete", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(small_content.parent)
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "cat.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    (tmp_path / "link-to-photos").symlink_to(foreign)
    (tmp_path / "plain-file").write_text("a file", encoding="utf-8")
    target = {
        "root": Path("/"),
        "home": home,
        "cwd": Path("."),
        "content": small_content,
        "inside-content": small_content / "sources",
        "parent-of-content": small_content.parent,
        "foreign": foreign,
        "foreign-symlink": tmp_path / "link-to-photos",
        "a-file": tmp_path / "plain-file",
    }[which]
    watched = tmp_path if which != "root" else small_content.parent
    before = snapshot(watched)
    with pytest.raises(OutputError) as caught:
        build(small_content, target)
    assert "refusing" in str(caught.value) or "not empty" in str(caught.value) or "not a folder" in str(caught.value)
    assert snapshot(watched) == before
    # The same through the command line: exit code 3, a message, no traceback, nothing touched.
    env = {**os.environ, "HOME": str(home)}
    result = run_cli(
        "build", "--content", str(small_content), "--output", str(target), cwd=small_content.parent, env=env
    )
    assert result.returncode == 3, result.stderr
    assert "error:" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(watched) == before


def test_a_folder_evidencemap_made_is_replaced_and_nothing_else_is_touched(small_content: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "site"
    build(small_content, out)
    assert (out / MARKER).is_file()
    (tmp_path / "out" / "neighbour.txt").write_text("beside the site", encoding="utf-8")
    (small_content / "sources" / "flat.md").write_text(SOURCE.replace("Flat feet", "Weak feet"), encoding="utf-8")
    before = {k: v for k, v in snapshot(tmp_path).items() if not k.startswith("out/site")}
    build(small_content, out)
    after = {
        k: v
        for k, v in snapshot(tmp_path).items()
        if not k.startswith("out/site") and not k.startswith(".cache") and not k.startswith("map/.cache")
    }
    before = {k: v for k, v in before.items() if not k.startswith(".cache") and not k.startswith("map/.cache")}
    assert after == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["neighbour.txt", "site"]  # no staging folder left


@pytest.mark.parametrize(
    "name",
    [
        "../escape.html",
        "/etc/evil.html",
        "a/../../b.html",
        "sources\\..\\..\\x.html",
        "x\x00.html",
        "CON.html",
        "sources/aux.html",
        "a:b.html",
        "",
        ".",
    ],
)
def test_a_rendered_name_that_would_leave_the_folder_or_cannot_exist_everywhere_is_refused(
    name: str, tmp_path: Path
) -> None:
    with pytest.raises(OutputError):
        _safe_relative(name)
    before = snapshot(tmp_path)
    with pytest.raises(OutputError):
        write_site({"index.html": b"ok", name: b"evil"}, tmp_path / "site")
    assert snapshot(tmp_path) == before  # refused before the staging folder was made


# ---- ids, slugs and file names in content/ -----------------------------------------------------


@pytest.mark.parametrize(
    "bad_id",
    ["../../etc/passwd", "/etc/passwd", "..", "a/b", "a\\\\b", "C:\\\\x", "con", "nul", "lpt1", "Aux", "x\\u0000y", ""],
)
def test_a_source_id_that_is_a_path_or_a_reserved_name_is_a_located_error(
    bad_id: str, small_content: Path, tmp_path: Path
) -> None:
    (small_content / "sources" / "evil.md").write_text(
        f'---\ntitle: Evil\nid: "{bad_id}"\n---\nFlat feet cause back pain.\n', encoding="utf-8"
    )
    with pytest.raises(ContentError) as caught:
        build(small_content, tmp_path / "site")
    problems = [p for p in caught.value.problems if p.path.endswith("evil.md")]
    assert problems and problems[0].line == 3 and problems[0].hint
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("bad_id", ["../x", "/abs", "con", "com1", "a\\\\b"])
def test_a_concept_id_that_is_a_path_or_a_reserved_name_is_a_located_error(
    bad_id: str, small_content: Path, tmp_path: Path
) -> None:
    lexicon = small_content / "lexicon.yaml"
    lexicon.write_text(
        lexicon.read_text(encoding="utf-8") + f'  - id: "{bad_id}"\n    label: Evil thing\n    kind: factor\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        build(small_content, tmp_path / "site")
    problem = caught.value.problems[0]
    assert problem.path.endswith("lexicon.yaml") and problem.line and problem.hint


@pytest.mark.parametrize("file_name", ["CON.md", "aux.md", "nul.txt", "lpt9.markdown"])
def test_a_file_named_like_a_windows_device_is_a_located_error(
    file_name: str, small_content: Path, tmp_path: Path
) -> None:
    (small_content / "sources" / file_name).write_text(SOURCE, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        build(small_content, tmp_path / "site")
    assert caught.value.problems[0].path.endswith(file_name) and "reserves" in caught.value.problems[0].message


@pytest.mark.parametrize(
    "file_name", ["a..md", "a...b.md", "a\\..\\b.md", "-.md", "ünïcödé.md", "new\nline.md", "a b;rm -rf.md"]
)
def test_odd_file_names_become_safe_page_names(file_name: str, small_content: Path, tmp_path: Path) -> None:
    (small_content / "sources" / file_name).write_text(
        SOURCE.replace("Flat feet", "Flat feet, again,"), encoding="utf-8"
    )
    out = tmp_path / "site"
    build(small_content, out)
    pages = sorted(p.name for p in (out / "sources").iterdir())
    assert all(_safe_relative(f"sources/{p}") for p in pages)
    assert len(pages) == 3  # index, flat, and the odd one


def test_a_file_name_that_is_not_utf8_is_a_located_error(small_content: Path, tmp_path: Path) -> None:
    bad = os.fsencode(small_content / "sources") + b"/caf\xe9.md"
    with open(bad, "wb") as handle:
        handle.write(SOURCE.encode())
    result = run_cli("build", "--content", str(small_content), "--output", str(tmp_path / "site"))
    assert result.returncode == 1 and "not valid UTF-8" in result.stderr and "hint:" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "site").exists()


# ---- symlinks ----------------------------------------------------------------------------------


@pytest.mark.parametrize("what", ["source-file", "sources-folder", "lexicon", "config", "review"])
def test_a_symlink_leaving_the_content_folder_is_refused_and_nothing_of_it_is_published(
    what: str, small_content: Path, tmp_path: Path
) -> None:
    secret_dir = tmp_path / "outside"
    secret_dir.mkdir()
    secret = secret_dir / "secret.md"
    secret.write_text(
        "---\ntitle: SECRET-TOKEN-123\n---\nFlat feet cause SECRET-TOKEN-123 back pain.\n", encoding="utf-8"
    )
    if what == "source-file":
        (small_content / "sources" / "leak.md").symlink_to(secret)
    elif what == "sources-folder":
        (small_content / "sources" / "flat.md").rename(secret_dir / "flat.md")
        (small_content / "sources").rmdir()
        (small_content / "sources").symlink_to(secret_dir)
    elif what == "lexicon":
        (secret_dir / "lexicon.yaml").write_bytes((small_content / "lexicon.yaml").read_bytes())
        (small_content / "lexicon.yaml").unlink()
        (small_content / "lexicon.yaml").symlink_to(secret_dir / "lexicon.yaml")
    elif what == "config":
        (secret_dir / "config.yaml").write_text("title: SECRET-TOKEN-123\n", encoding="utf-8")
        (small_content / "evidencemap.yaml").symlink_to(secret_dir / "config.yaml")
    else:
        (secret_dir / "review.yaml").write_text("source: flat\nclaims: []\n", encoding="utf-8")
        (small_content / "reviews").mkdir()
        (small_content / "reviews" / "flat.yaml").symlink_to(secret_dir / "review.yaml")
    out = tmp_path / "site"
    with pytest.raises(ContentError) as caught:
        build(small_content, out)
    problem = caught.value.problems[0]
    assert "outside the content folder" in problem.message and problem.line == 1 and problem.hint
    assert not out.exists()


def test_a_symlink_that_stays_inside_the_content_folder_is_fine(small_content: Path, tmp_path: Path) -> None:
    (small_content / "drafts").mkdir()
    (small_content / "drafts" / "draft.md").write_text(SOURCE.replace("Flat feet", "Weak feet"), encoding="utf-8")
    (small_content / "sources" / "draft.md").symlink_to(small_content / "drafts" / "draft.md")
    report = build(small_content, tmp_path / "site")
    assert report.sources == 2


def test_a_file_name_with_terminal_escapes_is_printed_harmlessly(small_content: Path, tmp_path: Path) -> None:
    """An error about a file named with ESC sequences must not clear or recolour the user's terminal."""
    name = "\x1b[2J\x1b[31mevil.md"
    (small_content / "sources" / name).write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    result = run_cli("build", "--content", str(small_content), "--output", str(tmp_path / "site"))
    assert result.returncode == 1 and "\x1b" not in result.stderr and "\\x1b[2J" in result.stderr
