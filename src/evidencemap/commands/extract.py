"""``evidencemap extract``: the claims of one article as JSON, read as a source of the map would be.

The article goes through the build's ``load_source`` (the map's settings, then load, extract, provisional
concepts, validate), so a file ``extract`` accepts is one ``build`` would accept in the map's sources.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from evidencemap.build import load_source
from evidencemap.extract import Extraction


def extract_file(path: Path, content_dir: Path) -> Extraction:
    """The extraction of the article at ``path`` against the map in ``content_dir``. Raises ``ContentError``."""
    return load_source(path, content_dir).extraction


def as_json(extraction: Extraction) -> str:
    """One JSON document: the source, its claims, its citations."""
    payload = {
        "source": extraction.source.model_dump(mode="json"),
        "claims": [c.model_dump(mode="json") for c in extraction.claims],
        "citations": [c.model_dump(mode="json") for c in extraction.citations],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1)


def as_json_lines(extraction: Extraction) -> Iterator[str]:
    """One JSON record a line, claims then citations, for pipelines."""
    for claim in extraction.claims:
        yield json.dumps({"type": "claim", **claim.model_dump(mode="json")}, ensure_ascii=False)
    for citation in extraction.citations:
        yield json.dumps({"type": "citation", **citation.model_dump(mode="json")}, ensure_ascii=False)
