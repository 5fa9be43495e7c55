"""Loading content: front matter, Markdown blocks and lines, and errors that say file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidencemap.content.lexicon import load_lexicon
from evidencemap.content.load import load_content, load_document
from evidencemap.errors import ContentError
from evidencemap.model import SourceKind

LEXICON = """concepts:
  - id: blue-light-glasses
    label: blue-light glasses
    kind: intervention
  - id: eye-strain
    label: eye strain
    kind: condition
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(exc: pytest.ExceptionInfo[ContentError]) -> list[str]:
    return [p.format() for p in exc.value.problems]


def make_content(tmp_path: Path, source: str, lexicon: str = LEXICON) -> Path:
    content = tmp_path / "content"
    write(content / "lexicon.yaml", lexicon)
    write(content / "sources" / "article.md", source)
    return content


def test_seed_content_loads_with_every_source(seed_map) -> None:
    ids = {d.source.id for d in seed_map.corpus.documents}
    assert {
        "biopods-lower-back-pain",
        "ideastep-walking-back-pain",
        "hodandhod-weak-feet-bad-back",
        "foot-mobility-kinetic-chain",
        "crux-feet-low-back-pain",
    } <= ids
    assert sum(1 for d in seed_map.corpus.documents if d.source.kind == SourceKind.RESEARCH) == 4


def test_block_lines_point_at_the_file(tmp_path: Path) -> None:
    content = make_content(
        tmp_path, "---\ntitle: T\n---\n# Heading\n\nFirst paragraph.\n\n- item one\n- item two\n\nLine a\nline b.\n"
    )
    doc = load_document(content / "sources" / "article.md", content)
    by_text = {b.text: b for b in doc.blocks}
    lines = (content / "sources" / "article.md").read_text().split("\n")
    for text, block in by_text.items():
        assert text.split(" ")[0] in lines[block.line - 1], (text, block.line)
    wrapped = by_text["Line a line b."]
    assert wrapped.line_at(wrapped.text.index("line b")) == wrapped.line + 1
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert len(items) == 2 and items[0].lead_in == by_text["First paragraph."].index


def test_raw_html_in_markdown_is_text_not_markup(tmp_path: Path) -> None:
    content = make_content(tmp_path, "---\ntitle: T\n---\nHello <script>alert(1)</script> world.\n")
    doc = load_document(content / "sources" / "article.md", content)
    assert "<script>alert(1)</script>" in doc.blocks[0].text


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ("title: T\nkind: shop\n", 3, "kind"),
        ("title: T\nsells: not-a-list\n", 3, "sells"),
        ("title: T\ncolour: red\n", 3, "unknown field 'colour'"),
        ("title: T\ntitle: U\n", 3, "duplicate key 'title'"),
        ("title: T\n\tkind: vendor\n", 3, "invalid YAML"),
        ("title: [unclosed\n", 2, "invalid YAML"),
        ("title: T\npublished: 2031-13-45\n", 3, "not a calendar date"),
        ("title: T\npublished: 5 March 2024\n", 3, "write it as YYYY-MM-DD"),
        ("title: T\nkind: vendor\nupdated: '2999-01-01'\n", 4, "in the future"),
    ],
)
def test_bad_front_matter_names_file_line_and_problem(tmp_path: Path, front: str, line: int, words: str) -> None:
    content = make_content(tmp_path, f"---\n{front}---\nBody.\n")
    with pytest.raises(ContentError) as exc:
        load_content(content)
    messages = problems_of(exc)
    assert any(f"article.md:{line}:" in m and words in m for m in messages), messages


def test_unterminated_front_matter_is_reported(tmp_path: Path) -> None:
    content = make_content(tmp_path, "---\ntitle: T\nBody without an end.\n")
    with pytest.raises(ContentError) as exc:
        load_content(content)
    assert "article.md:1:" in problems_of(exc)[0] and "never ends" in problems_of(exc)[0]


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    content = make_content(tmp_path, "x")
    (content / "sources" / "article.md").write_bytes(b"---\ntitle: T\n---\nline\ncaf\xe9\n")
    with pytest.raises(ContentError) as exc:
        load_content(content)
    assert "article.md:5:" in problems_of(exc)[0] and "UTF-8" in problems_of(exc)[0]


def test_selling_an_unknown_concept_is_an_error_with_its_line(tmp_path: Path) -> None:
    content = make_content(tmp_path, "---\ntitle: T\nkind: vendor\nsells: [magic-beans]\n---\nBody.\n")
    with pytest.raises(ContentError) as exc:
        load_content(content)
    assert any("article.md:4:" in m and "magic-beans" in m for m in problems_of(exc))


@pytest.mark.parametrize(
    ("lexicon", "line", "words"),
    [
        (
            LEXICON + "  - id: dry-eye\n    label: dry eye\n    kind: condition\n    broader: eyes\n",
            11,
            "'eyes', which is not a concept",
        ),
        (LEXICON + "  - id: Bad_Id\n    label: x\n    kind: condition\n", 8, "slugs"),
        (
            LEXICON + "  - id: strain\n    label: strain\n    kind: condition\n    aliases: [eye strain]\n",
            11,
            "names both",
        ),
        (LEXICON + "  - id: glare\n    label: glare\n    kind: feeling\n", 10, "kind"),
        (
            (
                "concepts:\n  - id: a\n    label: a\n    kind: factor\n    broader: b\n  - id: b\n    label: b\n    "
                "kind: factor\n    broader: a\n"
            ),
            5,
            "cycle",
        ),
    ],
)
def test_bad_lexicon_entry_names_file_line_and_problem(tmp_path: Path, lexicon: str, line: int, words: str) -> None:
    content = make_content(tmp_path, "---\ntitle: T\n---\nBody.\n", lexicon)
    with pytest.raises(ContentError) as exc:
        load_lexicon(content)
    messages = problems_of(exc)
    assert any(f"lexicon.yaml:{line}:" in m and words in m for m in messages), messages


def test_yaml_aliases_are_refused(tmp_path: Path) -> None:
    content = make_content(tmp_path, "---\ntitle: &t T\npublisher: *t\n---\nBody.\n")
    with pytest.raises(ContentError) as exc:
        load_content(content)
    assert any("article.md:3:" in m and "aliases" in m for m in problems_of(exc))


def test_kind_is_inferred_with_a_reason_when_not_given(tmp_path: Path) -> None:
    content = make_content(
        tmp_path, "---\ntitle: Glasses\n---\nOur glasses end eye strain. Shop now and get free shipping!\n"
    )
    doc = load_document(content / "sources" / "article.md", content)
    assert doc.source.kind == SourceKind.VENDOR
    assert doc.source.kind_reason and "sells" in doc.source.kind_reason


def test_a_doi_and_pmid_stated_in_the_text_make_a_research_source(tmp_path: Path) -> None:
    """An abstract pasted with its identifier lines, no front matter beyond a title: the DOI and PMID are read
    from the text, and they make it a research source; a DOI given in the front matter is never replaced."""
    body = (
        "# Night splints for heel pain\n\nDOI: https://doi.org/10.1000/xyz.2020.123.\nPMID: 31234567\n\n"
        "Night splints reduced heel pain at 8 weeks.\n"
    )
    content = make_content(tmp_path, f"---\ntitle: Splints\n---\n{body}")
    doc = load_document(content / "sources" / "article.md", content)
    assert (doc.source.doi, doc.source.pmid) == ("10.1000/xyz.2020.123", "31234567")
    assert doc.source.kind == SourceKind.RESEARCH
    (content / "sources" / "article.md").write_text(f"---\ntitle: Splints\ndoi: 10.5555/given\n---\n{body}")
    assert load_document(content / "sources" / "article.md", content).source.doi == "10.5555/given"
