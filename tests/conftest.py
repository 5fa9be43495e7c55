"""Shared fixtures: the repository's own content, and a site built from it once per session."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from evidencemap.build import BuildReport, build, make_map

# Build caches of the tests go to a folder of their own, not the user's ~/.cache (subprocesses inherit it).
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="evidencemap-test-cache-")

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"
# The five original seed articles, as saved from the web, to check quotes against.
SEEDS = REPO / "tests" / "fixtures" / "seeds"


@pytest.fixture(scope="session")
def seed_map():
    """The default map (seeds + research sources), linked but not rendered."""
    return make_map(CONTENT)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    """The default map built once into a temporary folder."""
    out = tmp_path_factory.mktemp("built") / "site"
    report = build(CONTENT, out)
    return out, report


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the default content, for tests that break it."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def process_ended(pid: int) -> bool:
    """The process has ended (a zombie its parent has not reaped yet counts as ended); Linux /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


def generated_map(root: Path, count: int) -> Path:
    """A content folder of ``count`` generated articles (bench/corpus.py: the same articles every time, made of the
    default map's paragraphs), with its lexicon and config, in ``root``: a map large enough for a build to start
    worker processes (100 articles: over 24 sources to extract and 400 pages to render)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = sys.modules.get(spec.name)
    if corpus is None:
        corpus = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = corpus  # its dataclasses look their module up
        spec.loader.exec_module(corpus)
    return corpus.write_evidencemap(root, count, corpus.read_templates(CONTENT), CONTENT)
