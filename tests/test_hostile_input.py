"""Malformed input: every broken file gives a correct build or a file:line error with a hint.

Each case below breaks one file of a small map in one way (YAML alias bombs, duplicate
keys, wrong types, tabs, missing or unterminated front matter, encodings, BOMs, CRLF,
NUL, empty files, a 50 MB article, an article with no claims, pathological Markdown...).
Each is built twice: in-process, where the outcome must be a build or a ContentError
whose problems all have a file, a line and a hint; and through the command line in a
subprocess, capped at 2 GiB of address space with a hang guard, where the exit code
must be 0 or 1 and stderr must hold no traceback. The time and memory each CLI run took
are printed (run with -s to see them); they are figures, not pass/fail bars.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidencemap.build import build, make_map
from evidencemap.errors import ContentError

GOOD = (
    "---\ntitle: Flat feet and the back\n---\n# Flat feet\n\nFlat feet cause low back pain.\n\nOrthotics may relieve "
    "low back pain.\n"
)
ADDRESS_SPACE = 2 * 1024**3
HANG_GUARD_SECONDS = 600


def alias_bomb(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [{', '.join('*' + prev for _ in range(9))}]")
    return "\n".join(lines) + "\n"


def big_article(megabytes: int) -> bytes:
    paragraph = (
        "Flat feet cause low back pain according to some vendors, and the weather was mild. " * 12 + "\n\n"
    ).encode()
    return b"---\ntitle: Huge\n---\n" + paragraph * (megabytes * 1024 * 1024 // len(paragraph) + 1)


@dataclass(frozen=True)
class Case:
    """One malformed file: where it goes, its bytes, and what must come of it."""

    name: str
    path: str  # relative to content/
    data: bytes | Callable[[], bytes]
    error_line: int | None = None  # None: the map must build
    message: str = ""  # a phrase the error (or nothing) must contain

    def bytes(self) -> bytes:
        return self.data() if callable(self.data) else self.data


def fm(front: str, body: str = "Flat feet cause low back pain.\n") -> bytes:
    return f"---\n{front}---\n{body}".encode()


CASES = [
    # YAML: aliases, duplicate keys, wrong types, tabs, nesting, tags
    Case("alias bomb in front matter", "sources/bomb.md", fm("title: Bomb\n" + alias_bomb()), 4, "aliases"),
    Case("alias bomb in the lexicon", "lexicon.yaml", ("concepts: []\n" + alias_bomb()).encode(), 3, "aliases"),
    Case(
        "merge key alias in a review",
        "reviews/flat.yaml",
        b"base: &b {action: accept}\nsource: flat\nclaims:\n  - <<: *b\n    id: x\n",
        4,
        "aliases",
    ),
    Case(
        "duplicate key in front matter",
        "sources/dup.md",
        fm("title: One\nauthor: A\ntitle: Two\n"),
        4,
        "duplicate key 'title'",
    ),
    Case(
        "duplicate key in the lexicon",
        "lexicon.yaml",
        b"concepts:\n  - id: flat-feet\n    label: flat feet\n    kind: factor\n    kind: condition\n",
        5,
        "duplicate key 'kind'",
    ),
    Case("duplicate key in the config", "evidencemap.yaml", b"title: A\ntitle: B\n", 2, "duplicate key"),
    Case("title is a list", "sources/types.md", fm("title: [a, b]\n"), 2, "title"),
    Case("year is text", "sources/types.md", fm("title: T\nyear: nineteen\n"), 3, "year"),
    Case("sells is one string", "sources/types.md", fm("title: T\nsells: orthotics\n"), 3, "sells"),
    Case("authors is a number", "sources/types.md", fm("title: T\nauthors: 5\n"), 3, "authors"),
    Case("kind is unknown", "sources/types.md", fm("title: T\nkind: spaceship\n"), 3, "kind"),
    Case("unknown front matter field", "sources/types.md", fm("title: T\npath: /etc/passwd\n"), 3, "unknown field"),
    Case("empty title", "sources/types.md", fm("title:\n"), 2, "title"),
    Case("front matter is a list", "sources/types.md", fm("- a\n- b\n"), 2, "mapping"),
    Case("front matter is a scalar", "sources/types.md", fm("just words\n"), 2, "mapping"),
    Case("key is a list", "sources/types.md", fm("title: T\n? [a, b]\n: c\n"), 3, "plain text"),
    Case("lexicon concepts is text", "lexicon.yaml", b"concepts: lots\n", 1, "concepts"),
    Case(
        "lexicon kind is unknown", "lexicon.yaml", b"concepts:\n  - id: x\n    label: x\n    kind: banana\n", 4, "kind"
    ),
    Case("config title is a mapping", "evidencemap.yaml", b"title: {a: 1}\n", 1, "title"),
    Case("review claims is a number", "reviews/flat.yaml", b"source: flat\nclaims: 5\n", 2, "claims"),
    Case("tabs indent front matter", "sources/tabs.md", fm("title: T\nauthors:\n\t- A\n"), 4, "tab"),
    Case("tabs indent the lexicon", "lexicon.yaml", b"concepts:\n\t- id: x\n", 2, "tab"),
    Case("nesting 5000 deep", "sources/deep.md", fm("title: T\nx: " + "[" * 5000 + "\n"), 3, "nests deeper"),
    Case("a 5000-digit number", "sources/num.md", fm("title: T\nyear: " + "9" * 5000 + "\n"), 3, "digits"),
    Case(
        "python object tag",
        "sources/tag.md",
        fm('title: T\nx: !!python/object/apply:os.system ["touch /tmp/pwned"]\n'),
        3,
        "python",
    ),
    Case("unterminated YAML string", "sources/str.md", fm('title: "never closed\n'), 2, "YAML"),
    # Front matter missing or unterminated
    Case("no front matter", "sources/bare.md", b"# A bare article\n\nFlat feet cause low back pain.\n"),
    Case(
        "unterminated front matter",
        "sources/open.md",
        b"---\ntitle: Open\n\nFlat feet cause low back pain.\n",
        1,
        "never ends",
    ),
    Case("only a front matter opener", "sources/open.md", b"---\n", 1, "never ends"),
    Case("empty front matter", "sources/emptyfm.md", b"---\n---\nFlat feet cause low back pain.\n"),
    # Encodings and bytes
    Case(
        "Windows-1252 article",
        "sources/latin.md",
        "---\ntitle: Café\n---\nFlat feet cause low back pain.\n".encode("cp1252"),
        2,
        "UTF-8",
    ),
    Case("UTF-16 article", "sources/utf16.md", GOOD.encode("utf-16"), 1, "NUL"),
    Case(
        "UTF-8 BOM", "sources/bom.md", b"\xef\xbb\xbf" + GOOD.replace("Flat feet and the back", "With a BOM").encode()
    ),
    Case(
        "CRLF line ends",
        "sources/crlf.md",
        GOOD.replace("Flat feet and the back", "With CRLF").replace("\n", "\r\n").encode(),
    ),
    Case(
        "CR line ends", "sources/cr.md", GOOD.replace("Flat feet and the back", "With CR").replace("\n", "\r").encode()
    ),
    Case("NUL byte", "sources/nul.md", b"---\ntitle: N\n---\nFlat feet\x00 cause pain.\n", 4, "NUL"),
    Case(
        "ESC sequence",
        "sources/esc.md",
        b"---\ntitle: E\n---\nFlat feet \x1b[2J\x1b[31mcause pain.\n",
        4,
        "control character",
    ),
    Case("random binary", "sources/binary.md", bytes(range(256)) * 64, 1, "NUL"),
    Case(
        "Windows-1252 lexicon",
        "lexicon.yaml",
        "concepts:\n  - id: cafe\n    label: café\n    kind: factor\n".encode("cp1252"),
        3,
        "UTF-8",
    ),
    Case("Windows-1252 config", "evidencemap.yaml", "title: Café\n".encode("cp1252"), 1, "UTF-8"),
    Case("Windows-1252 review", "reviews/flat.yaml", "source: flat\nclaims: []\n# café\n".encode("cp1252"), 3, "UTF-8"),
    # Sizes and shapes
    Case("empty file", "sources/empty.md", b""),
    Case("whitespace only", "sources/blank.md", b"  \n\n\t\n"),
    Case("empty lexicon", "lexicon.yaml", b""),
    Case("empty config", "evidencemap.yaml", b""),
    Case("a 50 MB article", "sources/huge.md", lambda: big_article(50), 1, "limit"),
    Case(
        "an article with no claims",
        "sources/weather.md",
        b"---\ntitle: Weather\n---\nIt rained on Tuesday. The bus was late.\n",
    ),
    Case("a 900 KB single line", "sources/line.md", lambda: b"---\ntitle: L\n---\n" + b"word " * 180_000 + b"\n"),
    Case(
        "20000 nested quotes", "sources/quotes.md", fm("title: Q\n", ">" * 20000 + " Flat feet cause low back pain.\n")
    ),
    Case(
        "5000 nested lists",
        "sources/lists.md",
        fm(
            "title: L\n",
            "".join("  " * i + "- x\n" for i in range(0, 5000, 50)) + "- " * 5000 + "Flat feet cause low back pain.\n",
        ),
    ),
    Case(
        "100000 open brackets",
        "sources/brackets.md",
        fm("title: B\n", "[" * 100_000 + " Flat feet cause low back pain.\n"),
    ),
    Case(
        "100000 emphasis markers",
        "sources/stars.md",
        fm("title: S\n", "a_" * 100_000 + "\n\nFlat feet cause low back pain.\n"),
    ),
    # Reviews that point nowhere
    Case("review of a missing source", "reviews/ghost.yaml", b"source: ghost\nclaims: []\n", 1, "does not exist"),
    Case(
        "review adds a quote the article lacks",
        "reviews/flat.yaml",
        (
            b"source: flat\nadd:\n  - quote: Never said.\n    subject: flat-feet\n    relation: causes\n    object: "
            b"low-back-pain\n"
        ),
        3,
        "not in the source",
    ),
]
REPO = Path(__file__).resolve().parent.parent


def make_content(tmp_path: Path, case: Case) -> Path:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "lexicon.yaml").write_bytes((REPO / "content" / "lexicon.yaml").read_bytes())
    (content / "sources" / "flat.md").write_text(GOOD, encoding="utf-8")
    target = content / case.path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(case.bytes())
    return content


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_malformed_input_builds_or_fails_with_file_line_and_hint(case: Case, tmp_path: Path) -> None:
    content = make_content(tmp_path, case)
    out = tmp_path / "site"
    if case.error_line is None:
        report = build(content, out)
        assert (out / "index.html").is_file() and report.sources == (2 if case.path.startswith("sources/") else 1)
        return
    with pytest.raises(ContentError) as caught:
        build(content, out)
    problems = caught.value.problems
    assert all(p.path and p.line and p.hint for p in problems), [p.format() for p in problems]
    first = problems[0]
    assert first.path.endswith(case.path.split("/")[-1]), first.format()
    assert (first.line, case.message.lower() in first.format().lower()) == (case.error_line, True), first.format()
    assert not out.exists()


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_measured(args: list[str], tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], float, int]:
    """Run a command capped at ADDRESS_SPACE; return its result, seconds and peak RSS (MiB) of that child alone."""
    out_path, err_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    started = time.perf_counter()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        process = subprocess.Popen(args, stdout=out, stderr=err, preexec_fn=_limits)
        guard = threading.Timer(HANG_GUARD_SECONDS, process.kill)
        guard.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            guard.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    result = subprocess.CompletedProcess(
        args, process.returncode, out_path.read_text(errors="replace"), err_path.read_text(errors="replace")
    )
    return result, seconds, usage.ru_maxrss // 1024


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_malformed_input_through_the_command_line_never_shows_a_traceback(case: Case, tmp_path: Path) -> None:
    content = make_content(tmp_path, case)
    out = tmp_path / "site"
    result, seconds, peak_mib = run_measured(
        [sys.executable, "-m", "evidencemap", "build", "--content", str(content), "--output", str(out), "--quiet"],
        tmp_path,
    )
    print(f"\n[{case.name}] exit {result.returncode} in {seconds:.1f} s, peak RSS {peak_mib} MiB")
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr.replace("error:", ""), result.stderr[
        -2000:
    ]
    if case.error_line is None:
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode == 1, result.stderr[-2000:]
    where = f"{case.path.split('/')[-1]}:{case.error_line}: error:"
    assert where in result.stderr and "hint:" in result.stderr, result.stderr[-2000:]
    assert "previous site" in result.stderr and not out.exists()


def test_check_and_extract_commands_also_report_instead_of_crashing(tmp_path: Path) -> None:
    """The other commands that read content: ``check`` on a broken map, ``extract`` on broken files."""
    broken = [c for c in CASES if c.path.startswith("sources/") and c.error_line is not None]
    content = tmp_path / "content"
    for case in broken:
        sub = make_content(tmp_path / case.name.replace(" ", "-"), case)
        result = subprocess.run(
            [sys.executable, "-m", "evidencemap", "extract", str(sub / case.path), "--content", str(sub)],
            capture_output=True,
            text=True,
            timeout=HANG_GUARD_SECONDS,
            preexec_fn=_limits,
        )
        assert result.returncode == 1 and "Traceback" not in result.stderr and "hint:" in result.stderr, (
            case.name,
            result.stderr[-1500:],
        )
        content = sub
    result = subprocess.run(
        [sys.executable, "-m", "evidencemap", "check", "--content", str(content)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr and "hint:" in result.stderr


def test_correct_builds_read_what_the_author_meant(tmp_path: Path) -> None:
    """BOM, CRLF and CR files build with their front matter read and their lines right."""
    results = {}
    for name in (
        "UTF-8 BOM",
        "CRLF line ends",
        "CR line ends",
        "no front matter",
        "empty file",
        "an article with no claims",
    ):
        case = next(c for c in CASES if c.name == name)
        result = make_map(make_content(tmp_path / name.replace(" ", "-"), case))
        sid = Path(case.path).stem
        results[name] = (
            next(s for s in result.graph.dataset.sources if s.id == sid),
            [c for c in result.graph.dataset.claims if c.source == sid],
        )
    assert results["UTF-8 BOM"][0].title == "With a BOM"
    for name, title in (("CRLF line ends", "With CRLF"), ("CR line ends", "With CR")):
        source, claims = results[name]
        assert source.title == title
        assert [c.location.line for c in claims] == [6, 8]  # the same lines as with LF
    assert results["no front matter"][0].title == "A bare article" and results["no front matter"][1]
    assert results["empty file"][0].title == "empty" and not results["empty file"][1]
    assert results["an article with no claims"][1] == []
