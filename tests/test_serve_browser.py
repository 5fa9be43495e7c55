"""``evidencemap serve`` in a real browser: an edit reloads the open page; a bad edit shows its error over it."""

from __future__ import annotations

import pytest

from test_authoring import Server

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def test_an_open_page_reloads_after_an_edit_and_shows_a_bad_edit(content_copy) -> None:
    from playwright.sync_api import expect, sync_playwright

    server = Server(content_copy)
    errors: list[str] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(server.address + "sources/")
            expect(page.get_by_text("Are Your Feet Causing Your Low Back Pain?").first).to_be_visible()
            page.evaluate("window.__notReloaded = true")

            source = content_copy / "sources" / "crux-feet-low-back-pain.md"
            source.write_text(
                source.read_text(encoding="utf-8").replace(
                    "Are Your Feet Causing Your Low Back Pain?", "Feet and Low Back Pain, Revisited", 1
                ),
                encoding="utf-8",
            )
            expect(page.get_by_text("Feet and Low Back Pain, Revisited").first).to_be_visible(timeout=60_000)
            assert page.evaluate("window.__notReloaded === undefined"), "the page itself reloaded"

            lexicon = content_copy / "lexicon.yaml"
            good = lexicon.read_text(encoding="utf-8")
            lexicon.write_text(good + "\n  - id: Not A Slug\n", encoding="utf-8")
            alert = page.locator("#evidencemap-build-error")
            expect(alert).to_be_visible(timeout=60_000)
            expect(alert).to_contain_text("lexicon.yaml:")
            expect(alert).to_contain_text("the last good site is shown")
            expect(page.get_by_text("Feet and Low Back Pain, Revisited").first).to_be_visible()

            lexicon.write_text(good, encoding="utf-8")
            expect(alert).to_have_count(0, timeout=60_000)
            browser.close()
    finally:
        server.stop()
    assert errors == []
