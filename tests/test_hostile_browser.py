"""Injection payloads built into a site, then every page loaded in headless Chromium.

The corpus (tests/hostile/payloads.txt, placed by tests/hostile/corpus.py) puts each
payload into article text, front matter, lexicon labels and descriptions, review notes
and the site config. A reader must see the payloads as text: no dialog may open, no
request may leave for another host, and no element or attribute the payload spelled
(``<script>``, ``onerror=``, ``javascript:`` links, SVG and MathML, template syntax)
may exist in the DOM. The DOM check does not rely on the Content-Security-Policy: it
proves the escaping; the dialog and request counts prove the two layers together.
"""

from __future__ import annotations

import functools
import http.server
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "hostile"))
from corpus import PAYLOADS, write_corpus  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser

# Tags the templates and the article renderer produce; anything else in a page was injected.
ALLOWED_TAGS = {
    "html",
    "head",
    "body",
    "meta",
    "title",
    "link",
    "script",
    "header",
    "nav",
    "main",
    "footer",
    "section",
    "article",
    "details",
    "summary",
    "div",
    "p",
    "span",
    "a",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "br",
    "pre",
    "code",
    "blockquote",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "form",
    "fieldset",
    "legend",
    "label",
    "select",
    "option",
    "input",
    "button",
    "svg",
    "g",
    "defs",
    "marker",
    "path",
    "rect",
    "text",
}
# Collects what a page holds that a payload could have put there.
DOM_AUDIT = """() => {
  const found = [];
  const urlAttrs = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc"];
  // The claim list's <template id="claim-badges"> holds the badges site.js copies into rows: audited inside too.
  const elements = Array.from(document.querySelectorAll("*"));
  for (const held of document.querySelectorAll("template")) elements.push(...held.content.querySelectorAll("*"));
  for (const el of elements) {
    const tag = el.localName.toLowerCase();
    const ownTemplate = tag === "template" && el.id === "claim-badges";
    if (!ALLOWED.includes(tag) && !ownTemplate) found.push("tag <" + tag + ">");
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push("handler " + tag + "[" + name + "]");
      if (name === "style" || name === "srcdoc") found.push("attribute " + tag + "[" + name + "]");
      if (urlAttrs.includes(name)) {
        const value = attr.value.replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value);
        const iconData = tag === "link" && value === "data:,";
        if (scheme && !["http", "https"].includes(scheme[1]) && !iconData)
          found.push("url " + tag + "[" + name + "]=" + attr.value);
      }
    }
    const ownScript = /(static\\/site\\.js|search\\/[a-z0-9-]+\\.js|claims\\/rows-\\d+\\.js)$/;
    const jsonLd = el.getAttribute("type") === "application/ld+json";
    if (tag === "script" && !(jsonLd || ownScript.test(el.getAttribute("src") || "")))
      found.push("script " + el.outerHTML.slice(0, 80));
    if (tag === "meta" && el.httpEquiv && el.httpEquiv.toLowerCase() !== "content-security-policy")
      found.push("meta http-equiv " + el.httpEquiv);
    if (tag === "link" && !["stylesheet", "icon", "canonical"].includes(el.rel)) found.push("link rel=" + el.rel);
    const ownSearch = el.classList && el.classList.contains("search-form")
      && new URL(el.action).origin === location.origin && /\\/search\\.html$/.test(new URL(el.action).pathname);
    if (tag === "form" && el.id !== "claim-filters" && !ownSearch) found.push("form " + el.action);
  }
  return found;
}""".replace("ALLOWED", "[" + ",".join(f'"{t}"' for t in sorted(ALLOWED_TAGS)) + "]")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The payload corpus, built by the real command line."""
    root = tmp_path_factory.mktemp("hostile")
    content = write_corpus(root)
    out = root / "site"
    subprocess.run(
        [sys.executable, "-m", "evidencemap", "build", "--content", str(content), "--output", str(out), "--quiet"],
        check=True,
    )
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def served(hostile_site: Path) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(hostile_site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_the_corpus_carries_every_payload_into_the_built_pages(hostile_site: Path) -> None:
    """The test below would prove nothing if the payloads never reached the pages: each must, escaped."""
    from html import escape

    pages = [p.read_text(encoding="utf-8") for p in hostile_site.rglob("*.html")]
    joined = "\n".join(pages)
    missing = [p for p in PAYLOADS if escape(p.strip(), quote=True) not in joined]
    assert not missing, f"payloads that reached no page: {missing}"
    assert len(pages) > 2 * len(PAYLOADS)


def test_no_payload_runs_or_calls_out_in_chromium(served: str, hostile_site: Path) -> None:
    """Every page of the hostile site, plus hostile query strings and a hostile 404 path."""
    sync_api = pytest.importorskip("playwright.sync_api")
    assert CHROMIUM.exists(), "the browser tests need /usr/bin/chromium (apt-get install chromium)"
    pages = sorted(p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("*.html"))
    urls = [served + quote(p) for p in pages]
    urls += [
        served
        + "claims/index.html?"
        + "&".join(
            f"{k}={quote(PAYLOADS[i])}"
            for i, k in enumerate(
                ["evidence", "kind", "relation", "concept", "with", "interest", "research", "overreach", "sort"]
            )
        )
    ]
    urls += [served + "graph.html#" + quote(PAYLOADS[0]), served + quote("<script>alert(99)</script>.html")]
    local = urlsplit(served).netloc
    dialogs: list[str] = []
    foreign: Counter[str] = Counter()
    local_requests = 0
    injected: dict[str, list[str]] = {}
    shown_as_text = 0
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        context = browser.new_context()

        def route(r: object) -> None:
            nonlocal local_requests
            request = r.request  # type: ignore[attr-defined]
            if urlsplit(request.url).netloc == local:
                local_requests += 1
                r.continue_()  # type: ignore[attr-defined]
            else:
                foreign[request.url] += 1
                r.abort()  # type: ignore[attr-defined]

        context.route("**/*", route)
        context.on("websocket", lambda ws: foreign.update([ws.url]))
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
        page.on("popup", lambda p: foreign.update(["popup " + p.url]))
        for url in urls:
            page.goto(url, wait_until="load")
            page.wait_for_timeout(30)  # let timers, animations (SVG onbegin) and autofocus fire
            found = page.evaluate(DOM_AUDIT)
            if found:
                injected[url] = found
            text = page.evaluate("() => document.body.innerText")
            shown_as_text += sum(1 for p in PAYLOADS if p.strip() in text)
        browser.close()
    print(
        f"\nhostile corpus: {len(PAYLOADS)} payloads, {len(urls)} pages loaded, {local_requests} local requests, "
        f"{len(dialogs)} dialogs, {sum(foreign.values())} requests to other hosts, {shown_as_text} payloads "
        f"shown as text"
    )
    assert not dialogs, dialogs
    assert not foreign, foreign
    assert not injected, injected
    assert shown_as_text >= len(PAYLOADS), "payloads should be visible to the reader, as text"
