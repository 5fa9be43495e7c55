"""Property tests (hypothesis) over load and extract.

On any input, reading, parsing and loading return records or raise the project's own
error type (ContentError) whose problems name a file, a line and a hint; never another
exception. On any article, every claim's quote is exactly the text at its location in
its block, and a substring of the article; every line number lies inside the file.

Inputs come from two kinds of strategy: raw bytes and text (anything at all), and
articles assembled from the pieces real ones are made of (front matter, headings, lists,
quotes, concept names from the lexicon joined by causal cues, hedges, negations,
citations, URLs, Markdown and HTML markup, odd Unicode and line ends), so that the
extractor really finds claims to check. Run with ``--hypothesis-show-statistics`` to see
how many examples each property ran.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, target
from hypothesis import strategies as st

from evidencemap.content.lexicon import load_lexicon
from evidencemap.content.load import load_content, load_document, markdown_parser
from evidencemap.content.textfile import read_text
from evidencemap.content.yamlfile import parse_yaml
from evidencemap.errors import ContentError, EvidenceMapError
from evidencemap.extract import extract

REPO = Path(__file__).resolve().parent.parent
LEXICON = load_lexicon(REPO / "content")
NAMES = sorted({name for concept in LEXICON.concepts.values() for name in [concept.label, *concept.aliases]})
PARSER = markdown_parser()
SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

CUES = [
    "causes",
    "cause",
    "may cause",
    "can lead to",
    "leads to",
    "contributes to",
    "does not cause",
    "is not linked to",
    "is linked to",
    "is associated with",
    "relieves",
    "may relieve",
    "treats",
    "helps",
    "prevents",
    "worsens",
    "reduces",
    "increases",
    "results in",
    "is a major cause of",
    "has been shown to reduce",
    "seems to improve",
    "is caused by",
    "no evidence that",
]
FILLER = [
    "Research shows that",
    "In my 35 years of practice,",
    "Studies suggest",
    "Shop now:",
    "According to Smith et al. (2019),",
    "This",
    "It",
    "However,",
    "In women,",
    "Surprisingly,",
    "We guarantee",
    "Customers say",
    "",
]
TAILS = [
    ".",
    "!",
    "?",
    " (Smith J, Doe A. Spine. 2019;44(3):1-9. doi:10.1097/BRS.0000000000002999).",
    " [1].",
    " (PMID: 12345678).",
    " https://example.org/study?id=1.",
    ", and this increases strain on the spine.",
    " in adults over 50.",
    ": see below.",
    "…",
    " 😀.",
]
MARKUP = [
    "**",
    "_",
    "`",
    "<b>",
    "</b>",
    "<script>alert(1)</script>",
    "&amp;",
    "&lt;",
    "[link](https://example.org)",
    "![alt](x.png)",
    "\\",
    "  ",
    "\u00a0",
    "\u200b",
    "\u2028",
]

name = st.sampled_from(NAMES)
sentence = st.builds(
    lambda f, a, m, c, b, t: " ".join(p for p in (f, m + a + m, c, b) if p) + t,
    st.sampled_from(FILLER),
    name,
    st.sampled_from(["", "", "", *MARKUP]),
    st.sampled_from(CUES),
    name,
    st.sampled_from(TAILS),
)
noise = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
paragraph = st.lists(st.one_of(sentence, sentence, sentence, noise), min_size=1, max_size=4).map(" ".join)
block = st.one_of(
    paragraph,
    paragraph.map(lambda p: "# " + p),
    paragraph.map(lambda p: "### " + p),
    st.lists(paragraph, min_size=1, max_size=4).map(lambda items: "\n".join("- " + i for i in items)),
    st.lists(paragraph, min_size=1, max_size=4).map(
        lambda items: "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
    ),
    paragraph.map(lambda p: "> " + p),
    paragraph.map(lambda p: "    " + p),
    paragraph.map(lambda p: "```\n" + p + "\n```"),
    paragraph.map(lambda p: p.replace(" ", "\n", 2)),  # soft line breaks inside a paragraph
    st.just("## References\n\n1. Smith J, Doe A (2019). Flat feet and back pain. Spine 44:1-9. doi:10.1097/BRS.1"),
)
front_matter = st.one_of(
    st.just(""),
    st.builds(
        lambda t, k: f"---\ntitle: {t!r}\n{k}---\n",
        st.text(min_size=1, max_size=30),
        st.sampled_from(["", "kind: vendor\n", "kind: research\n", "sells: [orthotics]\n", "author: Dr X\n"]),
    ),
    st.just("---\n"),  # unterminated
    noise.map(lambda t: f"---\n{t}\n---\n"),  # anything at all as YAML
)
line_end = st.sampled_from(["\n", "\r\n", "\r"])
article = st.builds(
    lambda fm, blocks, end: (fm + "\n\n".join(blocks) + "\n").replace("\n", end),
    front_matter,
    st.lists(st.one_of(paragraph, paragraph, block), min_size=0, max_size=8),
    line_end,
)


def _load(data: bytes, name: str = "article.md"):
    """Write ``data`` as a source file and load it; returns the Document, or the ContentError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            return load_document(path, Path(folder), PARSER)
        except ContentError as exc:
            return exc


def _assert_located(exc: ContentError) -> None:
    assert exc.problems
    for problem in exc.problems:
        assert problem.path and problem.line and problem.line >= 1 and problem.hint, problem.format()


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_load_as_a_document_or_a_located_content_error(data: bytes) -> None:
    result = _load(data)
    if isinstance(result, ContentError):
        _assert_located(result)
    else:
        assert result.source.id and result.source.title


@SETTINGS
@given(st.text(max_size=3000))
def test_any_text_reads_or_fails_with_a_located_content_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            read = read_text(path)
        except ContentError as exc:
            _assert_located(exc)
            return
        assert "\r" not in read


@SETTINGS
@given(st.one_of(noise, st.text(alphabet="{}[]:-? &*!|>'\"#%@`,\n\t abc0123456789.", max_size=400)))
def test_any_text_parses_as_yaml_or_fails_with_a_located_content_error(text: str) -> None:
    try:
        parse_yaml(text, "any.yaml")
    except ContentError as exc:
        _assert_located(exc)


def _check_extraction(document) -> int:
    result = extract(document, LEXICON)
    lines = len(document_text_lines(document))
    by_index = {b.index: b for b in document.blocks}
    for claim in result.claims:
        block = by_index[claim.location.block]
        assert block.text[claim.location.start : claim.location.end] == claim.quote
        assert claim.quote in document.text
        assert claim.quote.strip() == claim.quote and claim.quote
        assert 1 <= claim.location.line <= lines
        assert claim.subject in LEXICON.concepts and claim.object in LEXICON.concepts
    for citation in result.citations:
        assert 1 <= citation.line <= lines
    return len(result.claims)


_FILE_LINES: dict[str, int] = {}


def document_text_lines(document) -> list[None]:
    return [None] * _FILE_LINES[document.source.id]


def test_every_quote_is_the_text_at_its_location_in_its_source() -> None:
    """400 generated articles; the claim counts are collected so the test can also show the property was exercised."""
    claims_per_article: list[int] = []

    @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(article)
    def quotes_are_located(text: str) -> None:
        result = _load(text.encode("utf-8", "surrogatepass"))
        if isinstance(result, ContentError):
            _assert_located(result)
            return
        folded = text.replace("\r\n", "\n").replace("\r", "\n")
        _FILE_LINES[result.source.id] = folded.count("\n") + 1
        found = _check_extraction(result)
        target(float(found))  # steer generation towards articles with many claims
        claims_per_article.append(found)

    quotes_are_located()
    with_claims = sum(1 for n in claims_per_article if n)
    print(
        f"\nquote property: {len(claims_per_article)} articles loaded and extracted, {with_claims} with claims, "
        f"{sum(claims_per_article)} claims checked"
    )
    assert with_claims >= len(claims_per_article) // 4, "the article strategy should exercise the extractor"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.one_of(article, st.binary(max_size=500).map(lambda b: b.decode("latin-1"))), min_size=1, max_size=4))
def test_any_content_folder_loads_or_fails_with_located_problems(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        content = Path(folder)
        (content / "sources").mkdir()
        (content / "lexicon.yaml").write_bytes((REPO / "content" / "lexicon.yaml").read_bytes())
        for index, text in enumerate(texts):
            (content / "sources" / f"s{index}.md").write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            corpus = load_content(content)
        except ContentError as exc:
            _assert_located(exc)
            return
        except EvidenceMapError as exc:  # pragma: no cover - would be a defect: only ContentError is expected
            pytest.fail(f"unexpected error type: {exc!r}")
        assert len(corpus.documents) == len(texts)
