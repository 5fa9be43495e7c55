"""``evidencemap publish``: put the built site where a static host serves it.

Two targets cover most hosts. A folder (what Netlify, a plain web server or an
rsync job picks up) is simply a build into it, with the same safety rules as
``build``. A ``gh-pages`` branch (GitHub Pages) gets one commit holding exactly
the site, written with git's plumbing into a private index, so the user's
working tree, index and current branch are never touched; an unchanged site
makes no commit. Pushing is a separate, explicit choice (``--push``).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from evidencemap.build import BuildOptions, BuildReport, build
from evidencemap.commands.failure import EXIT_OUTPUT, CommandError


class PublishError(CommandError):
    """Publishing could not be done; the message says why and what to do."""

    exit_code = EXIT_OUTPUT


@dataclass(frozen=True, slots=True)
class Published:
    """What ``publish`` built, where it went, and the commit it made."""

    report: BuildReport
    where: str
    commit: str | None = None  # the new gh-pages commit, or None for a folder or an unchanged site

    def lines(self, to: str, branch: str, push: str | None) -> list[str]:
        """What ``publish`` tells the user: where the site went, and for a branch, how to serve it."""
        report = self.report
        made = f"{report.sources} sources, {report.claims} claims, {report.pages} pages."
        if to != "gh-pages":
            return [f"Published to {self.where}: {made}"]
        state = f"new commit {self.commit[:10]}" if self.commit else "unchanged since the last publish, no commit"
        lines = [f"Published to {self.where} ({state}): {made}"]
        if not push:
            lines.append(f"Push it with 'git push origin {branch}', then set GitHub Pages to serve that branch.")
        return lines


def _git(args: list[str], repo: Path, env: dict[str, str] | None = None, stdin: str | None = None) -> str:
    result = subprocess.run(
        ["git", *args], cwd=repo, env={**os.environ, **(env or {})}, input=stdin, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise PublishError(f"git {' '.join(args[:2])} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout.strip()


def _refuse_checked_out(branch: str, top: Path) -> None:
    """The branch the site is committed to must not be one checked out in any work tree of the repository: its
    commit would replace the whole tree of the user's own branch with the site, under their working files."""
    listing = _git(["worktree", "list", "--porcelain"], top)
    checked_out = {
        line.removeprefix("branch refs/heads/") for line in listing.splitlines() if line.startswith("branch ")
    }
    if branch in checked_out:
        raise PublishError(
            f"branch {branch!r} is checked out in this repository: publishing would replace its files with the site; "
            "publish to a branch of its own (the default is gh-pages), e.g. --branch gh-pages"
        )


def commit_tree(site: Path, repo: Path, branch: str, message: str) -> str | None:
    """Commit the files of ``site`` as the whole tree of ``branch``; None if the tree is unchanged."""
    try:
        top = _git(["rev-parse", "--show-toplevel"], repo)
    except (PublishError, FileNotFoundError) as exc:
        raise PublishError(
            f"{repo} is not inside a git repository: run 'git init' there, "
            f"or publish to a folder with --to PATH ({exc})"
        ) from None
    _refuse_checked_out(branch, Path(top))
    with tempfile.TemporaryDirectory() as scratch:
        env = {"GIT_INDEX_FILE": str(Path(scratch) / "index"), "GIT_WORK_TREE": str(site)}
        _git(["--work-tree", str(site), "add", "--all", "--force", "."], Path(top), env)
        tree = _git(["write-tree"], Path(top), env)
    ref = f"refs/heads/{branch}"
    try:
        parent = _git(["rev-parse", "--verify", "--quiet", ref], Path(top))
    except PublishError:
        parent = ""
    if parent and _git(["rev-parse", f"{parent}^{{tree}}"], Path(top)) == tree:
        return None
    args = ["commit-tree", tree, "-m", message] + (["-p", parent] if parent else [])
    commit = _git(args, Path(top), _identity(Path(top)))
    _git(["update-ref", ref, commit] + ([parent] if parent else []), Path(top))
    return commit


def _identity(repo: Path) -> dict[str, str]:
    """The user's git identity if set; otherwise name the commit after the tool rather than fail."""
    try:
        _git(["config", "user.email"], repo)
        return {}
    except PublishError:
        return {
            "GIT_AUTHOR_NAME": "evidencemap",
            "GIT_AUTHOR_EMAIL": "evidencemap@localhost",
            "GIT_COMMITTER_NAME": "evidencemap",
            "GIT_COMMITTER_EMAIL": "evidencemap@localhost",
        }


def publish(
    content_dir: Path,
    to: str,
    base_url: str | None = None,
    repo: Path | None = None,
    branch: str = "gh-pages",
    push: str | None = None,
) -> Published:
    """Build and publish to a folder or to a git branch."""
    if to != "gh-pages":
        report = build(content_dir, Path(to), options=BuildOptions(base_url=base_url))
        return Published(report, str(report.output))
    with tempfile.TemporaryDirectory(prefix="evidencemap-publish-") as scratch:
        site = Path(scratch) / "site"
        report = build(content_dir, site, options=BuildOptions(base_url=base_url))
        (site / ".evidencemap-site").unlink(missing_ok=True)  # a build marker means nothing on a host
        (site / ".nojekyll").write_bytes(b"")  # GitHub Pages: serve files as they are, no Jekyll
        message = f"Publish evidence map: {report.sources} sources, {report.claims} claims, {report.pages} pages"
        commit = commit_tree(site, repo or Path.cwd(), branch, message)
    if push:
        _git(["push", push, f"refs/heads/{branch}:refs/heads/{branch}"], repo or Path.cwd())
    return Published(report, f"branch {branch}", commit)
