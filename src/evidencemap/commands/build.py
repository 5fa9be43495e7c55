"""``evidencemap build``: the build, with progress on a terminal and a closing line that says what it did."""

from __future__ import annotations

import sys
from pathlib import Path

from evidencemap.build import BuildOptions, BuildReport, build


class TerminalProgress:
    """Progress on stderr for long builds: one line rewritten in place on a terminal, else silent."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def stage(self, name: str) -> None:
        if self.enabled:
            self._show(f"{name}...")

    def count(self, done: int, total: int) -> None:
        if self.enabled and total >= 50:
            self._show(f"extract {done}/{total} sources")

    def _show(self, text: str) -> None:
        sys.stderr.write(f"\r\033[K{text}")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        """Clear the progress line, so what is printed next starts on a clean line."""
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def build_site(
    content_dir: Path,
    output: Path,
    base_url: str | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    progress: bool | None = None,
    read_cache: bool = True,
) -> BuildReport:
    """Build ``content_dir`` into ``output``; progress shows on a terminal unless ``progress`` says otherwise.

    Raises ``ContentError`` or ``OutputError`` with the progress line already cleared."""
    shown = TerminalProgress(sys.stderr.isatty() if progress is None else progress)
    options = BuildOptions(
        base_url=base_url,
        use_cache=use_cache,
        read_cache=read_cache,
        jobs=jobs,
        progress=shown.count,
        stage=shown.stage,
    )
    try:
        return build(content_dir, output, options=options)
    finally:
        shown.done()


def failed(problems: int) -> str:
    """The closing line of a build that found content errors."""
    return f"Build failed: {problems} problem(s). The previous site, if any, is unchanged."


def summary(report: BuildReport) -> str:
    """The closing line of a build: what is on the site, and what this build did to get there."""
    made = (
        f"{report.sources} sources, {report.claims} claims, {report.contradictions} disagreements, {report.pages} pages"
    )
    if report.up_to_date:
        return f"Up to date: {report.output} ({made}); nothing changed since the last build ({report.seconds:.2f} s)."
    work = (
        f"{report.extracted} extracted, {report.reused} from cache; "
        f"{report.pages - report.pages_reused} of {report.pages} pages rendered, "
        f"{report.written} of {report.files} files written"
    )
    return f"Built {report.output}: {made} in {report.seconds:.2f} s ({work})."
