"""The built site in a real browser: Debian's Chromium driven by Playwright.

What a reader would notice: pages that log errors or fetch from elsewhere, accessibility
failures (axe-core, light and dark), broken links (at the domain root and under a
sub-path), filters and graph controls that do nothing, a site that breaks when opened
from disk, and pages that scroll sideways on a phone. Screenshots of the main pages
land in tests/.artifacts/ for a human to look at.

Run with ``python -m pytest tests/test_browser.py -q``; needs ``/usr/bin/chromium``
(``apt-get install chromium``). Never downloads a browser.
"""

from __future__ import annotations

import functools
import http.server
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "tests" / ".artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
DATA_SUFFIXES = (".json", ".csv", ".graphml")
SHOT_MAX_HEIGHT = 4000  # long pages (111 claims) are cut here: enough to judge the layout, quick to take

pytestmark = pytest.mark.browser


# ---- building and serving ---------------------------------------------------------------------


def build_site(out: Path, *extra: str) -> Path:
    """Build the repository's default map into ``out`` with the real command line."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "evidencemap",
            "build",
            "--content",
            str(REPO / "content"),
            "--output",
            str(out),
            "--quiet",
            *extra,
        ],
        check=True,
        cwd=REPO,
    )
    return out


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, quietly; missing paths get the site's own 404.html, as a static host would."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        root = Path(self.directory)
        pages = [root / "404.html", *sorted(root.glob("*/404.html"))]  # at the root, or a site built under a sub-path
        page = next((p for p in pages if p.is_file()), None)
        if code != 404 or page is None:
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@dataclass
class Server:
    root: Path
    url: str  # "http://127.0.0.1:PORT/", ending in a slash
    httpd: http.server.ThreadingHTTPServer
    thread: threading.Thread

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def serve(root: Path) -> Server:
    """Serve ``root`` on 127.0.0.1 on a free port, in a daemon thread."""
    handler = functools.partial(_Handler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name=f"http-{root.name}", daemon=True)
    thread.start()
    return Server(root, f"http://127.0.0.1:{httpd.server_address[1]}/", httpd, thread)


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default map, built once for this module."""
    return build_site(tmp_path_factory.mktemp("browser") / "site")


@pytest.fixture(scope="module")
def server(site_dir: Path) -> Iterator[Server]:
    """The built site over HTTP; stopped at teardown."""
    srv = serve(site_dir)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def samples(site_dir: Path) -> dict[str, str]:
    """One page of each template, as site paths. For the per-item templates, the biggest page,
    which exercises the most of its template (citations, disagreements, a long article)."""

    def biggest(folder: str) -> str:
        pages = [p for p in (site_dir / folder).glob("*.html") if p.name != "index.html" and "page-" not in p.name]
        assert pages, f"no pages in {folder}/"
        return f"{folder}/{max(pages, key=lambda p: (p.stat().st_size, p.name)).name}"

    return {
        "home": "index.html",
        "claims": "claims/index.html",
        "claim": biggest("claims"),
        "sources": "sources/index.html",
        "source": biggest("sources"),
        "concepts": "concepts/index.html",
        "concept": biggest("concepts"),
        "graph": "graph.html",
        "graph group": biggest("graph"),
        "contradictions": "contradictions.html",
        "404": "404.html",
        "gaps": "gaps.html",
        "search": "search.html",
        "glossary": "glossary.html",
        "question": "questions/foot-orthoses--low-back-pain.html",
    }


PAGE_KEYS = [
    "home",
    "claims",
    "claim",
    "sources",
    "source",
    "concepts",
    "concept",
    "graph",
    "graph group",
    "contradictions",
    "404",
    "gaps",
    "search",
    "glossary",
    "question",
]


@pytest.fixture(scope="module")
def playwright_instance():
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium (apt-get install chromium); they "
            f"never download one"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="module")
def chromium(playwright_instance):
    """Debian's Chromium, headless; one per module."""
    browser = playwright_instance.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def context(chromium):
    """A fresh desktop browser context per test."""
    ctx = chromium.new_context(viewport=DESKTOP)
    yield ctx
    ctx.close()


# ---- watching a page --------------------------------------------------------------------------


@dataclass
class Watch:
    """Everything a page did that a reader (or the console) would complain about."""

    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def attach(self, page) -> Watch:
        page.on(
            "console",
            lambda m: (
                self.errors.append(f"console.{m.type}: {m.text} ({m.location.get('url', '')})")
                if m.type == "error"
                else None
            ),
        )
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url}: {r.failure}"))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("response", lambda r: self.failed.append(f"{r.url}: HTTP {r.status}") if r.status >= 400 else None)
        return self

    def external(self, allowed_host: str = "127.0.0.1") -> list[str]:
        """Requests that left the machine (anything but the local server, data: and file: URLs)."""
        return [
            u
            for u in self.requests
            if urlsplit(u).scheme not in ("data", "blob", "about", "file") and urlsplit(u).hostname != allowed_host
        ]

    def assert_clean(self, what: str) -> None:
        assert not self.errors, f"{what}: console errors:\n" + "\n".join(self.errors)
        assert not self.failed, f"{what}: failed requests:\n" + "\n".join(self.failed)
        assert not self.external(), f"{what}: requests outside 127.0.0.1:\n" + "\n".join(self.external())


def open_page(ctx, url: str):
    """A new page in ``ctx`` at ``url``, fully loaded, with a Watch attached before navigation."""
    page = ctx.new_page()
    watch = Watch().attach(page)
    page.goto(url, wait_until="load")
    return page, watch


# ---- 1. every template loads cleanly ----------------------------------------------------------


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_page_loads_without_errors(context, server, samples, key):
    page, watch = open_page(context, server.url + samples[key])
    assert page.locator("h1").count() == 1, f"{samples[key]}: expected one h1"
    assert page.locator("link[rel=stylesheet]").count() == 1
    # the stylesheet really applied (the skip link is moved off screen by it)
    assert page.evaluate("getComputedStyle(document.querySelector('.skip')).position") == "absolute", (
        f"{samples[key]}: style.css not applied"
    )
    assert any(u.endswith("/static/site.js") for u in watch.requests), f"{samples[key]}: site.js not requested"
    watch.assert_clean(samples[key])
    page.close()


UNANNOUNCED_LISTS = """() => Array.from(document.querySelectorAll('ul, ol')).filter(list =>
    getComputedStyle(list).listStyleType === 'none' && !list.closest('nav') && list.getAttribute('role') !== 'list'
  ).map(list => list.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_lists_without_bullets_stay_lists_for_screen_readers(context, server, samples, key):
    """Safari's VoiceOver stops announcing a list ("list, 12 items") once its bullets are styled away, unless the
    list says role="list"; inside a nav it keeps them. Search results are built by site.js, so they are checked too."""
    url = server.url + samples[key] + ("?q=orthotics" if key == "search" else "")
    page, watch = open_page(context, url)
    if key == "search":
        page.wait_for_function("() => /results? for/.test(document.getElementById('search-status').textContent)")
        assert page.locator("ul.search-results").count() > 0
    assert page.evaluate(UNANNOUNCED_LISTS) == [], samples[key]
    watch.assert_clean(samples[key])
    page.close()


def test_missing_page_shows_styled_404_at_any_depth(context, server):
    """A static host serves 404.html for any missing path; its links are root-based so it works from any depth."""
    page = context.new_page()
    watch = Watch().attach(page)
    response = page.goto(server.url + "claims/no/such/claim.html")
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.evaluate("getComputedStyle(document.querySelector('.skip')).position") == "absolute", (
        "404 page unstyled at depth"
    )
    home = page.get_by_role("link", name="Go to the home page")
    home.click()
    page.wait_for_load_state("load")
    assert page.url == server.url + "index.html"
    bad = [f for f in watch.failed if "no/such/claim.html" not in f]
    assert not bad, "\n".join(bad)
    assert not [e for e in watch.errors if "404" not in e], "\n".join(watch.errors)
    page.close()


# ---- 2. accessibility ---------------------------------------------------------------------------


def axe_report(page) -> str:
    """Every axe-core violation on ``page``, one line per affected node; empty when none."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    lines = []
    for v in results.response["violations"]:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} [{len(v['nodes'])} nodes]")
        for node in v["nodes"][:8]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {' > '.join(map(str, node['target']))}: {summary[:300]}")
        if len(v["nodes"]) > 8:
            lines.append(f"    ... and {len(v['nodes']) - 8} more")
    return "\n".join(lines)


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_axe_no_violations(context, server, samples, key):
    page, _ = open_page(context, server.url + samples[key])
    report = axe_report(page)
    assert not report, f"axe-core violations on {samples[key]} (light):\n{report}"
    page.close()


@pytest.mark.parametrize("key", ["home", "source", "claims", "gaps", "question"])
def test_axe_no_violations_dark(chromium, server, samples, key):
    ctx = chromium.new_context(viewport=DESKTOP, color_scheme="dark")
    try:
        page, _ = open_page(ctx, server.url + samples[key])
        assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
        bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert bg != "rgb(255, 255, 255)", "dark scheme not applied"
        report = axe_report(page)
        assert not report, f"axe-core violations on {samples[key]} (dark):\n{report}"
    finally:
        ctx.close()


# ---- 3. links -----------------------------------------------------------------------------------


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []  # <a href>
        self.assets: list[str] = []  # <link href>, <script src>
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "link" and a.get("href") and a.get("rel") in ("stylesheet", "icon"):
            self.assets.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.assets.append(a["src"])


@dataclass
class Crawl:
    pages: dict[str, set[str]] = field(default_factory=dict)  # page URL -> ids on it
    broken: list[str] = field(default_factory=list)
    fetched: set[str] = field(default_factory=set)
    fragments: list[tuple[str, str, str]] = field(default_factory=list)  # (from, target page, fragment)
    outside: list[str] = field(default_factory=list)


def _status(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def crawl(start: str, prefix: str) -> Crawl:
    """Follow every same-site link from ``start``; each page, asset and data file must answer 200.

    ``prefix`` is where the site lives (``http://host:port/`` or ``.../evidence/``); a link that
    leaves it is reported as broken too, since on a real host it would hit another site's pages."""
    host = urlsplit(start).netloc
    result = Crawl()
    queue = [start]
    seen = {start}
    referrer = {start: "(start)"}
    while queue:
        url = queue.pop()
        status, body = _status(url)
        result.fetched.add(url)
        if status != 200:
            result.broken.append(f"{url} -> HTTP {status} (linked from {referrer[url]})")
            continue
        path = urlsplit(url).path
        if not (path.endswith(".html") or path.endswith("/")):
            continue
        parser = _LinkParser()
        parser.feed(body.decode("utf-8"))
        result.pages[url] = parser.ids
        for href in parser.links + parser.assets:
            absolute = urljoin(url, href)
            target, fragment = urldefrag(absolute)
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue  # external (the original article), mailto:, ...
            target = parts._replace(query="").geturl()
            if not target.startswith(prefix):
                result.outside.append(f"{href} on {url} leaves {prefix}")
                continue
            if fragment:
                result.fragments.append((url, target, unquote(fragment)))
            if target not in seen:
                seen.add(target)
                referrer[target] = url
                queue.append(target)
    return result


def assert_crawl_clean(result: Crawl) -> None:
    assert not result.broken, f"{len(result.broken)} broken links:\n" + "\n".join(sorted(result.broken)[:40])
    assert not result.outside, "links leaving the site's folder:\n" + "\n".join(sorted(set(result.outside))[:40])
    missing = sorted(
        {
            f"{src} -> {dst}#{frag}"
            for src, dst, frag in result.fragments
            if dst in result.pages and frag not in result.pages[dst]
        }
    )
    assert not missing, f"{len(missing)} links to #fragments that are not on the target page:\n" + "\n".join(
        missing[:40]
    )
    assert len(result.pages) > 50, f"only {len(result.pages)} pages reachable from index.html"
    data = [u for u in result.fetched if u.endswith(DATA_SUFFIXES)]
    assert len(data) >= 4, f"data downloads not linked: {sorted(data)}"


@pytest.fixture(scope="module")
def site_crawl(server) -> Crawl:
    return crawl(server.url + "index.html", server.url)


def test_no_broken_links(site_crawl):
    assert_crawl_clean(site_crawl)


def test_every_built_page_is_reachable(server, site_dir, site_crawl):
    """No orphans: every HTML page in the output (but 404.html) can be reached by following links from home."""
    result = site_crawl
    built = {server.url + p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html") if p.name != "404.html"}
    orphans = sorted(built - set(result.pages))
    assert not orphans, f"{len(orphans)} pages no link leads to:\n" + "\n".join(orphans[:20])


# ---- 4. claim filters ---------------------------------------------------------------------------

VISIBLE_ROWS = """() => Array.from(document.querySelectorAll('#claims-table tbody tr'))
  .filter(r => r.getClientRects().length > 0 && getComputedStyle(r).display !== 'none')
  .map(r => ({rank: Number(r.dataset.rank), evidence: r.dataset.evidence.split(' '), kind: r.dataset.kind.split(' '),
              sellers: Number(r.dataset.sellers), sources: Number(r.dataset.sources),
              concepts: r.dataset.concepts.split(' '), evrank: Number(r.dataset.evrank), research: r.dataset.research,
              resrank: Number(r.dataset.resrank), overreach: r.dataset.overreach ? r.dataset.overreach.split(' ') : [],
              subject: r.dataset.subject,
              claims: Array.from(r.querySelectorAll('.said-by a:not(.badge)'))
                .map(a => a.getAttribute('href')).filter(h => !h.includes('/') && h.includes('.html#'))
                .map(h => h.split('#')[1])}))"""


def visible_rows(page) -> list[dict]:
    """The rows of the claim list on screen, with what the filters and sorts read of them and the claims they link."""
    return page.evaluate(VISIBLE_ROWS)


def all_rows(page) -> list[dict]:
    """Every row a filter found, after showing them all ("Show more claims" adds a page's worth at a time)."""
    more = page.locator("#claims-more")
    while more.count():
        more.click()
    return visible_rows(page)


def settled(page) -> None:
    """Wait until the claim list is drawn (a filter across pages first loads every page's rows)."""
    page.wait_for_function("() => !/Loading/.test(document.getElementById('claim-count').textContent)")


def research_of_rows(site: Path) -> dict[str, dict]:
    """Each assertion of a built map (by its first claim) with what research says of it and its overreach kinds, from
    the published data: what the claim list's filters should find."""
    import json

    from evidencemap.link.research import overall
    from evidencemap.model import Agreement

    data = json.loads((site / "data/evidence.json").read_text(encoding="utf-8"))
    research = {s["id"] for s in data["sources"] if s["kind"] == "research"}
    source = {c["id"]: c["source"] for c in data["claims"]}
    agreements: dict[str, list[Agreement]] = {}
    for match in data["research_matches"]:
        agreements.setdefault(match["claim"], []).append(Agreement(match["agreement"]))
    flags: dict[str, set[str]] = {}
    for flag in data["overreach"]:
        flags.setdefault(flag["claim"], set()).add(flag["kind"])
    rows = {}
    for assertion in data["assertions"]:
        web = [c for c in assertion["claims"] if source[c] not in research]
        found = overall([a for c in web for a in agreements.get(c, [])])
        said = "finding" if not web else found.value if found else "none"
        rows[assertion["claims"][0]] = {
            "research": said,
            "overreach": set().union(*(flags.get(c, set()) for c in assertion["claims"])),
            "claims": set(assertion["claims"]),
        }
    return rows


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_claim_filters(chromium, server, viewport):
    """Each filter narrows the rows to those it names, the address keeps it, and clearing it shows the page again."""
    ctx = chromium.new_context(viewport=viewport)
    try:
        page, watch = open_page(ctx, server.url + "claims/index.html")
        count = page.locator("#claim-count")
        before = count.inner_text()
        on_page = visible_rows(page)
        assert len(on_page) == page.locator("#claims-table tbody tr").count() > 0, "unfiltered, the page shows its rows"

        page.select_option("#f-evidence", "cited_research")
        settled(page)
        shown = all_rows(page)
        assert shown and all("cited_research" in r["evidence"] for r in shown)
        assert count.inner_text() != before and str(len(shown)) in count.inner_text()
        assert "evidence=cited_research" in page.url

        page.goto(server.url + "claims/index.html?kind=vendor")
        settled(page)
        assert page.locator("#f-kind").input_value() == "vendor", "the select should reflect the URL"
        shown = all_rows(page)
        assert shown and all("vendor" in r["kind"] for r in shown)
        assert str(len(shown)) in count.inner_text()

        page.goto(server.url + "claims/index.html")
        page.select_option("#f-interest", "yes")
        settled(page)
        shown = all_rows(page)
        assert shown and all(r["sellers"] > 0 for r in shown)
        assert "interest=yes" in page.url
        page.select_option("#f-interest", "only")
        settled(page)
        only = all_rows(page)
        assert only and all(r["sellers"] == r["sources"] for r in only) and len(only) <= len(shown)
        page.select_option("#f-interest", "no")
        settled(page)
        assert all(r["sellers"] == 0 for r in all_rows(page))

        page.select_option("#f-interest", "")
        settled(page)
        assert [r["rank"] for r in visible_rows(page)] == [r["rank"] for r in on_page], "cleared: the page again"
        assert "?" not in page.url and count.inner_text() == before

        page.select_option("#f-overreach", "yes")
        settled(page)
        shown = all_rows(page)
        assert shown and all(r["overreach"] for r in shown)
        kind = shown[0]["overreach"][0]
        page.select_option("#f-overreach", kind)
        settled(page)
        assert all(kind in r["overreach"] for r in all_rows(page))
        page.select_option("#f-overreach", "")

        concept = (
            "low-back-pain"
            if page.locator("#f-concept option[value=low-back-pain]").count()
            else page.locator("#f-concept option").nth(1).get_attribute("value")
        )
        page.select_option("#f-concept", concept)
        settled(page)
        shown = all_rows(page)
        assert shown and all(concept in r["concepts"] for r in shown)
        assert f"concept={concept}" in page.url
        page.select_option("#f-sort", "evidence")
        settled(page)
        ranks = [r["evrank"] for r in all_rows(page)]
        assert ranks == sorted(ranks), "'Best evidence first' should order rows by evidence"
        assert "sort=evidence" in page.url and f"concept={concept}" in page.url
        watch.assert_clean("claims/index.html with filters")
    finally:
        ctx.close()


@pytest.mark.parametrize("where", ["server", "file"])
def test_filtering_by_what_research_says_finds_those_rows_on_every_page(chromium, server, site_dir, where):
    """From a later page of the list, over HTTP and from disk (script tags, no fetch): "contradicted by research"
    shows exactly the rows whose research contradicts them, wherever they are in the list, and so on for each
    verdict and for overreach."""
    expected = research_of_rows(site_dir)
    base = server.url if where == "server" else site_dir.as_uri() + "/"
    ctx = chromium.new_context(viewport=DESKTOP)
    try:
        page, watch = open_page(ctx, base + "claims/page-3.html")
        on_page = {r["rank"] for r in visible_rows(page)}
        for verdict in ("contradicted", "mixed", "inconclusive", "finding", "none"):
            page.select_option("#f-research", verdict)
            settled(page)
            shown = all_rows(page)
            wanted = {frozenset(row["claims"]) for row in expected.values() if row["research"] == verdict}
            assert {frozenset(r["claims"]) for r in shown} == wanted and len(shown) == len(wanted), verdict
            assert {r["research"] for r in shown} == {verdict}
            assert page.locator(".pager").first.is_hidden(), "the pager hides while a filter spans every page"
            if verdict == "contradicted":
                assert not {r["rank"] for r in shown} <= on_page, "the rows found are not only the page's own"
                if where == "server":
                    assert "research=contradicted" in page.url
        page.select_option("#f-research", "")
        page.select_option("#f-overreach", "yes")
        settled(page)
        flagged = all_rows(page)
        assert len(flagged) == sum(1 for row in expected.values() if row["overreach"]) > 0
        page.select_option("#f-overreach", "no")
        settled(page)
        assert len(all_rows(page)) == sum(1 for row in expected.values() if not row["overreach"])
        watch.assert_clean(f"claim list filtered by research ({where})")
    finally:
        ctx.close()


def test_claim_list_sorts(context, server, site_dir):
    """Each sort puts first what it names, across every page, and keeps the list's order among equals."""
    page, watch = open_page(context, server.url + "claims/index.html")
    expected = research_of_rows(site_dir)
    checks = {
        "sources": lambda r: -r["sources"],
        "research": lambda r: r["resrank"],
        "overreach": lambda r: -len(r["overreach"]),
        "evidence": lambda r: r["evrank"],
        "interest": lambda r: 2 if r["sellers"] == 0 else 0 if r["sellers"] == r["sources"] else 1,
        "subject": lambda r: r["subject"].lower(),
    }
    for sort, key in checks.items():
        page.select_option("#f-sort", sort)
        settled(page)
        rows = all_rows(page)
        assert len(rows) == len(expected), sort
        keys = [key(r) for r in rows]
        assert keys == sorted(keys), f"sort={sort} is out of order"
        if sort != "subject":  # localeCompare orders ties of case and accents its own way
            for a, b in zip(rows, rows[1:], strict=False):
                assert key(a) != key(b) or a["rank"] < b["rank"], f"sort={sort} breaks ties out of list order"
        assert f"sort={sort}" in page.url
    page.select_option("#f-sort", "research")
    settled(page)
    assert visible_rows(page)[0]["research"] == "contradicted", "what research contradicts comes first"
    watch.assert_clean("claim list sorted")


LINK_FACTS = """row => ({text: row.innerText.split(/\\s+/).join(' ').trim(),
  links: Array.from(row.querySelectorAll('a')).map(a => [a.getAttribute('href'), a.className, a.getAttribute('title'),
                                                         a.getAttribute('aria-label'), a.textContent.trim()])})"""


def test_rows_built_from_the_data_scripts_show_what_the_pages_show(chromium, site_dir):
    """A filter or sort shows rows that site.js builds from claims/rows-N.js: each must read and link exactly as the
    same row does on its own page (sources, repeats, kinds, sellers' badges with their reasons, verdicts, overreach)."""
    ctx = chromium.new_context(viewport=DESKTOP)
    try:
        page, watch = open_page(ctx, (site_dir / "claims/index.html").as_uri())
        page.select_option("#f-sort", "sources")  # every row of every page, built from the data
        settled(page)
        all_rows(page)
        built = {
            int(row.get_attribute("data-rank")): row.evaluate(LINK_FACTS) for row in page.locator("tbody tr").all()
        }
        assert sorted(built) == list(range(len(research_of_rows(site_dir))))
        assert any("(said " in row["text"] for row in built.values()), "some source says a claim again"
        assert any(" 2 sources:" in " " + row["text"] for row in built.values()), "some claim has several sources"
        pages: dict[int, object] = {}
        per_page = int(page.locator("#claims-table").get_attribute("data-per-page"))
        for rank, facts in sorted(built.items()):
            number = rank // per_page + 1
            if number not in pages:
                name = "index.html" if number == 1 else f"page-{number}.html"
                pages[number] = ctx.new_page()
                pages[number].goto((site_dir / "claims" / name).as_uri())
            own = pages[number].locator(f"#claims-table tbody tr[data-rank='{rank}']")
            assert own.evaluate(LINK_FACTS) == facts, f"row {rank} built from the data differs from its page's"
        watch.assert_clean("rows built from claims/rows-N.js")
    finally:
        ctx.close()


CARD_FACTS = """() => Array.from(document.querySelectorAll('#claims-table tbody tr')).map(row => {
  const box = row.getBoundingClientRect();
  const cells = Array.from(row.cells).map(c => c.getBoundingClientRect());
  return {width: box.width, tops: cells.map(c => Math.round(c.top)), lefts: cells.map(c => Math.round(c.left))};
})"""


@pytest.mark.parametrize(("width", "height", "longest"), [(1280, 900, 3_000), (390, 844, 4_500)])
def test_the_claim_list_is_a_few_screens_long_and_a_card_a_row_on_a_phone(chromium, server, width, height, longest):
    """The first page of the default map's list is a few thousand pixels (it was 27,000 on a desktop and 46,000 on a
    phone when each claim was a row with its quote): on a desktop a table, on a 390 px phone a card a row, the claim
    on top, who makes it under it, then its evidence and what research says."""
    ctx = chromium.new_context(viewport={"width": width, "height": height})
    try:
        page, watch = open_page(ctx, server.url + "claims/index.html")
        total = page.evaluate("document.documentElement.scrollHeight")
        assert total < longest, f"the claim list is {total} px long at {width} px"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        rows = page.evaluate(CARD_FACTS)
        assert len(rows) == int(page.locator("#claims-table").get_attribute("data-per-page"))
        table = page.locator("#claims-table").bounding_box()
        for row in rows:
            title, said, evidence, research = row["tops"]
            if width < 700:  # a card: as wide as the list, its parts one under another
                assert row["width"] >= table["width"] - 1
                assert title < said < evidence and evidence == research, row
                assert len(set(row["lefts"][:3])) == 1, row
            else:  # a table row: its four cells side by side
                assert len(set(row["tops"])) == 1 and row["lefts"] == sorted(row["lefts"]), row
        watch.assert_clean(f"claims/index.html at {width} px")
    finally:
        ctx.close()


def test_home_links_open_filtered_claims(context, server):
    page, watch = open_page(context, server.url + "index.html")
    page.locator("#h-evidence ~ ul a", has_text="Cited research").first.click()
    page.wait_for_url("**/claims/index.html?evidence=cited_research")
    settled(page)
    assert page.locator("#f-evidence").input_value() == "cited_research"
    shown = all_rows(page)
    assert shown and all("cited_research" in r["evidence"] for r in shown)
    watch.assert_clean("home -> filtered claims")


# ---- 5. graph -----------------------------------------------------------------------------------


def test_graph_nodes_and_filter(context, server):
    page, watch = open_page(context, server.url + "graph.html")
    nodes = page.locator("svg.evidence-graph a.node")
    assert nodes.count() > 10, f"only {nodes.count()} nodes"

    marketing = page.locator(
        "svg.evidence-graph path.edge[data-evidence=marketing], #graph-list li[data-evidence=marketing]"
    )
    others = page.locator("svg.evidence-graph path.edge:not([data-evidence=marketing])")
    assert marketing.count() > 0 and others.count() > 0
    display = "els => els.map(e => getComputedStyle(e).display)"
    assert set(marketing.evaluate_all(display)) != {"none"}
    page.locator("#graph-filter input[value=marketing]").uncheck()
    assert set(marketing.evaluate_all(display)) == {"none"}, (
        "unchecking Marketing should hide marketing arrows and rows"
    )
    assert "none" not in set(others.evaluate_all(display)), "other arrows should stay"
    page.locator("#graph-filter input[value=marketing]").check()
    assert "none" not in set(marketing.evaluate_all(display))

    single = page.locator("svg.evidence-graph a.node:not(.group)").first
    concept = single.get_attribute("data-concept")
    single.click()
    page.wait_for_url(f"**/concepts/{concept}.html")
    assert page.locator("h1").count() == 1 and page.locator("h1").inner_text().strip()
    watch.assert_clean("graph.html and a concept page")


def test_a_group_box_opens_its_drawing_with_its_concepts_one_by_one(context, server):
    page, watch = open_page(context, server.url + "graph.html")
    group = page.locator("svg.evidence-graph a.node.group").first
    name = group.get_attribute("data-concept")
    counted = int(re.search(r"(\d+) concepts", group.text_content()).group(1))
    group.click()
    page.wait_for_url(f"**/graph/{name}.html")
    members = page.locator("main > p a[href*='concepts/']")
    assert members.count() == counted
    shown = set(page.locator("svg.evidence-graph a.node").evaluate_all("els => els.map(e => e.dataset.concept)"))
    listed = {
        h.split("/")[-1][:-5]
        for h in page.locator("main > p a[href*='concepts/']").evaluate_all(
            "els => els.map(e => e.getAttribute('href'))"
        )
    }
    assert listed <= shown, f"members not drawn: {listed - shown}"
    page.get_by_role("link", name="‹ The whole map").click()
    page.wait_for_url("**/graph.html")
    watch.assert_clean("a group's drawing")


TEXT_FAULTS = """svg => {
  const faults = [];
  const boxes = [];
  for (const node of svg.querySelectorAll('a.node')) {
    const r = node.querySelector('rect').getBBox();
    for (const t of node.querySelectorAll('text')) {
      const b = t.getBBox();
      const out = b.x < r.x - 0.5 || b.y < r.y - 0.5;
      if (out || b.x + b.width > r.x + r.width + 0.5 || b.y + b.height > r.y + r.height + 0.5)
        faults.push(`label "${t.textContent}" sticks out of its box`);
      boxes.push([t.textContent, b]);
    }
  }
  const view = svg.viewBox.baseVal;
  for (const t of svg.querySelectorAll('text.col-heading')) {
    const b = t.getBBox();
    if (b.x < 0 || b.x + b.width > view.width) faults.push(`heading "${t.textContent}" is cut`);
    boxes.push([t.textContent, b]);
  }
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [n1, a] = boxes[i], [n2, b] = boxes[j];
    if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
      faults.push(`labels "${n1}" and "${n2}" overlap`);
  }
  return faults;
}"""


def graph_text_faults(page) -> list[str]:
    """Labels as Chromium lays them out: each inside its box, none over another, headings inside the picture."""
    return page.locator("svg.evidence-graph").evaluate(TEXT_FAULTS)


def test_no_graph_label_is_cut_or_overlaps_another_on_any_drawing(context, server, site_dir):
    paths = ["graph.html", *sorted(f"graph/{p.name}" for p in (site_dir / "graph").glob("*.html"))]
    assert len(paths) > 5
    for path in paths:
        page, watch = open_page(context, server.url + path)
        assert graph_text_faults(page) == [], path
        watch.assert_clean(path)
        page.close()


def test_labels_of_any_script_and_width_stay_inside_their_boxes(context, tmp_path):
    """Wide letters, capitals, digits, accents and CJK: the build measures no font, so its estimate must err wide."""
    from types import SimpleNamespace

    from evidencemap.link.edges import GraphEdge
    from evidencemap.model import Concept, ConceptKind, EvidenceType, Relation
    from evidencemap.render.graph_arrows import aggregate
    from evidencemap.render.graph_layout import layout, wrap_label
    from evidencemap.render.svg import render_svg

    labels = [
        "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
        "MMMM WWWW mmmm wwww MMMM WWWW mmmm",
        "ÄRZTLICHE ÜBERWEISUNG 1234567890",
        "腰痛と足の痛みの関係についての研究",
        "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
        "N-acetylcysteine-2,3-dihydroxy-propyl-ester",
    ]
    kinds = [ConceptKind.FACTOR, ConceptKind.MECHANISM, ConceptKind.CONDITION, ConceptKind.INTERVENTION]
    concepts = [Concept(id=f"c{i}", label=label, kind=kinds[i % 4]) for i, label in enumerate(labels)]
    edges = [
        GraphEdge(
            f"c{i}", f"c{(i + 1) % len(labels)}", Relation.CAUSES, False, (f"k{i}",), ("s",), EvidenceType.ASSERTION
        )
        for i in range(len(labels))
    ]
    lexicon = SimpleNamespace(concepts={c.id: c for c in concepts})  # the lexicon's matcher wants words, not CJK
    nodes, arrows = aggregate(edges, lambda c: c, lexicon)
    svg = render_svg(layout(nodes, arrows, lambda n: wrap_label(n.label)), lambda b: "#", lambda a: a.id, "labels")
    style = (REPO / "templates/static/style.css").read_text(encoding="utf-8")
    page_file = tmp_path / "labels.html"
    page_file.write_text(
        f"<!doctype html><meta charset=utf-8><style>{style}</style><main>{svg}</main>", encoding="utf-8"
    )
    page = context.new_page()
    page.goto(page_file.as_uri())
    assert graph_text_faults(page) == []
    page.close()


def test_on_a_phone_the_graph_is_a_readable_list(chromium, server):
    ctx = chromium.new_context(viewport=PHONE)
    try:
        page, watch = open_page(ctx, server.url + "graph.html")
        assert not page.locator(".graph-wrap").is_visible(), "a drawing four columns wide cannot be read at 390 px"
        rows = page.locator("#graph-list li[data-evidence]")
        listed = set(rows.evaluate_all("els => els.map(e => e.dataset.from + '>' + e.dataset.to)"))
        drawn = set(
            page.locator("svg.evidence-graph path.edge").evaluate_all(
                "els => els.map(e => e.dataset.from + '>' + e.dataset.to)"
            )
        )
        assert drawn and drawn <= listed, f"arrows drawn but not listed: {sorted(drawn - listed)[:3]}"
        assert rows.first.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
        page.locator("#graph-filter input[value=marketing]").uncheck()
        hidden = page.locator("#graph-list li[data-evidence=marketing]")
        assert hidden.count() > 0 and not any(h.is_visible() for h in hidden.all())
        watch.assert_clean("graph on a phone")
    finally:
        ctx.close()


def test_graph_keyboard_highlight(context, server):
    """Focusing a node (keyboard) highlights its arrows, as hovering does."""
    page, _ = open_page(context, server.url + "graph.html")
    node = page.locator("svg.evidence-graph a.node").first
    concept = node.get_attribute("data-concept")
    node.focus()
    lit = page.locator("path.edge.lit")
    assert lit.count() > 0
    assert all(concept in (e.get_attribute("data-from"), e.get_attribute("data-to")) for e in lit.all())


# ---- 5b. gap map and search ----------------------------------------------------------------------


def test_a_gap_cell_opens_its_question_page_with_exactly_its_claims(context, server):
    """A gap cell (claims, no study) opens its question page: it says no study looked, lists the cell's claims, and
    links on to the same claims in the claim list."""
    page, watch = open_page(context, server.url + "gaps.html")
    cell = page.locator("#gap-interventions td.cell.gap").first
    claimed = int(cell.get_attribute("data-claimed"))
    assert claimed > 0 and cell.get_attribute("data-studies") == "0"
    assert cell.locator(".gap-mark").is_visible()
    cell.locator("a").click()
    page.wait_for_url("**/questions/*.html")
    assert page.get_by_text("No study in this map looked at this question.").is_visible()
    assert page.locator("li.claim-item").count() == claimed
    listed = {  # each claim is linked as its part of its assertion's page: the anchor names it
        href.rsplit("#", 1)[1]
        for href in page.locator("li.claim-item > a.claim-title").evaluate_all("els => els.map(a => a.href)")
    }
    page.get_by_role("link", name="the same claims in the claim list").click()
    page.wait_for_url("**/claims/index.html?concept=*&with=*")
    settled(page)
    linked = {claim for row in all_rows(page) for claim in row["claims"]}
    assert listed <= linked, f"the question's claims {sorted(listed - linked)} are in no row of the claim list"
    watch.assert_clean("gap map -> question -> claims")


def run_search(page, query: str) -> dict[str, list[str]]:
    """Type ``query`` into the search box and return the result links by section heading."""
    page.fill("#search-q", query)
    page.press("#search-q", "Enter")
    page.wait_for_function("() => !/Searching/.test(document.getElementById('search-status').textContent)")
    return page.evaluate(
        """() => Object.fromEntries(Array.from(document.querySelectorAll('#search-results section')).map(s =>
        [s.querySelector('h2').textContent.split(' (')[0],
         Array.from(s.querySelectorAll('a')).map(a => a.getAttribute('href'))]))"""
    )


@pytest.mark.parametrize("where", ["server", "file"])
def test_search_finds_orthotics(context, server, site_dir, where):
    """Search works over HTTP and from disk (its index is loaded as scripts, never fetched)."""
    start = server.url + "index.html" if where == "server" else (site_dir / "index.html").as_uri()
    page, watch = open_page(context, start)
    page.fill("#search-q", "orthotics")
    page.press("#search-q", "Enter")  # the home page's box opens the search page
    page.wait_for_url("**/search.html?q=orthotics")
    page.wait_for_function("() => /results? for/.test(document.getElementById('search-status').textContent)")
    found = page.evaluate("Array.from(document.querySelectorAll('#search-results a')).map(a => a.textContent)")
    assert any("orthotics" in t.lower() for t in found), found
    sections = run_search(page, "orthotics")
    assert set(sections) == {"Concepts", "Sources", "Claims"}, sections
    assert any("custom-orthotics" in href for href in sections["Concepts"])
    page.locator("#search-results a").first.click()
    page.wait_for_load_state("load")
    assert "/concepts/" in page.url and "orthotic" in page.locator("h1").inner_text().lower()
    page.go_back()
    assert run_search(page, "zzqxj") == {} and "No results" in page.locator("#search-status").inner_text()
    both = run_search(page, "orthot back")  # every word must match, the last by its start
    assert both and sum(map(len, both.values())) <= sum(map(len, sections.values())) + 5
    watch.assert_clean(f"search ({where})")


STUDIES = {
    "sources/research-chuter-2014-insoles-meta-analysis.html",
    "sources/research-cochrane-insoles-back-pain.html",
    "sources/research-cambron-2017-orthotics-rct.html",
}


def ranked_results(page, query: str) -> list[tuple[str, str]]:
    """(section, href) of every shown result, in order, after searching ``query``."""
    run_search(page, query)
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('#search-results section')).flatMap(s =>
        Array.from(s.querySelectorAll('li > a')).map(a => [s.querySelector('h2').textContent.split(' (')[0],
        a.getAttribute('href')]))"""
    )


@pytest.mark.parametrize("where", ["server", "file"])
def test_search_ranks_the_orthoses_studies_first_for_a_question(context, server, site_dir, where):
    """Issue 22's bar: "orthotics" ranks the three orthoses studies in the first ten results, over HTTP and from disk;
    a question puts research first; results carry their badges; every result is reachable."""
    start = server.url + "search.html" if where == "server" else (site_dir / "search.html").as_uri()
    page, watch = open_page(context, start)
    shown = ranked_results(page, "orthotics")
    sources = [href.split("../")[-1] for section, href in shown if section == "Sources"]
    assert STUDIES <= set(sources[:10]), sources
    question = ranked_results(page, "do orthotics work for back pain?")
    assert question and question[0][0] == "Sources", question[:3]  # research first
    assert STUDIES <= {href.split("../")[-1] for _, href in question[:10]}, question[:10]
    first_claim = page.locator("section:has(h2:text-matches('^Claims')) li").first
    assert first_claim.locator(".badge").count() == 1  # its evidence type, as everywhere else
    assert page.locator("#search-results .badge.kind-research").count() >= 3
    ranked_results(page, "pain")  # a word in most claims: more results than the first page shows
    more = page.locator("#search-results button.more")
    assert more.count() >= 1
    total = int(re.search(r"\((\d+)\)", page.locator("#search-results h2", has_text="Claims").inner_text()).group(1))
    more.first.click()
    page.wait_for_function("() => !document.querySelector('#search-results section:last-child button.more')")
    listed = page.locator("section:has(h2:text-matches('^Claims')) li").count()
    assert listed == total, (listed, total)
    watch.assert_clean(f"search ranking ({where})")


def test_home_page_weight_and_requests(context, server):
    """The seed map's home page, with everything it loads, is under 250 KB and asks nothing of any other host."""
    page = context.new_page()
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())) if r.status == 200 else None)
    watch = Watch().attach(page)
    page.goto(server.url + "index.html", wait_until="networkidle")
    assert sizes and all(url.startswith(server.url) for url in sizes), sorted(sizes)
    total = sum(sizes.values())
    assert total < 250_000, f"home page loads {total} bytes: {sizes}"
    watch.assert_clean("home page")


# ---- 6. file:// ---------------------------------------------------------------------------------


def test_works_from_file_url(context, site_dir):
    page, watch = open_page(context, (site_dir / "index.html").as_uri())
    assert page.evaluate("getComputedStyle(document.querySelector('.skip')).position") == "absolute", (
        "style.css not applied from disk"
    )
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Claims", exact=True).click()
    page.wait_for_load_state("load")
    assert page.url == (site_dir / "claims" / "index.html").as_uri()
    assert page.locator("#claims-table tbody tr").count() > 0
    # history.replaceState may be refused on file://, and the other pages' rows load as scripts: filtering must work
    page.select_option("#f-evidence", "marketing")
    settled(page)
    shown = all_rows(page)
    assert shown and all("marketing" in r["evidence"] for r in shown)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Graph", exact=True).click()
    page.wait_for_load_state("load")
    assert page.locator("svg.evidence-graph a.node").count() > 10
    watch.assert_clean("site opened from disk")


# ---- 7. under a sub-path ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def subpath_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("subpath") / "root"
    build_site(root / "evidence", "--base-url", "/evidence/")
    srv = serve(root)
    yield srv
    srv.stop()


def test_works_under_sub_path(context, subpath_server):
    base = subpath_server.url + "evidence/"
    page, watch = open_page(context, base + "index.html")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sources", exact=True).click()
    page.wait_for_url(base + "sources/index.html")
    missing = page.goto(base + "claims/gone.html")
    assert missing is not None and missing.status == 404
    assert page.evaluate("getComputedStyle(document.querySelector('.skip')).position") == "absolute", (
        "404 page unstyled under the sub-path"
    )
    page.get_by_role("link", name="browse all claims").click()
    page.wait_for_url(base + "claims/index.html")
    watch.failed = [f for f in watch.failed if "claims/gone.html" not in f]
    watch.errors = [e for e in watch.errors if "404" not in e]
    watch.assert_clean("site under /evidence/")

    result = crawl(base + "index.html", base)
    assert_crawl_clean(result)


# ---- 7b. a bigger map: paginated lists whose filters still see every claim ----------------------


def copy_corpus(target: Path, copies: int) -> Path:
    """A content folder with ``copies`` copies of every source (new ids and titles): a map many times the seed's
    size."""
    import re
    import shutil

    content = REPO / "content"
    shutil.copytree(content, target, ignore=shutil.ignore_patterns("sources"))
    (target / "sources").mkdir()
    for k in range(copies):
        for source in sorted((content / "sources").glob("*.md")):
            text = source.read_text(encoding="utf-8")
            if k:
                text = re.sub(r"^id: (.+)$", rf"id: \1-copy-{k}", text, count=1, flags=re.M)
                text = re.sub(r'^title: "?(.*?)"?$', rf'title: "\1 (copy {k})"', text, count=1, flags=re.M)
                text = re.sub(r"^(doi|pmid|url): .*\n", "", text, flags=re.M)  # one study, one identifier
            (target / "sources" / f"{source.stem}-{k}.md").write_text(text, encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seven copies of the seed sources (63 sources, ~800 claims): several pages of claims."""
    root = tmp_path_factory.mktemp("big")
    content = copy_corpus(root / "content", 7)
    out = root / "site"
    subprocess.run(
        [sys.executable, "-m", "evidencemap", "build", "--content", str(content), "--output", str(out), "--quiet"],
        check=True,
        cwd=REPO,
    )
    return out


@pytest.mark.parametrize("where", ["server", "file"])
def test_paginated_claim_list_filters_every_page(chromium, big_site, where):
    """Seven copies of every source: each claim is one row naming its seven sources or more (three, the rest folded),
    the list runs to many pages, and a filter from page 2 finds every row it names, from every page."""
    import json

    data = json.loads((big_site / "data/evidence.json").read_text())
    research = [
        a
        for a in data["assertions"]
        if any(c["evidence"] == "cited_research" for c in data["claims"] if c["id"] in set(a["claims"]))
    ]
    pages = sorted(big_site.glob("claims/page-*.html"))
    assert len(pages) >= 2, "the claim list should be split into pages"
    srv = serve(big_site) if where == "server" else None
    base = srv.url if srv else big_site.as_uri() + "/"
    ctx = chromium.new_context(viewport=DESKTOP)
    try:
        page, watch = open_page(ctx, base + "claims/index.html")
        on_first = page.locator("#claims-table tbody tr").count()
        assert on_first < len(data["assertions"]), "page 1 should hold only part of the rows"
        pager = page.get_by_role("navigation", name="Pages of claims, above the list")
        pager.get_by_role("link", name="Next").click()
        page.wait_for_load_state("load")
        assert page.url.endswith("claims/page-2.html") and page.locator("#claims-table tbody tr").count() > 0
        folded = page.locator("tr:has(details.more-sayers)").first
        named = int(folded.locator(".said-count").inner_text().split()[0])
        assert named >= 7 and named % 7 == 0, "each claim has seven sources, or a multiple"
        more = folded.locator("details.more-sayers summary").inner_text()
        assert more == f"{named - 3} more sources", "three sources named, the rest folded"

        page.select_option("#f-evidence", "cited_research")
        settled(page)
        assert page.locator(".pager").first.is_hidden(), "the pager should hide while a filter spans every page"
        assert f" of {len(data['assertions'])}" in page.locator("#claim-count").inner_text()
        shown = all_rows(page)
        assert len(shown) == len(research), f"filter found {len(shown)} of {len(research)} rows across all pages"
        assert all("cited_research" in r["evidence"] for r in shown)
        assert {frozenset(r["claims"]) for r in shown} == {frozenset(a["claims"]) for a in research}
        first = page.locator("#claims-table tbody tr a.claim-title").first
        first.click()
        page.wait_for_load_state("load")
        assert ("/claims/" in page.url or "/questions/" in page.url) and page.locator("h1").count() == 1
        watch.assert_clean(f"paginated claim list ({where})")
    finally:
        ctx.close()
        if srv:
            srv.stop()


def test_the_bigger_maps_drawings_keep_arrows_out_of_boxes_and_labels_whole(chromium, big_site):
    """The 63-source map: the overview and every group's drawing, checked on the SVG and as Chromium draws it."""
    from svg_geometry import faults

    paths = ["graph.html", *sorted(f"graph/{p.name}" for p in (big_site / "graph").glob("*.html"))]
    ctx = chromium.new_context(viewport=DESKTOP)
    try:
        for path in paths:
            svg = re.search(r'<svg class="evidence-graph".*?</svg>', (big_site / path).read_text(), re.S).group(0)
            assert faults(svg) == [], path
            page, watch = open_page(ctx, (big_site / path).as_uri())
            assert graph_text_faults(page) == [], path
            watch.assert_clean(path)
            page.close()
    finally:
        ctx.close()


def test_big_map_pages_pass_axe(chromium, big_site):
    srv = serve(big_site)
    ctx = chromium.new_context(viewport=DESKTOP)
    try:
        for path in ("claims/page-2.html", "graph.html", "gaps.html"):
            page, watch = open_page(ctx, srv.url + path)
            for folded in page.locator("details.more-sayers > summary").all():  # the claim list's other sources
                folded.click()
            report = axe_report(page)
            assert not report, f"axe-core violations on {path} of the bigger map:\n{report}"
            watch.assert_clean(path)
            page.close()
        result = crawl(srv.url + "index.html", srv.url)
        assert_crawl_clean(result)
        built = {srv.url + p.relative_to(big_site).as_posix() for p in big_site.rglob("*.html") if p.name != "404.html"}
        assert not sorted(built - set(result.pages))[:5], "pages no link leads to"
    finally:
        ctx.close()
        srv.stop()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_assertion_page_shows_each_wording_once_with_a_row_for_each_claim(chromium, big_site, scheme):
    """On the map of seven copies, an assertion's page shows each wording once and each of its claims as a row (the
    claim's anchor): it passes axe (light and dark) and fits a phone; a claim's permalink opens the page at its
    row, and the row opens its source at the claim's sentence, which links back to the claim."""
    import json

    data = json.loads((big_site / "data/evidence.json").read_text(encoding="utf-8"))
    assertion = max(data["assertions"], key=lambda a: (len(a["claims"]), a["id"]))
    assert len(assertion["claims"]) >= 7
    path = f"claims/{assertion['id']}.html"
    srv = serve(big_site)
    ctx = chromium.new_context(viewport=DESKTOP, color_scheme=scheme)
    phone = chromium.new_context(viewport=PHONE, color_scheme=scheme)
    try:
        page, watch = open_page(ctx, srv.url + path)
        sections = page.locator("section.said")
        quotes = sections.locator("blockquote.quote").all_inner_texts()
        assert len(quotes) == len(set(quotes)) >= 1, "each wording once"
        for claim_id in assertion["claims"]:
            assert page.locator(f"[id='{claim_id}']").count() == 1, claim_id
        assert sections.locator(".said-list > li").count() == len(assertion["claims"])
        report = axe_report(page)
        assert not report, f"axe-core violations on {path} ({scheme}):\n{report}"
        watch.assert_clean(path)

        last = assertion["claims"][-1]
        linked, watch2 = open_page(ctx, srv.url + f"{path}#{last}")
        row = linked.locator(f"[id='{last}']")
        assert row.is_visible() and row.bounding_box()["y"] < DESKTOP["height"], "the permalink opens at the claim"
        quote = row.locator("xpath=ancestor-or-self::section[1]").locator("blockquote.quote").inner_text()
        row.locator("a").first.click()
        linked.wait_for_load_state("load")
        assert "/sources/" in linked.url and linked.url.endswith(f"#{last}"), "a row opens its source at the claim"
        mark = linked.locator(f"[id='{last}'] a.claim-mark").first
        assert " ".join(mark.inner_text().split()) in " ".join(quote.split())
        anchored = mark.evaluate(
            "a => { const ids = []; for (let e = a.parentElement; e && e.tagName === 'SPAN'; "
            "e = e.parentElement) { ids.push(e.id); } return ids; }"
        )
        assert last in anchored
        mark.click()  # to the first of the claims its sentence makes (a sentence may make several)
        linked.wait_for_load_state("load")
        target = linked.url.rsplit("#", 1)[1]
        assert "/claims/" in linked.url and target in anchored, "the marked sentence links back to its claims"
        assert linked.locator(f"[id='{target}']").count() == 1
        watch2.assert_clean(f"{path}#{last}")

        small, _ = open_page(phone, srv.url + path)
        width = small.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"] + 1, f"{path} scrolls sideways on a phone: {width}px"
    finally:
        ctx.close()
        phone.close()
        srv.stop()


# ---- 8. phone -----------------------------------------------------------------------------------


@pytest.fixture
def phone(chromium):
    ctx = chromium.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    yield ctx
    ctx.close()


@pytest.mark.parametrize(
    "key",
    ["home", "source", "claims", "claim", "sources", "concept", "contradictions", "graph", "gaps", "search"]
    + ["glossary", "question"],
)
def test_phone_no_horizontal_scroll(phone, server, samples, key):
    page, _ = open_page(phone, server.url + samples[key])
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE["width"] + 1:
        culprits = page.evaluate(
            """(limit) => Array.from(document.querySelectorAll('body *'))
                 .filter(e => e.getBoundingClientRect().right > limit + 1 && !e.closest('.graph-wrap svg'))
                 .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > limit + 1))
                 .slice(0, 10).map(e => e.tagName.toLowerCase()
                   + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')
                   + ' right=' + Math.round(e.getBoundingClientRect().right)
                   + ' text=' + (e.textContent || '').trim().slice(0, 40))""",
            PHONE["width"],
        )
        pytest.fail(
            f"{samples[key]} scrolls sideways on a {PHONE['width']}px phone: scrollWidth {width}; widest elements:\n"
            + "\n".join(culprits)
        )
    page.close()


# ---- screenshots for a human ------------------------------------------------------------------


def test_screenshots(chromium, server, samples):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    written = []
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        ctx = chromium.new_context(viewport=viewport)
        try:
            page = ctx.new_page()
            for key in ("home", "claims", "source", "graph", "contradictions", "gaps", "search"):
                page.goto(server.url + samples[key] + ("?q=orthotics" if key == "search" else ""))
                page.wait_for_load_state("networkidle")
                target = ARTIFACTS / f"{key}-{name}.png"
                height = min(page.evaluate("document.documentElement.scrollHeight"), SHOT_MAX_HEIGHT)
                page.screenshot(
                    path=str(target),
                    full_page=True,
                    clip={"x": 0, "y": 0, "width": viewport["width"], "height": height},
                )
                written.append(target)
        finally:
            ctx.close()
    assert all(p.stat().st_size > 5000 for p in written), [str(p) for p in written]


# ---- the verdict first -------------------------------------------------------------------------

PHONE_844 = {"width": 390, "height": 844}


def test_every_claim_page_answers_before_the_fold_on_a_phone(chromium, server, site_dir):
    """At 390 x 844, without scrolling: what is claimed (the title), by whom and whether they sell it, what backs
    it, and what research says."""
    ctx = chromium.new_context(viewport=PHONE_844, is_mobile=True, has_touch=True)
    late = []
    try:
        page = ctx.new_page()
        claim_pages = sorted(
            p.name for p in (site_dir / "claims").glob("*.html") if p.name != "index.html" and "page-" not in p.name
        )
        assert len(claim_pages) > 100
        for name in claim_pages:
            page.goto(server.url + "claims/" + name, wait_until="load")
            box = page.locator("section.in-short").bounding_box()
            text = page.locator("section.in-short").inner_text()
            if box is None or box["y"] + box["height"] > PHONE_844["height"]:
                late.append(f"{name}: bottom at {None if box is None else round(box['y'] + box['height'])}")
            assert "Who says it:" in text and "What backs it:" in text and "What research says:" in text, name
    finally:
        ctx.close()
    assert late == [], f"{len(late)} of {len(claim_pages)} claim pages: " + "; ".join(late[:10])


@pytest.mark.parametrize("width", [360, 1280])
def test_the_gap_map_scrolls_inside_its_frame_with_its_headers_in_view(chromium, server, width):
    """At 360 px and on a desktop: the page itself never scrolls sideways, the map scrolls in its own frame, and
    when it does, the outcome names stay on top and the row names on the left; a cell opens its question page."""
    ctx = chromium.new_context(viewport={"width": width, "height": 800})
    try:
        page, watch = open_page(ctx, server.url + "gaps.html")
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
        frame = page.locator(".gap-wrap").first
        row_head = frame.locator("tbody th").first
        col_head = frame.locator("thead th").nth(1)
        left, top = row_head.bounding_box()["x"], col_head.bounding_box()["y"]
        frame.evaluate("el => { el.scrollLeft = el.scrollWidth; el.scrollTop = el.scrollHeight; }")
        page.wait_for_timeout(50)
        assert frame.evaluate("el => el.scrollLeft") > 0 or width == 1280  # a desktop may show the whole map
        assert abs(row_head.bounding_box()["x"] - left) < 1, "row names scroll out of view"
        assert abs(col_head.bounding_box()["y"] - top) < 1, "outcome names scroll out of view"
        frame.evaluate("el => { el.scrollLeft = 0; el.scrollTop = 0; }")
        cell = frame.locator("td[data-question='foot-orthoses--low-back-pain'] a")
        assert cell.locator(".bubble").inner_text().startswith("3")
        cell.click()
        page.wait_for_load_state("load")
        assert page.url.endswith("questions/foot-orthoses--low-back-pain.html")
        assert page.get_by_role("heading", name="What research found").is_visible()
        report = axe_report(page)
        assert not report, f"axe-core violations on the question page at {width}px:\n{report}"
        watch.assert_clean("gaps.html")
    finally:
        ctx.close()
