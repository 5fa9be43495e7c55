"""The research panels in a real browser: what research found, beside what vendors and clinicians claim.

A reader on a vendor's orthotics claim must see the two reviews and the trial,
the trial's missing placebo arm and the overreach note; on the flat-feet claim,
the Framingham study contradicting it. Both pages, and a concept page, load with
no console error and pass axe-core, in light and dark schemes and on a phone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidencemap.build import make_map
from test_browser import CHROMIUM, DESKTOP, LAUNCH_ARGS, PHONE, Server, axe_report, build_site, open_page, serve

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    """Site paths of the pages the bars are about, found from the map, not hard-coded ids."""
    graph = make_map(REPO / "content").graph

    def claim_page(source: str, words: str) -> str:
        claim = next(c for c in graph.claims_by_source[source] if words in c.quote)
        return f"claims/{graph.assertion_of_claim[claim.id]}.html"

    return {
        "orthotics": claim_page("ideastep-walking-back-pain", "Custom orthotics, on the other hand"),
        "flat_feet": claim_page("hodandhod-weak-feet-bad-back", "4.5 times more likely"),
        "posture": claim_page("crux-feet-low-back-pain", "static foot posture"),
        "finding": claim_page("research-menz-2013-framingham-foot", "Flat feet (planus foot posture)"),
        "concept": "concepts/foot-orthoses.html",
    }


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = serve(build_site(tmp_path_factory.mktemp("research-browser") / "site"))
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests need Debian's Chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


def section(page, heading: str):
    """The <section> a heading of that name labels."""
    return page.locator("section").filter(has=page.get_by_role("heading", name=heading, exact=True)).last


def test_orthotics_claim_shows_reviews_and_trial_beside_it(chromium, server, pages):
    ctx = chromium.new_context(viewport=DESKTOP)
    page, watch = open_page(ctx, server.url + pages["orthotics"])
    found = section(page, "What research found")
    claimed = section(page, "What vendors and clinicians claim")
    assert found.is_visible() and claimed.is_visible()
    studies = found.locator("article.study")
    assert studies.count() == 3
    titles = " | ".join(studies.locator(".study-title").all_inner_texts())
    for name in ("Chuter et al. 2014", "Cochrane Back Group", "Cambron et al. 2017"):
        assert name in titles
    trial = studies.filter(has_text="Cambron et al. 2017")
    assert trial.get_by_text("No placebo or sham arm", exact=False).is_visible()
    assert trial.get_by_text("Evidence level 2 of 5").is_visible()
    assert found.get_by_text("not significant").first.is_visible()
    # side by side on a desktop: the research column is left of the claims column
    assert found.bounding_box()["x"] < claimed.bounding_box()["x"]
    note = page.get_by_role("note")
    assert note.is_visible() and "trials found no significant effect" in note.inner_text()
    # each finding links to its claim: its part of its assertion's page
    first = found.locator(".findings a:not(.badge)").first  # the quote; the badges before it open the glossary
    first.click()
    page.wait_for_load_state("load")
    assert "/claims/" in page.url and "#research-" in page.url
    assert page.get_by_role("heading", name="A research finding").is_visible()
    watch.assert_clean(pages["orthotics"])
    ctx.close()


def test_flat_feet_claim_is_contradicted_by_framingham_and_the_posture_denial_is_inconclusive(chromium, server, pages):
    """Menz found no link with flat feet or foot posture: that contradicts "flat feet cause back pain", but cannot
    confirm "foot posture is not linked to back pain" (no significant effect is not proof of none)."""
    ctx = chromium.new_context(viewport=DESKTOP)
    page, watch = open_page(ctx, server.url + pages["flat_feet"])
    study = section(page, "What research found").locator("article.study")
    assert study.count() == 1 and "Menz et al. 2013" in study.inner_text()
    assert study.get_by_text("Contradicted by research").is_visible()
    assert "Link claimed, none found" in page.get_by_role("note").inner_text()
    page2, watch2 = open_page(ctx, server.url + pages["posture"])
    study2 = section(page2, "What research found").locator("article.study")
    assert study2.count() == 1 and study2.get_by_text("Research inconclusive").is_visible()
    assert study2.get_by_text("Consistent with research").count() == 0
    assert page2.get_by_role("note").count() == 0
    watch.assert_clean(pages["flat_feet"])
    watch2.assert_clean(pages["posture"])
    ctx.close()


@pytest.mark.parametrize("key", ["orthotics", "flat_feet", "finding", "concept"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_research_panels_pass_axe(chromium, server, pages, key, scheme):
    ctx = chromium.new_context(viewport=DESKTOP, color_scheme=scheme)
    page, watch = open_page(ctx, server.url + pages[key])
    report = axe_report(page)
    assert not report, f"axe-core violations on {pages[key]} ({scheme}):\n{report}"
    watch.assert_clean(pages[key])
    ctx.close()


def test_research_panels_fit_a_phone(chromium, server, pages):
    ctx = chromium.new_context(viewport=PHONE)
    for key in ("orthotics", "concept"):
        page, watch = open_page(ctx, server.url + pages[key])
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{pages[key]} scrolls sideways by {overflow}px on a phone"
        found = section(page, "What research found")
        assert found.bounding_box()["width"] <= PHONE["width"]
        watch.assert_clean(pages[key])
    ctx.close()
