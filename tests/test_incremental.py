"""Incremental builds: the cache and the output manifest save work, and never change the result.

Every test compares an incremental build with a clean build of the same content,
byte for byte, because a faster build that is sometimes wrong is worse than a
slow one.
"""

from __future__ import annotations

import html
import json
import os
import shutil
from pathlib import Path

from conftest import process_ended
from evidencemap.build import BuildOptions, build, make_map
from evidencemap.incremental.cache import ENTRIES, default_cache_dir, user_cache_root

CLEAN = BuildOptions(use_cache=False)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def clean_build(content: Path, tmp_path: Path, name: str = "clean") -> dict[str, bytes]:
    out = tmp_path / name
    build(content, out, options=CLEAN)
    return snapshot(out)


def render_with(monkeypatch, **knobs) -> None:  # type: ignore[no-untyped-def]
    """Every build of this test, clean ones too, renders with these knobs of ``render_and_write`` (``paging``,
    ``workers``): the call a build makes into incremental/pages.py, given them."""
    import functools

    import evidencemap.build as build_module
    from evidencemap.incremental.pages import render_and_write

    monkeypatch.setattr(build_module, "render_and_write", functools.partial(render_and_write, **knobs))


def add_source(content: Path, name: str, title: str) -> Path:
    path = content / "sources" / f"{name}.md"
    path.write_text(
        f'---\ntitle: "{title}"\nkind: blog\n---\n\n# {title}\n\n'
        "Flat feet can cause low back pain. Custom orthotics relieve back pain, in my experience.\n",
        encoding="utf-8",
    )
    return path


def test_adding_a_source_reextracts_only_it_and_matches_a_clean_build(tmp_path: Path, content_copy: Path) -> None:
    out = tmp_path / "site"
    first = build(content_copy, out)
    assert first.extracted == first.sources and first.reused == 0
    add_source(content_copy, "a-new-blog", "A new blog post")
    second = build(content_copy, out)
    assert (second.extracted, second.reused) == (1, first.sources)
    assert second.sources == first.sources + 1
    assert snapshot(out) == clean_build(content_copy, tmp_path)


def test_a_build_with_nothing_changed_does_nothing(tmp_path: Path, content_copy: Path) -> None:
    out = tmp_path / "site"
    first = build(content_copy, out)
    before, times = snapshot(out), mtimes(out)
    again = build(content_copy, out)
    assert again.up_to_date and again.extracted == 0
    assert (again.sources, again.claims, again.pages) == (first.sources, first.claims, first.pages)
    assert snapshot(out) == before and mtimes(out) == times


def test_only_changed_output_files_are_rewritten(tmp_path: Path, content_copy: Path) -> None:
    out = tmp_path / "site"
    build(content_copy, out)
    before, times = snapshot(out), mtimes(out)
    source = content_copy / "sources" / "crux-feet-low-back-pain.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("You are not alone.", "You are not alone at all."), encoding="utf-8"
    )
    report = build(content_copy, out)
    after = snapshot(out)
    assert after == clean_build(content_copy, tmp_path)
    changed = {name for name in after if before.get(name) != after[name]}
    assert changed and 0 < report.written < report.files
    assert report.written == len(changed)
    now = mtimes(out)
    kept = [name for name in after if name not in changed and name != ".evidencemap-site"]
    assert kept and all(now[name] == times[name] for name in kept)


def test_a_lexicon_change_reextracts_everything(tmp_path: Path, content_copy: Path) -> None:
    out = tmp_path / "site"
    first = build(content_copy, out)
    lexicon = content_copy / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    second = build(content_copy, out)
    assert second.extracted == first.sources and second.reused == 0


def test_an_output_file_edited_by_hand_is_restored(tmp_path: Path, content_copy: Path) -> None:
    out = tmp_path / "site"
    build(content_copy, out)
    expected = snapshot(out)
    page = out / "sources" / "index.html"
    page.write_text("defaced", encoding="utf-8")
    report = build(content_copy, out)
    assert not report.up_to_date
    assert snapshot(out) == expected
    schema = (
        out / "data" / "evidence.schema.json"
    )  # taken from the last build when the code is the same: but not defaced
    schema.write_text("{}", encoding="utf-8")
    build(content_copy, out)
    assert snapshot(out) == expected


def test_a_damaged_cache_entry_costs_time_not_correctness(tmp_path: Path, content_copy: Path) -> None:
    out = tmp_path / "site"
    build(content_copy, out)
    expected = snapshot(out)
    entries = sorted((default_cache_dir(content_copy) / "extract").glob("*/*.pickle"))
    assert entries, "the cache sits in the user's cache folder"
    for entry in entries[:3]:
        entry.write_bytes(b"not a pickle")
    shutil.rmtree(out)
    report = build(content_copy, out)
    assert snapshot(out) == expected
    assert report.extracted == 3


def test_parallel_extraction_gives_the_same_site(tmp_path: Path, content_copy: Path) -> None:
    sources = sorted((content_copy / "sources").glob("*.md"))
    for copy in range(4):  # enough sources that the build starts worker processes
        for path in sources:
            text = path.read_text(encoding="utf-8").replace("\nid: ", f"\nid: copy{copy}-", 1)
            (path.parent / f"copy{copy}-{path.name}").write_text(text, encoding="utf-8")
    assert len(list((content_copy / "sources").glob("*.md"))) >= 40
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    build(content_copy, serial, options=BuildOptions(use_cache=False, jobs=1))
    report = build(content_copy, parallel, options=BuildOptions(use_cache=False, jobs=2))
    assert report.sources == 45
    assert snapshot(serial) == snapshot(parallel)


def test_extractions_stored_by_workers_serve_the_next_build(tmp_path: Path, content_copy: Path) -> None:
    """Worker processes store what they extract in the cache themselves; the next build, after one edit, re-extracts
    only the edited source, and its site is a clean build's."""
    sources = sorted((content_copy / "sources").glob("*.md"))
    for copy in range(4):  # enough sources that the build starts worker processes
        for path in sources:
            text = path.read_text(encoding="utf-8").replace("\nid: ", f"\nid: copy{copy}-", 1)
            (path.parent / f"copy{copy}-{path.name}").write_text(text, encoding="utf-8")
    out = tmp_path / "site"
    first = build(content_copy, out, options=BuildOptions(jobs=2))
    assert (first.extracted, first.reused) == (45, 0)
    edited = content_copy / "sources" / f"copy2-{sources[0].name}"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nCustom orthotics relieve heel pain.\n", encoding="utf-8")
    second = build(content_copy, out, options=BuildOptions(jobs=2))
    assert (second.extracted, second.reused) == (1, 44)
    assert snapshot(out) == clean_build(content_copy, tmp_path)


def test_the_cache_lives_with_the_user_not_with_the_map(tmp_path: Path, content_copy: Path) -> None:
    before = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    build(content_copy, tmp_path / "site")
    after = sorted(
        p.relative_to(tmp_path).as_posix()
        for p in tmp_path.rglob("*")
        if not p.relative_to(tmp_path).as_posix().startswith("site")
    )
    assert after == before  # nothing in or beside the map but the site
    assert default_cache_dir(content_copy).is_relative_to(user_cache_root())
    assert (default_cache_dir(content_copy) / "extract").is_dir()
    assert default_cache_dir(content_copy) != default_cache_dir(tmp_path / "another" / "content")


def test_a_planted_cache_beside_the_map_is_never_read(tmp_path: Path, content_copy: Path) -> None:
    """A shared map folder carrying a crafted .cache/ must not get its pickles loaded."""
    from evidencemap.content.lexicon import load_lexicon
    from evidencemap.incremental.cache import entry_key

    digest = load_lexicon(content_copy).digest
    marker = tmp_path / "pwned"
    for path in (content_copy / "sources").glob("*.md"):  # entries under the very keys a build would look up
        key = entry_key(path.relative_to(content_copy).as_posix(), path.read_bytes(), digest)
        for root in (tmp_path / ".cache" / "evidencemap", content_copy / ".cache" / "evidencemap"):
            entry = root / "extract" / key[:2] / f"{key}.pickle"
            entry.parent.mkdir(parents=True, exist_ok=True)
            entry.write_bytes(f"cos\nsystem\n(S'touch {marker}'\ntR.".encode())
    report = build(content_copy, tmp_path / "site")
    assert not marker.exists()
    assert report.extracted == report.sources


def test_claim_pages_far_from_the_change_are_reused_and_the_site_matches_a_clean_build(
    tmp_path: Path, content_copy: Path
) -> None:
    out = tmp_path / "site"
    first = build(content_copy, out)
    path = content_copy / "sources" / "a-massage-blog.md"
    path.write_text(
        "---\ntitle: Massage after a long day\nkind: blog\n---\n\n# Massage after a long day\n\n"
        "Massage relieves muscle tension, in my experience.\n",
        encoding="utf-8",
    )
    report = build(content_copy, out)
    claim_pages = len(json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))["assertions"])
    assert report.pages_reused > claim_pages // 2, report  # most claims are about other concepts
    assert first.claims > claim_pages // 2
    assert snapshot(out) == clean_build(content_copy, tmp_path, "clean-1")
    path.unlink()
    report = build(content_copy, out)
    assert report.pages_reused > 0
    assert snapshot(out) == clean_build(content_copy, tmp_path, "clean-2")


def test_a_source_joining_assertions_renders_only_their_claim_pages(
    tmp_path: Path, content_copy: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A new source repeating two sentences of the map joins two assertions (no disagreement, no research on them):
    of the claim pages, only those two are rendered again, and the site equals a clean build."""
    from evidencemap.render.site import SiteRenderer

    rendered: list[str] = []
    render_page = SiteRenderer.render_page

    def spy(self, page, context=None):  # type: ignore[no-untyped-def]
        rendered.append(page.path)
        return render_page(self, page, context)

    monkeypatch.setattr(SiteRenderer, "render_page", spy)
    out, serial = tmp_path / "site", BuildOptions(jobs=1)  # rendered in this process, where the spy sees it
    build(content_copy, out, options=serial)
    before = {a["id"] for a in json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))["assertions"]}
    (content_copy / "sources" / "a-copying-blog.md").write_text(
        "---\ntitle: Feet, cushioned\nkind: blog\n---\n\n# Feet, cushioned\n\n"
        "When feet are chronically cushioned and constrained, sensory input is dulled.\n\n"
        "Limited toe extension can shorten stride length.\n",
        encoding="utf-8",
    )
    rendered.clear()
    build(content_copy, out, options=serial)
    data = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    joined = {a["id"] for a in data["assertions"] if "a-copying-blog" in a["sources"]}
    assert len(joined) == 2 and joined <= before, "both sentences join assertions the map had"
    listing = ("claims/index", "claims/page-")
    claim_pages = {p for p in rendered if p.startswith("claims/") and not p.startswith(listing)}
    assert claim_pages == {f"claims/{a}.html" for a in joined}
    assert snapshot(out) == clean_build(content_copy, tmp_path)


def test_reuse_never_changes_the_result_across_a_series_of_edits(tmp_path: Path, content_copy: Path) -> None:
    """Edits of every kind to a map of 45 sources; after each, the incremental site equals a clean one."""
    import random

    sources = sorted((content_copy / "sources").glob("*.md"))
    for copy in range(4):
        for path in sources:
            text = path.read_text(encoding="utf-8").replace("\nid: ", f"\nid: copy{copy}-", 1)
            (path.parent / f"copy{copy}-{path.name}").write_text(text, encoding="utf-8")
    out = tmp_path / "site"
    build(content_copy, out, options=BuildOptions(jobs=1))
    rng = random.Random(7)
    web = [p for p in sorted((content_copy / "sources").glob("copy*.md")) if "research" not in p.name]
    paragraphs = [
        p
        for path in web
        for p in path.read_text(encoding="utf-8").split("\n\n")[2:]
        if p.strip() and not p.startswith("#")
    ]
    edits = []
    reused = 0
    for step in range(4):
        victim = web[rng.randrange(len(web))]
        parts = victim.read_text(encoding="utf-8").split("\n\n")
        if step % 2 == 0 and len(parts) > 4:  # drop a paragraph: claims disappear
            del parts[rng.randrange(3, len(parts))]
            victim.write_text("\n\n".join(parts), encoding="utf-8")
            edits.append(f"cut {victim.name}")
        else:  # a new source of borrowed paragraphs: claims appear
            new = content_copy / "sources" / f"new-{step}.md"
            body = "\n\n".join(paragraphs[rng.randrange(len(paragraphs))] for _ in range(3))
            new.write_text(f"---\ntitle: New article {step}\nkind: blog\n---\n\n{body}\n", encoding="utf-8")
            edits.append(f"add {new.name}")
        # a cut and an addition rendered by forked workers (whose runs of pages come back in any order), then serially
        report = build(content_copy, out, options=BuildOptions(jobs=2 if step < 2 else 1))
        assert snapshot(out) == clean_build(content_copy, tmp_path, f"clean-{step}"), edits
        assert report.extracted == 1, edits
        reused += report.pages_reused
    assert reused > 0  # the series did exercise page reuse


def test_a_disagreement_that_comes_and_goes_reaches_the_claim_pages_of_the_other_side(
    tmp_path: Path, content_copy: Path
) -> None:
    """The claims on one side of a disagreement list the other side; their own records never change when it goes.

    Removing the only source on one side must still re-render the pages of the
    other side (they now say that no source contradicts them), and bringing it
    back must restore them, each time exactly as a clean build makes them."""
    graph = make_map(content_copy).graph
    for contra in graph.dataset.contradictions:
        kept, gone = graph.assertions[contra.a], graph.assertions[contra.b]
        # a web source: removing a study would change the research verdict on the other side's claims, their records
        if (
            len(set(gone.sources)) == 1
            and not set(gone.sources) & set(kept.sources)
            and not graph.is_research(gone.sources[0])
        ):
            break
    else:
        raise AssertionError("the seed map has no disagreement with a side made by one web source alone")
    path = content_copy / graph.sources[gone.sources[0]].path
    text = path.read_text(encoding="utf-8")
    out = tmp_path / "site"
    build(content_copy, out)
    page = out / "claims" / f"{kept.id}.html"
    before = page.read_text(encoding="utf-8")
    assert contra.summary in html.unescape(before)
    path.unlink()
    report = build(content_copy, out)
    assert report.pages_reused > 0  # the claim pages far from the change were reused
    assert contra.summary not in html.unescape(page.read_text(encoding="utf-8"))
    assert snapshot(out) == clean_build(content_copy, tmp_path, "clean-gone")
    path.write_text(text, encoding="utf-8")
    build(content_copy, out)
    assert page.read_text(encoding="utf-8") == before
    assert snapshot(out) == clean_build(content_copy, tmp_path, "clean-back")


def test_an_edited_study_reaches_the_pages_of_the_web_claims_it_answers(tmp_path: Path, content_copy: Path) -> None:
    """A web claim's page shows the studies answering it; editing one changes no record of the web claim itself."""
    graph = make_map(content_copy).graph
    claim_id, matches = next(
        (c, m) for c, m in sorted(graph.matches_of_claim.items()) if m and not graph.is_research(graph.claims[c].source)
    )
    study = graph.sources[matches[0].study]
    path = content_copy / study.path
    out = tmp_path / "site"
    build(content_copy, out)
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    path.write_text(text.replace(title, 'title: "A retitled study of the same question"', 1), encoding="utf-8")
    report = build(content_copy, out)
    assert report.pages_reused > 0
    page = out / "claims" / f"{graph.assertion_of_claim[claim_id]}.html"
    assert "A retitled study of the same question" in page.read_text(encoding="utf-8")
    assert snapshot(out) == clean_build(content_copy, tmp_path)


def test_templates_compiled_by_an_earlier_build_never_hide_an_edit(tmp_path: Path, seed_map) -> None:
    from jinja2 import FileSystemBytecodeCache

    from evidencemap.content.config import load_config
    from evidencemap.render import SiteRenderer, theme_dir

    config = load_config(Path(__file__).parent.parent / "content")
    theme, compiled = tmp_path / "theme", tmp_path / "compiled"
    shutil.copytree(theme_dir(), theme)
    compiled.mkdir()
    documents = {d.source.id: d for d in seed_map.corpus.documents}

    def home_page() -> str:
        kept = FileSystemBytecodeCache(str(compiled))
        renderer = SiteRenderer(seed_map.graph, config, documents, theme=theme, bytecode_cache=kept)
        return dict(renderer.files())["index.html"].decode()

    before = home_page()
    assert any(compiled.iterdir()), "the compiled templates are kept for the next build"
    home = theme / "home.html"
    home.write_text(
        home.read_text(encoding="utf-8").replace("{% block main %}", "{% block main %}<p>Edited theme</p>", 1),
        encoding="utf-8",
    )
    after = home_page()
    assert "Edited theme" not in before and "Edited theme" in after


def test_claim_list_rows_kept_from_the_last_build_never_show_stale_claims(
    tmp_path: Path, content_copy: Path, monkeypatch
) -> None:
    """Each page of the claim list shows the list's total, so adding a source changes every page; the rows of the
    pages it does not reach are taken from the last build (fragments.py), and the site still equals a clean one."""
    from evidencemap.incremental.fragments import FragmentStore
    from evidencemap.incremental.pages import Workers
    from evidencemap.render import Paging

    render_with(monkeypatch, paging=Paging(claims_per_page=12))  # the small map's claim list on many pages
    rows_rendered: list[str] = []
    original_get = FragmentStore.get

    def counting_get(self, page, part, key, make):  # type: ignore[no-untyped-def]
        def counted() -> str:
            rows_rendered.append(page)
            return make()

        return original_get(self, page, part, key, counted)

    monkeypatch.setattr(FragmentStore, "get", counting_get)
    out, serial = tmp_path / "site", BuildOptions(jobs=1)  # rendered in this process, where the count is kept
    build(content_copy, out, options=serial)
    list_pages = len(rows_rendered)
    assert list_pages > 5

    # A source whose id sorts last: its new claims join the end of the list, those it repeats join their rows; the
    # rows of only the pages holding its claims are new.
    rows_rendered.clear()
    add_source(content_copy, "zz-new-blog", "A new blog post")
    report = build(content_copy, out, options=serial)
    assert snapshot(out) == clean_build(content_copy, tmp_path, "clean-1")
    listing = [p for p in out.glob("claims/*.html") if p.name == "index.html" or p.name.startswith("page-")]
    holding = sorted(p.relative_to(out).as_posix() for p in listing if "zz-new-blog" in p.read_text())
    assert 0 < len(holding) <= 2 and sorted(rows_rendered) == holding, (holding, rows_rendered)
    rows = len(json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))["assertions"])
    second_page = (out / "claims" / "page-2.html").read_text(encoding="utf-8")  # its rows kept, its total new
    assert "claims/page-2.html" not in rows_rendered
    assert f">{rows} claims, made {report.claims} times in the sources</p>" in second_page

    # An edit early in the list shifts every row after it: those pages' rows are rendered again, and right.
    source = sorted((content_copy / "sources").glob("*.md"))[0]
    source.write_text(
        source.read_text(encoding="utf-8") + "\nCustom orthotics cure flat feet, in my experience.\n", encoding="utf-8"
    )
    build(content_copy, out, options=serial)
    assert snapshot(out) == clean_build(content_copy, tmp_path, "clean-2")

    # Kept rows damaged on disk (a key line replaced, a body cut short) are rendered again, never shown.
    kept = sorted((default_cache_dir(content_copy) / "fragments").iterdir())
    assert len(kept) >= list_pages
    for number, path in enumerate(kept):
        data = path.read_bytes()
        path.write_bytes(b"not the key\n<tr><td>stale</td></tr>\n" if number % 2 else data[: len(data) * 2 // 3])
    rows_rendered.clear()
    (content_copy / "sources" / "zz-new-blog.md").unlink()
    build(content_copy, out, options=serial)
    assert snapshot(out) == clean_build(content_copy, tmp_path, "clean-3")
    assert len(rows_rendered) == list_pages

    # Rendered by forked workers, which keep rows too: still a clean build's site.
    render_with(monkeypatch, paging=Paging(claims_per_page=12), workers=Workers(parallel_pages=10))
    add_source(content_copy, "zz-other-blog", "Another blog post")
    build(content_copy, out, options=BuildOptions(jobs=2))
    assert snapshot(out) == clean_build(content_copy, tmp_path, "clean-4")
    source.write_text(
        source.read_text(encoding="utf-8").replace("Custom orthotics cure flat feet", "Massage cures flat feet"),
        encoding="utf-8",
    )
    build(content_copy, out, options=BuildOptions(jobs=2))
    assert snapshot(out) == clean_build(content_copy, tmp_path, "clean-5")


def test_claim_list_rows_kept_by_a_build_serve_a_build_into_another_folder(
    tmp_path: Path, content_copy: Path, monkeypatch
) -> None:
    """A preview (serve) builds the same map into a folder of its own, for "/": the rows each build keeps serve the
    other."""
    from evidencemap.incremental.fragments import FragmentStore
    from evidencemap.render import Paging

    render_with(monkeypatch, paging=Paging(claims_per_page=12))
    rendered: list[str] = []
    original_get = FragmentStore.get
    monkeypatch.setattr(
        FragmentStore,
        "get",
        lambda self, page, part, key, make: original_get(
            self, page, part, key, lambda: rendered.append(page) or make()
        ),
    )
    build(
        content_copy, tmp_path / "site", options=BuildOptions(jobs=1, base_url="/evidence/")
    )  # a build for a sub-path
    pages = len(rendered)
    rendered.clear()
    build(content_copy, tmp_path / "preview", options=BuildOptions(jobs=1))  # serve builds for "/"
    assert pages > 5 and rendered == []
    assert snapshot(tmp_path / "preview") == clean_build(content_copy, tmp_path)


def test_a_kept_fragment_comes_back_exactly_as_rendered(tmp_path: Path) -> None:
    """Whatever a part holds (line ends of every kind, any script) is given back byte for byte, and only under its
    key."""
    from evidencemap.incremental.fragments import FragmentStore

    store = FragmentStore(tmp_path / "fragments", "build-key")
    text = "<tr>\r\n<td>“quote”\rend</td>\n</tr>\n\u00e9\u4e2d"
    renders: list[str] = []

    def render(value: str):  # type: ignore[no-untyped-def]
        return lambda: renders.append(value) or value

    assert store.get("claims/page-2.html", "rows", "k1", render(text)) == text
    assert store.get("claims/page-2.html", "rows", "k1", render("rendered again")) == text
    kept = tmp_path / "fragments" / "claims~page-2.html~rows"
    kept.write_bytes(kept.read_bytes()[:-3])  # cut short under an intact key
    assert store.get("claims/page-2.html", "rows", "k1", render(text)) == text
    assert store.get("claims/page-2.html", "rows", "k2", render("new rows")) == "new rows"
    assert (
        FragmentStore(tmp_path / "fragments", "other-build-key").get(
            "claims/page-2.html", "rows", "k2", render("again")
        )
        == "again"
    )
    assert renders == [text, text, "new rows", "again"]
    store.get("claims/page-3.html", "rows", "k1", render("page three"))
    store.keep_only(["claims/page-2.html"])
    assert [p.name for p in (tmp_path / "fragments").iterdir()] == ["claims~page-2.html~rows"]


def _before_each_page_in_workers(monkeypatch, before) -> None:
    """Call ``before(page)`` ahead of each page a forked render worker makes (never in the test's own process)."""
    from evidencemap.incremental.pages import PageMaker

    parent = os.getpid()
    make_page = PageMaker.make

    def make_page_then(self, page):
        if os.getpid() != parent:
            before(page)
        return make_page(self, page)

    monkeypatch.setattr(PageMaker, "make", make_page_then)


def test_a_render_worker_failing_midway_leaves_the_previous_site_and_no_stage(
    tmp_path: Path, content_copy: Path, monkeypatch
) -> None:
    """Forked workers write the pages they render straight into the stage; when one of them fails, the whole stage
    goes, nothing a worker wrote is left beside the site, and the site is the previous build's."""
    import pytest

    from evidencemap.incremental.pages import Workers

    render_with(monkeypatch, workers=Workers(parallel_pages=10))
    out = tmp_path / "site"
    build(content_copy, out, options=BuildOptions(jobs=2))
    before = snapshot(out)

    def fail_on_source_pages(page) -> None:
        if page.path.startswith("sources/"):
            raise RuntimeError("a worker failed")

    _before_each_page_in_workers(monkeypatch, fail_on_source_pages)
    add_source(content_copy, "a-new-blog", "A new blog post")
    with pytest.raises(RuntimeError, match="a worker failed"):
        build(content_copy, out, options=BuildOptions(jobs=2))
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no stage left half written


def _live_children() -> list[int]:
    """This process's child processes that have not ended (Linux /proc)."""
    children = []
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/children", encoding="ascii") as listed:
            children += [int(pid) for pid in listed.read().split()]
    return [pid for pid in children if not process_ended(pid)]


def test_a_failure_in_the_parent_while_workers_render_leaves_no_stage(
    tmp_path: Path, content_copy: Path, monkeypatch
) -> None:
    """The parent makes the data exports while forked workers render; when that fails, the workers are stopped before
    the stage is removed, even while the failure's traceback is still held (as a caller's except block holds it, and
    with it the frame that holds the pool), so none of them writes into it afterwards and nothing is left beside the
    site."""
    import time

    import pytest

    from evidencemap.incremental.pages import Workers
    from evidencemap.render import SiteRenderer

    render_with(monkeypatch, workers=Workers(parallel_pages=10))
    out = tmp_path / "site"
    build(content_copy, out, options=BuildOptions(jobs=2))
    before = snapshot(out)

    def failing_exports(self):
        time.sleep(0.2)  # the workers are busy with their chunks
        raise RuntimeError("the exports failed")

    monkeypatch.setattr(SiteRenderer, "exports", failing_exports)
    add_source(content_copy, "a-new-blog", "A new blog post")
    assert _live_children() == []
    with pytest.raises(RuntimeError, match="the exports failed") as failure:
        build(content_copy, out, options=BuildOptions(use_cache=False, jobs=2))
    assert failure.traceback  # still held here
    assert _live_children() == []  # no worker left to write on
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert snapshot(out) == before


def test_cache_entries_are_private_and_a_dead_writers_temporary_file_is_swept(
    tmp_path: Path, content_copy: Path
) -> None:
    """Entries hold the text of the user's sources: only the user may read them. A temporary entry left by a process
    that was killed while writing it goes at the next build; one a live process is writing stays."""
    import stat
    import subprocess
    import sys

    cache_dir = tmp_path / "cache"
    build(content_copy, tmp_path / "site", options=BuildOptions(cache_dir=cache_dir))
    entries = sorted((cache_dir / ENTRIES).glob("*/*.pickle"))
    assert entries and all(stat.S_IMODE(e.stat().st_mode) & 0o077 == 0 for e in entries)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    ).stdout.strip()
    leftover = entries[0].parent / f".tmp-{entries[0].stem}-{dead}"
    live = entries[0].parent / f".tmp-{entries[0].stem}-{os.getpid()}"
    leftover.write_bytes(b"half an entry")
    live.write_bytes(b"being written")
    add_source(content_copy, "a-new-blog", "A new blog post")
    build(content_copy, tmp_path / "site", options=BuildOptions(cache_dir=cache_dir))
    assert not leftover.exists() and live.exists()


def test_the_code_fingerprint_covers_every_stage_and_the_theme() -> None:
    """A cached extraction or page must go stale when any module of the package changes, not only the cache's own
    folder: an edit to the extractor, the linker or a template invalidates every entry."""
    from evidencemap.incremental.cache import code_files

    names = {path.relative_to(root).as_posix() for root, path in code_files()}
    for expected in (
        "extract/__init__.py",
        "link/graph.py",
        "render/__init__.py",
        "model.py",
        "build.py",
        "claim.html",
    ):
        assert expected in names, expected


def test_a_save_while_a_build_reads_its_sources_never_leaves_a_stale_site(
    tmp_path: Path, content_copy: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A source is hashed when the build starts and read later. If the author saves in between (``serve`` rebuilds
    while they type) and then undoes the save, the next build must show the text as it is: the edited text must
    not have been kept under the original text's key."""
    import evidencemap.build as build_module

    source = content_copy / "sources" / "crux-feet-low-back-pain.md"
    original = source.read_text(encoding="utf-8")
    edited = original.replace("\n\n", "\n\nA sentence saved while the build ran.\n\n", 1)
    hash_sources = build_module.source_keys

    def save_after_hashing(*args, **kwargs):  # type: ignore[no-untyped-def]
        keys = hash_sources(*args, **kwargs)
        source.write_text(edited, encoding="utf-8")  # the author saves after the build hashed the file
        return keys

    out, cache = tmp_path / "site", BuildOptions(cache_dir=tmp_path / "cache", jobs=1)
    monkeypatch.setattr(build_module, "source_keys", save_after_hashing)
    during = build(content_copy, out, options=cache)
    monkeypatch.undo()
    assert any(w.code == "changed-during-build" and w.path == str(source) for w in during.warnings)

    source.write_text(original, encoding="utf-8")  # ... and undoes the edit
    after = build(content_copy, out, options=cache)
    assert not after.up_to_date
    assert snapshot(out) == clean_build(content_copy, tmp_path)
    assert "saved while the build ran" not in (out / "sources" / "crux-feet-low-back-pain.html").read_text("utf-8")
