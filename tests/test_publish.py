"""``publish`` never touches the user's own branch: the README promises the current branch is left alone."""

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
