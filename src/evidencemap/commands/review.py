"""``evidencemap review SOURCE``: write a source's starting review file from the map as ``build`` reads it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evidencemap.build import BuildOptions, make_map
from evidencemap.commands.failure import CommandError
from evidencemap.review.curate import review_path, write_review


@dataclass(frozen=True, slots=True)
class Written:
    """The review file written, and how many claims it lists."""

    path: Path
    claims: int

    def lines(self) -> list[str]:
        return [
            f"Wrote {self.path}: {self.claims} claims, each 'action: pending'.",
            "Set each to accept, reject or edit, add what was missed, then 'evidencemap build'.",
        ]


def start_review(content_dir: Path, source_id: str, force: bool = False) -> Written:
    """Write ``reviews/SOURCE.yaml`` listing every claim extracted from the source.

    Raises ``ContentError`` for a map ``build`` would refuse, ``CommandError`` for an unknown source or a review
    file that exists (it holds a curator's decisions) without ``force``."""
    result = make_map(content_dir, options=BuildOptions())
    extraction = next((e for e in result.extractions if e.source.id == source_id), None)
    if extraction is None:
        known = ", ".join(sorted(e.source.id for e in result.extractions)[:8])
        raise CommandError(f"no source {source_id!r} in {content_dir}/sources (some there: {known})")
    try:
        path = write_review(content_dir, extraction, force=force)
    except FileExistsError:
        raise CommandError(
            f"{review_path(content_dir, source_id)} exists and holds a curator's decisions; "
            "edit it, or pass --force to start again"
        ) from None
    return Written(path, len(extraction.claims))
