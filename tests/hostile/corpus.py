"""Build a content folder whose every text field carries an injection payload.

Each payload of ``payloads.txt`` becomes one source whose article text, front
matter (title, publisher, author, url, disclosure, authors, venue, doi, pmid,
population, kind_reason), lexicon concept (label, description) and
review notes (an accepted claim's note, a hand-added claim's note) carry it.
The site config carries some of them too. Used by tests/test_hostile_browser.py
and tests/test_hostile_isolation.py; build it by hand with
``python tests/hostile/corpus.py OUT_DIR``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAYLOADS: list[str] = [
    line
    for line in (HERE / "payloads.txt").read_text(encoding="utf-8").split("\n")
    if line and not line.startswith("#")
]
# The places a payload goes: the count of payloads x slots is what the closing note reports.
FRONT_MATTER_SLOTS = (
    "title",
    "publisher",
    "author",
    "url",
    "disclosure",
    "authors",
    "venue",
    "doi",
    "pmid",
    "population",
    "kind_reason",
)
# ``published`` and ``updated`` are validated as calendar dates, so a payload there is refused with a located error
# (tests/test_load.py); the corpus gives them a real date.
OTHER_SLOTS = (
    "article heading",
    "article paragraph",
    "claim sentence",
    "list item",
    "blockquote",
    "code block",
    "reference",
    "lexicon label",
    "lexicon description",
    "review note (accepted claim)",
    "review note (added claim)",
)


def q(text: str) -> str:
    """A YAML scalar holding ``text`` exactly (JSON strings are valid YAML)."""
    return json.dumps(text)


def article(i: int, payload: str) -> str:
    """An article whose sentences make claims and carry the payload everywhere Markdown allows."""
    fields = {
        "title": f"{payload} #{i}",
        "publisher": payload,
        "author": payload,
        "url": payload,
        "disclosure": payload,
        "venue": payload,
        "doi": payload,
        "pmid": payload,
        "population": payload,
        "kind_reason": payload,
        "published": "2024-01-01",
    }
    front = "\n".join(f"{key}: {q(value)}" for key, value in fields.items())
    front += f"\nauthors: [{q(payload)}]\nkind: {'vendor' if i % 2 else 'blog'}\nsells: [gadget]\n"
    return (
        f"---\n{front}---\n"
        f"# {payload}\n\n"
        f"Factor{i} causes backache. {payload}\n\n"
        f"Research shows that the gadget relieves backache {payload}.\n\n"
        f"- Factor{i} may worsen backache: {payload}\n"
        f"- {payload}\n\n"
        f"> {payload} Factor{i} causes backache.\n\n"
        f"    {payload}\n\n"
        "## References\n\n"
        f"1. Smith J, Doe A (2020). {payload}. Journal of Feet 3:1-9. https://evil.example/ref{i}?q={payload}\n"
    )


def lexicon() -> str:
    """One factor per payload (label and description carry it), a condition and a product."""
    lines = ["concepts:"]
    lines += [
        "  - id: backache",
        "    kind: condition",
        f"    label: {q('backache ' + PAYLOADS[0])}",
        "    aliases: [backache]",
    ]
    lines += [
        "  - id: gadget",
        "    kind: product",
        f"    label: {q('gadget ' + PAYLOADS[1])}",
        "    aliases: [gadget]",
    ]
    for i, payload in enumerate(PAYLOADS):
        lines += [
            f"  - id: factor-{i}",
            "    kind: factor",
            f"    label: {q(f'{payload} factor{i}')}",
            f"    aliases: [factor{i}]",
            f"    description: {q(payload)}",
        ]
    return "\n".join(lines) + "\n"


def write_corpus(root: Path) -> Path:
    """Write the hostile content folder under ``root`` (sources, lexicon, config, reviews); return it."""
    from evidencemap.build import make_map

    content = root / "content"
    (content / "sources").mkdir(parents=True)
    (content / "lexicon.yaml").write_text(lexicon(), encoding="utf-8")
    (content / "evidencemap.yaml").write_text(
        f"title: {q('Hostile map ' + PAYLOADS[0])}\ndescription: {q(' '.join(PAYLOADS[:6]))}\n", encoding="utf-8"
    )
    for i, payload in enumerate(PAYLOADS):
        (content / "sources" / f"p{i:02d}.md").write_text(article(i, payload), encoding="utf-8")
    # Review notes need claim ids, which extraction decides: extract first, then review.
    result = make_map(content)
    (content / "reviews").mkdir()
    for i, payload in enumerate(PAYLOADS):
        sid = f"p{i:02d}"
        claims = [c for c in result.graph.dataset.claims if c.source == sid]
        decisions = f"  - id: {claims[0].id}\n    action: accept\n    note: {q(payload)}\n" if claims else ""
        (content / "reviews" / f"{sid}.yaml").write_text(
            f"source: {sid}\nclaims:\n{decisions or '  []'}\nadd:\n"
            f"  - quote: {q(f'Factor{i} causes backache.')}\n    subject: factor-{i}\n    relation: causes\n    "
            f"object: backache\n"
            f"    note: {q(payload)}\n",
            encoding="utf-8",
        )
    return content


if __name__ == "__main__":
    print(write_corpus(Path(sys.argv[1])))
