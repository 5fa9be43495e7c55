"""What the last build into a folder wrote, as a typed record: the build's keys, its files and its summary.

The manifest is what lets a build stop after hashing its inputs, link unchanged
files from the previous site, and skip pages whose fingerprint is unchanged. It
is read back from the user's cache, where it may be torn, old or foreign: any
entry that does not have the shape written here reads as "no previous build",
which only costs time.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evidencemap.errors import Problem, Severity
from evidencemap.incremental.cache import BuildCache
from evidencemap.write import MARKER, FileEntry, unchanged_on_disk


@dataclass(frozen=True, slots=True)
class Summary:
    """The closing summary of a build, repeated by a build that finds nothing changed."""

    sources: int = 0
    claims: int = 0
    pages: int = 0
    contradictions: int = 0
    warnings: tuple[Problem, ...] = ()

    def to_json(self) -> dict[str, Any]:
        warnings = [{**asdict(w), "severity": w.severity.value} for w in self.warnings]
        return {
            "sources": self.sources,
            "claims": self.claims,
            "pages": self.pages,
            "contradictions": self.contradictions,
            "warnings": warnings,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Summary:
        warnings = tuple(Problem(**{**w, "severity": Severity(w["severity"])}) for w in data.get("warnings", []))
        counts = {name: int(data.get(name, 0)) for name in ("sources", "claims", "pages", "contradictions")}
        return cls(**counts, warnings=warnings)


@dataclass(frozen=True, slots=True)
class Manifest:
    """The last build into one output folder."""

    build: str = ""  # the key of all the build's inputs (keys.build_key)
    global_key: str = ""  # the key of what every page depends on (keys.global_key)
    output: str = ""  # the folder built into
    files: dict[str, FileEntry] = field(default_factory=dict)  # every file written: hash, size, mtime
    pages: dict[str, str] = field(default_factory=dict)  # page path -> the fingerprint it was rendered from
    summary: Summary = field(default_factory=Summary)

    def to_json(self) -> dict[str, Any]:
        return {
            "build": self.build,
            "global": self.global_key,
            "output": self.output,
            "files": self.files,
            "pages": self.pages,
            "summary": self.summary.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        """The manifest in ``data``; an empty one for anything not of the shape ``to_json`` writes."""
        try:
            return cls(
                build=str(data.get("build", "")),
                global_key=str(data.get("global", "")),
                output=str(data.get("output", "")),
                files={str(k): _file_entry(v) for k, v in dict(data.get("files", {})).items()},
                pages={str(k): str(v) for k, v in dict(data.get("pages", {})).items()},
                summary=Summary.from_json(dict(data.get("summary", {}))),
            )
        except (TypeError, ValueError, KeyError, AttributeError):
            return cls()

    def files_for(self, target: Path) -> dict[str, FileEntry]:
        """The files the last build wrote, if it wrote into ``target``: what this build may link rather than write."""
        return self.files if self.output == str(target) else {}

    def fingerprints_for(self, global_key: str, previous: dict[str, FileEntry]) -> dict[str, str]:
        """Fingerprints of the last build's pages still on disk, if every page's shared inputs are unchanged: those
        pages need not be rendered again where their own fingerprint is equal."""
        if not global_key or self.global_key != global_key:
            return {}
        return {path: key for path, key in self.pages.items() if path in previous}

    def still_there(self, out_dir: Path) -> bool:
        """The previous output is whole and untouched: its marker and every file it wrote, as written."""
        root = os.fspath(out_dir) + "/"  # joined as strings: this checks each of thousands of files
        return (out_dir / MARKER).is_file() and all(
            unchanged_on_disk(root + name, entry) for name, entry in self.files.items()
        )


def _file_entry(value: Any) -> FileEntry:
    """One file's [content hash, size, mtime_ns], or ValueError: an entry of another shape is no entry at all."""
    if (
        isinstance(value, list)
        and len(value) == 3
        and isinstance(value[0], str)
        and all(isinstance(n, int) and not isinstance(n, bool) for n in value[1:])
    ):
        return list(value)
    raise ValueError(f"not a file entry: {value!r}")


def read_manifest(cache: BuildCache, output: Path) -> Manifest:
    return Manifest.from_json(cache.read_manifest(output))


def write_manifest(cache: BuildCache, output: Path, manifest: Manifest) -> None:
    cache.write_manifest(output, manifest.to_json())
