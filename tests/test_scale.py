"""What keeps big maps in bounded memory must not change a byte of what small maps get."""

from __future__ import annotations

import json
from pathlib import Path

from evidencemap.build import BuildOptions, make_map
from evidencemap.render import relative_url
from evidencemap.render.exports import dataset_json
from evidencemap.scaffold import new_map


def reference_json(graph) -> bytes:  # type: ignore[no-untyped-def]
    return (json.dumps(graph.dataset.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def test_streamed_dataset_matches_a_whole_dump(seed_map) -> None:
    assert dataset_json(seed_map.graph) == reference_json(seed_map.graph)


def test_streamed_dataset_matches_with_empty_lists(tmp_path: Path) -> None:
    new_map(tmp_path / "m")
    vendor_only = tmp_path / "m" / "content" / "sources" / "research-example-coffee-hydration-trial.md"
    vendor_only.unlink()  # one source: no contradictions, no research
    result = make_map(tmp_path / "m" / "content", options=BuildOptions(use_cache=False))
    assert not result.graph.dataset.contradictions
    assert dataset_json(result.graph) == reference_json(result.graph)


def test_relative_urls_match_the_file_system_rules() -> None:
    import posixpath

    pages = ["index.html", "claims/a.html", "claims/page-2.html", "a/b/c.html", "404.html", "search/t-ab.js"]
    targets = ["index.html", "claims/a.html", "claims/", "static/site.css", "a/b/d.html", "a/x.html", "search/meta.js", ""]
    for page in pages:
        for target in targets:
            if not target:
                continue
            assert relative_url(target, page) == posixpath.relpath(target, posixpath.dirname(page) or "."), (target, page)
