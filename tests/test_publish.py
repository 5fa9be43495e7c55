"""Publishing and writing the site: the user's own branch and the previous site are never harmed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_publish_to_the_checked_out_branch_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    run(sys.executable, "-m", "evidencemap", "new", str(folder), cwd=tmp_path).check_returncode()
    for args in (
        ("init", "-q", "-b", "main"),
        ("add", "-A"),
        ("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "map"),
    ):
        run("git", *args, cwd=folder).check_returncode()
    head_before = run("git", "rev-parse", "HEAD", cwd=folder).stdout

    refused = run(sys.executable, "-m", "evidencemap", "publish", "--branch", "main", cwd=folder)

    assert refused.returncode == 3
    assert "branch 'main' is checked out" in refused.stderr and "--branch gh-pages" in refused.stderr
    assert "Traceback" not in refused.stderr + refused.stdout
    assert run("git", "rev-parse", "HEAD", cwd=folder).stdout == head_before
    assert run("git", "status", "--porcelain", cwd=folder).stdout == ""
    assert (folder / "content").is_dir() and not (folder / "index.html").exists()


def test_a_full_disk_while_writing_the_site_is_a_located_error_and_the_site_stays(
    tmp_path: Path, content_copy: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The disk fills up while the new site is staged: the command says so, with the folder and what to do, exits
    with the output-folder code, prints no traceback, and the previous site is untouched."""
    import errno
    import os

    from typer.testing import CliRunner

    from evidencemap.cli import app

    out = tmp_path / "site"
    args = ["build", "--content", str(content_copy), "--output", str(out), "--no-cache", "--jobs", "1"]
    assert CliRunner().invoke(app, args).exit_code == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    stage = str(tmp_path / ".site.building-")
    real_open = os.open

    def full(path, flags, *rest, **options):  # type: ignore[no-untyped-def]
        if str(path).startswith(stage) and "claims" in str(path) and flags & os.O_CREAT:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real_open(path, flags, *rest, **options)

    monkeypatch.setattr(os, "open", full)
    result = CliRunner().invoke(app, args)
    monkeypatch.undo()

    assert result.exit_code == 3
    assert "No space left on device" in result.output and f"beside {out}" in result.output
    assert "Free some space" in result.output and "Traceback" not in result.output
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    leftover = [p for p in tmp_path.iterdir() if p.name.startswith(".site.")]
    assert leftover == [], [sorted(str(q.relative_to(p)) for q in p.rglob("*"))[:5] for p in leftover]
