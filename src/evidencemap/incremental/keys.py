"""The keys of an incremental build: what each result is a function of, as one hash.

Every shortcut a build takes (an extraction from the cache, a page linked from
the last site, a whole build skipped) is safe only if its key covers everything
the result depends on. Keeping all the keys in one room makes that claim
checkable: a new input of the pipeline needs a line here, or the cache goes stale.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from evidencemap.content.config import SiteConfig
from evidencemap.content.lexicon import Lexicon
from evidencemap.errors import Problem
from evidencemap.incremental.cache import code_fingerprint, entry_key
from evidencemap.review.reviews import REVIEWS_DIR


@dataclass(frozen=True, slots=True)
class SourceKeys:
    """The cache key of every source file ("" where the file cannot be read)."""

    files: tuple[Path, ...]
    keys: tuple[str, ...]
    problems: tuple[Problem, ...]


def relative_name(path: Path, content_dir: Path) -> str:
    """A source file's name as keys and documents record it: relative to the content folder where it lies inside."""
    return path.relative_to(content_dir).as_posix() if path.is_relative_to(content_dir) else path.name


def source_keys(files: list[Path], content_dir: Path, lexicon: Lexicon) -> SourceKeys:
    """Hash every source file with what its extraction depends on; cheap next to extracting."""
    keys: list[str] = []
    problems: list[Problem] = []
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            problems.append(
                Problem(
                    str(path), None, f"cannot read the file: {exc.strerror}", "check that it exists and is readable"
                )
            )
            keys.append("")
            continue
        keys.append(entry_key(relative_name(path, content_dir), raw, lexicon.digest))
    return SourceKeys(tuple(files), tuple(keys), tuple(problems))


def map_key(content_dir: Path, config: SiteConfig, lexicon: Lexicon) -> str:
    """A hash of the inputs every page depends on wherever the site is written: code, theme, config (but the base
    URL), lexicon and reviews. Kept parts of pages are keyed by it, so a preview and a build share them."""
    digest = hashlib.sha256()
    digest.update(code_fingerprint().encode())
    digest.update(config.model_dump_json(exclude={"base_url"}).encode())
    digest.update(lexicon.digest.encode())
    reviews = content_dir / REVIEWS_DIR
    if reviews.is_dir():
        for path in sorted(reviews.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(reviews).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def global_key(map_key: str, out_dir: Path, config: SiteConfig) -> str:
    """A hash of the inputs every page of the site in ``out_dir`` depends on: ``map_key``, the folder and the base
    URL."""
    return hashlib.sha256(f"{map_key}\0{out_dir}\0{config.base_url}".encode()).hexdigest()


def build_key(global_key: str, sources: SourceKeys) -> str:
    """A hash of every input of a build: equal keys mean byte-equal sites."""
    digest = hashlib.sha256(global_key.encode())
    for path, key in zip(sources.files, sources.keys, strict=True):
        digest.update(f"{path}\0{key}\n".encode())
    return digest.hexdigest()


def document_keys(content_dir: Path, sources: SourceKeys, paths_by_id: dict[str, str]) -> dict[str, str]:
    """Per source id, the cache key of its file (a hash of its bytes): what its page's article is rendered from.

    ``paths_by_id``: each loaded source's id and the path its document records."""
    key_of = {relative_name(path, content_dir): key for path, key in zip(sources.files, sources.keys, strict=True)}
    return {source_id: key_of[path] for source_id, path in paths_by_id.items() if path in key_of}
