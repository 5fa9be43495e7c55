"""The authoring loop as a user runs it: add, review, rebuild, serve, new, publish (real files, real processes)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from conftest import CONTENT

VENDOR_PAGE = """<!doctype html>
<html lang="en"><head>
<title>Do insoles help back pain? | StepRight Shop</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="StepRight Shop">
<meta property="article:published_time" content="2024-03-05">
<link rel="canonical" href="https://stepright.example/blog/insoles-back-pain">
</head><body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/cart">Cart</a></nav>
<article>
<h1>Do insoles help back pain?</h1>
<p>Flat feet can cause low back pain, because the collapsed arch tilts the pelvis forward and strains the spine.
Many of our customers have told us how much better their back feels after a few weeks.</p>
<h2>How our insoles help</h2>
<p>Custom orthotics relieve back pain by restoring the arch. Our insoles are designed by podiatrists and come
with a money-back guarantee, so there is nothing to lose.</p>
<p>Shop now and get free shipping on every pair.</p>
<script>document.title = "tampered";</script>
</article>
<footer>Copyright StepRight Shop. All rights reserved.</footer>
</body></html>
"""


def evidencemap(*args: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "evidencemap", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def test_add_a_saved_html_page(tmp_path: Path, content_copy: Path) -> None:
    page = tmp_path / "insoles.html"
    page.write_text(VENDOR_PAGE, encoding="utf-8")
    result = evidencemap("add", str(page), "--content", str(content_copy), "--sells", "insoles", check=True)
    target = content_copy / "sources" / "do-insoles-help-back-pain.md"
    assert f"Added {target}" in result.stdout
    meta = front_matter(target)
    assert meta["title"] == "Do insoles help back pain?"
    assert meta["author"] == "Jane Roe" and meta["published"] == "2024-03-05"
    # A saved file was fetched by nobody we know: what the page says of itself is kept as its claim, apart.
    assert "url" not in meta and "publisher" not in meta
    assert meta["claimed_url"] == "https://stepright.example/blog/insoles-back-pain"
    assert meta["claimed_site_name"] == "StepRight Shop"
    assert "the page says its site is 'StepRight Shop'" in result.stdout
    assert meta["kind"] == "vendor" and "sells insoles" in meta["kind_reason"]
    assert meta["sells"] == ["insoles"]
    body = target.read_text(encoding="utf-8")
    assert "Custom orthotics relieve back pain by restoring the arch." in body
    assert (
        "tampered" not in body and "All rights reserved" not in body and "Cart" not in body
    )  # script and boilerplate gone
    assert "claims (" in result.stdout and "evidencemap review do-insoles-help-back-pain" in result.stdout
    out = tmp_path / "site"
    built = evidencemap("build", "--content", str(content_copy), "--output", str(out), check=True)
    assert "10 sources" in built.stdout
    data = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    mine = [c for c in data["claims"] if c["source"] == "do-insoles-help-back-pain"]
    assert any(
        c["subject"] == "custom-orthotics" and c["relation"] == "treats" and c["commercial_interest"] for c in mine
    )


def test_add_never_overwrites_without_force(tmp_path: Path, content_copy: Path) -> None:
    existing = content_copy / "sources" / "crux-feet-low-back-pain.md"
    before = existing.read_bytes()
    article = tmp_path / "crux.md"
    article.write_text("---\ntitle: A different article\n---\n\nFlat feet cause back pain.\n", encoding="utf-8")
    refused = evidencemap("add", str(article), "--content", str(content_copy), "--id", "crux-feet-low-back-pain")
    assert refused.returncode == 1
    assert "already exists" in refused.stderr and "--force" in refused.stderr and "Nothing was added" in refused.stderr
    assert existing.read_bytes() == before
    replaced = evidencemap(
        "add", str(article), "--content", str(content_copy), "--id", "crux-feet-low-back-pain", "--force", check=True
    )
    assert "Replaced" in replaced.stdout
    assert front_matter(existing)["title"] == "A different article"
    assert not [p for p in (content_copy / "sources").iterdir() if p.name.startswith(".")]  # no temporary files left


def test_add_markdown_keeps_its_front_matter_and_takes_options(tmp_path: Path, content_copy: Path) -> None:
    article = tmp_path / "my-notes.md"
    article.write_text(
        "---\ntitle: Walking and back pain\nauthor: Sam Poe\n---\n\n"
        "Walking reduces low back pain, in my experience as a physiotherapist.\n",
        encoding="utf-8",
    )
    evidencemap(
        "add",
        str(article),
        "--content",
        str(content_copy),
        "--kind",
        "clinic",
        "--url",
        "https://clinic.example/walking",
        check=True,
    )
    meta = front_matter(content_copy / "sources" / "walking-and-back-pain.md")
    assert meta["author"] == "Sam Poe" and meta["kind"] == "clinic" and meta["url"] == "https://clinic.example/walking"
    assert "kind_reason" not in meta  # the user said what kind it is


def test_add_markdown_without_front_matter_takes_its_heading_as_title_and_writes_one_field_a_line(
    tmp_path: Path, content_copy: Path
) -> None:
    article = tmp_path / "clinic-notes.md"
    article.write_text(
        "# Heel pain: what the evidence says\n\nIn my experience, stretching relieves heel pain.\n", encoding="utf-8"
    )
    evidencemap(
        "add",
        str(article),
        "--content",
        str(content_copy),
        "--kind",
        "clinic",
        "--publisher",
        "Riverside Podiatry",
        check=True,
    )
    target = content_copy / "sources" / "heel-pain-what-the-evidence-says.md"
    text = target.read_text(encoding="utf-8")
    front = text.split("---\n")[1]
    assert front_matter(target)["title"] == "Heel pain: what the evidence says"
    assert front == "title: 'Heel pain: what the evidence says'\nkind: clinic\npublisher: Riverside Podiatry\n"
    assert text.count("# Heel pain: what the evidence says") == 1  # the heading stays once, in the body
    # only a heading that opens the article is its title: not a section further down, not a comment in a code block
    later = tmp_path / "field-notes.md"
    later.write_text("Some notes first.\n\n```sh\n# install the tool\n```\n\n# A section\n\nText.\n", encoding="utf-8")
    evidencemap("add", str(later), "--content", str(content_copy), check=True)
    assert front_matter(content_copy / "sources" / "field-notes.md")["title"] == "field notes"
    sharp = tmp_path / "c.md"
    sharp.write_text("# Learning C# ##\n\nText.\n", encoding="utf-8")
    evidencemap("add", str(sharp), "--content", str(content_copy), check=True)
    assert front_matter(content_copy / "sources" / "learning-c.md")["title"] == "Learning C#"


def test_add_plain_text_and_bad_input(tmp_path: Path, content_copy: Path) -> None:
    text = tmp_path / "abstract.txt"
    text.write_text(
        "Foot orthoses for low back pain\n\nBackground: Orthoses are sold for back pain.\n"
        "Results: Foot orthoses did not reduce low back pain.\n",
        encoding="utf-8",
    )
    evidencemap("add", str(text), "--content", str(content_copy), check=True)
    meta = front_matter(content_copy / "sources" / "foot-orthoses-for-low-back-pain.md")
    assert meta["title"] == "Foot orthoses for low back pain" and meta["kind"] == "research"
    missing = evidencemap("add", str(tmp_path / "nope.html"), "--content", str(content_copy))
    assert missing.returncode == 1 and "no such file" in missing.stderr
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: Fine\nkind: shop\n---\n\nText.\n", encoding="utf-8")
    wrong = evidencemap("add", str(bad), "--content", str(content_copy))
    assert wrong.returncode == 1 and str(bad) in wrong.stderr and "kind" in wrong.stderr
    assert not (content_copy / "sources" / "fine.md").exists()


def test_interrupted_add_leaves_no_half_written_source(
    tmp_path: Path, content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evidencemap.commands import add as importer

    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Interrupted\n---\n\nFlat feet cause back pain.\n", encoding="utf-8")

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(importer.os, "link", interrupted)
    with pytest.raises(KeyboardInterrupt):
        importer.add_source(str(article), content_copy)
    leftovers = [
        p.name for p in (content_copy / "sources").iterdir() if p.name.startswith(".") or "interrupted" in p.name
    ]
    assert leftovers == []


def test_review_a_claim_then_rebuild(tmp_path: Path, content_copy: Path) -> None:
    source = "ideastep-walking-back-pain"
    written = evidencemap("review", source, "--content", str(content_copy), check=True)
    review = content_copy / "reviews" / f"{source}.yaml"
    assert str(review) in written.stdout
    text = review.read_text(encoding="utf-8")
    entries = yaml.safe_load(text)["claims"]
    assert entries and all(e["action"] == "pending" for e in entries)
    assert "“" in text  # the quotes are there to decide by
    again = evidencemap("review", source, "--content", str(content_copy))
    assert again.returncode == 1 and "--force" in again.stderr and review.read_text(encoding="utf-8") == text
    checked = evidencemap("check", "--content", str(content_copy), "--strict")
    assert checked.returncode == 1 and "await a decision" in checked.stderr
    rejected, accepted = entries[0]["id"], entries[1]["id"]
    review.write_text(
        text.replace(f"- id: {rejected}\n    action: pending", f"- id: {rejected}\n    action: reject").replace(
            f"- id: {accepted}\n    action: pending",
            f"- id: {accepted}\n    action: accept\n    note: Checked against the article.",
        ),
        encoding="utf-8",
    )
    out = tmp_path / "site"
    evidencemap("build", "--content", str(content_copy), "--output", str(out), check=True)
    data = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in data["claims"]}
    assert rejected not in claims
    assert claims[accepted]["origin"] == "reviewed" and claims[accepted]["note"] == "Checked against the article."
    assertion = next(a["id"] for a in data["assertions"] if accepted in a["claims"])
    page_text = (out / "claims" / f"{assertion}.html").read_text(encoding="utf-8")
    part = page_text.split(f'id="{accepted}"', 1)[1].split('<section class="said"', 1)[0]  # the claim's part
    assert "Checked by a curator" in part and "Checked against the article." in part


def test_new_map_builds_and_shows_a_disagreement(tmp_path: Path) -> None:
    folder = tmp_path / "coffee-map"
    evidencemap("new", str(folder), check=True)
    built = evidencemap("build", cwd=folder, check=True)
    assert "2 sources" in built.stdout and (folder / "site" / "index.html").is_file()
    data = json.loads((folder / "site" / "data" / "evidence.json").read_text(encoding="utf-8"))
    assert data["contradictions"], "the example sources are written to disagree"
    assert "# The concepts claims are about" in (folder / "content" / "lexicon.yaml").read_text(encoding="utf-8")
    refused = evidencemap("new", str(folder))
    assert refused.returncode == 2 and "not empty" in refused.stderr


def test_publish_to_a_gh_pages_branch_leaves_the_working_tree_alone(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    evidencemap("new", str(folder), check=True)
    git = lambda *a: subprocess.run(["git", *a], cwd=folder, capture_output=True, text=True, check=True).stdout  # noqa: E731
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "map")
    status_before = git("status", "--porcelain")
    first = evidencemap("publish", "--base-url", "/map/", cwd=folder, check=True)
    assert "new commit" in first.stdout
    files = git("ls-tree", "-r", "--name-only", "gh-pages").split()
    assert "index.html" in files and ".nojekyll" in files and ".evidencemap-site" not in files
    assert git("rev-parse", "--abbrev-ref", "HEAD").strip() == "main" and git("status", "--porcelain") == status_before
    second = evidencemap("publish", "--base-url", "/map/", cwd=folder, check=True)
    assert "no commit" in second.stdout and len(git("log", "--oneline", "gh-pages").splitlines()) == 1
    (folder / "content" / "sources" / "example-vendor-coffee-dehydration.md").write_text(
        (folder / "content" / "sources" / "example-vendor-coffee-dehydration.md").read_text(encoding="utf-8")
        + "\nCoffee causes headaches.\n",
        encoding="utf-8",
    )
    evidencemap("publish", "--base-url", "/map/", cwd=folder, check=True)
    assert len(git("log", "--oneline", "gh-pages").splitlines()) == 2


def test_publish_to_a_folder(tmp_path: Path) -> None:
    out = tmp_path / "www" / "evidence"
    evidencemap("publish", "--content", str(CONTENT), "--to", str(out), "--base-url", "/evidence/", check=True)
    assert (out / "index.html").is_file()
    assert "/evidence/" in (out / "404.html").read_text(encoding="utf-8")


class Server:
    """``evidencemap serve`` in a subprocess; its terminal output collected as it comes."""

    def __init__(self, content: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-u", "-m", "evidencemap", "serve", "--content", str(content), "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        self.address = ""
        ready = threading.Event()

        def read() -> None:
            assert self.process.stdout is not None
            for line in self.process.stdout:
                self.lines.append(line)
                if line.startswith("Serving") and " at " in line:
                    self.address = line.split(" at ")[1].split()[0]
                    ready.set()

        threading.Thread(target=read, daemon=True).start()
        assert ready.wait(120), "".join(self.lines)

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.address + path, timeout=30) as response:
            return response.read().decode("utf-8")

    def status(self) -> dict:
        return json.loads(self.get("__evidencemap__/status"))

    def wait_for(self, condition, timeout: float = 120) -> dict:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self.status()
            if condition(state):
                return state
            time.sleep(0.2)
        raise AssertionError(f"serve did not get there: {self.status()}\n{''.join(self.lines)}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)


def test_serve_rebuilds_on_edit_and_keeps_the_last_good_site_on_a_bad_edit(tmp_path: Path, content_copy: Path) -> None:
    site_before = sorted(p.name for p in (CONTENT.parent / "site").iterdir())
    server = Server(content_copy)
    try:
        assert server.status() == {"generation": 1, "error": None}
        home = server.get("")
        assert "__evidencemap__/reload.js" in home
        source = content_copy / "sources" / "crux-feet-low-back-pain.md"
        source.write_text(
            source.read_text(encoding="utf-8").replace(
                "Are Your Feet Causing Your Low Back Pain?", "Feet and Low Back Pain, Revisited", 1
            ),
            encoding="utf-8",
        )
        server.wait_for(lambda s: s["generation"] == 2)
        assert "Feet and Low Back Pain, Revisited" in server.get("sources/")
        lexicon = content_copy / "lexicon.yaml"
        good = lexicon.read_text(encoding="utf-8")
        lexicon.write_text(good + "\n  - id: Not A Slug\n", encoding="utf-8")
        state = server.wait_for(lambda s: s["error"] is not None)
        assert "lexicon.yaml:" in state["error"]
        assert "Feet and Low Back Pain, Revisited" in server.get("sources/")  # the last good site is still served
        assert any("Build failed" in line for line in server.lines) and any(
            "lexicon.yaml:" in line for line in server.lines
        )
        lexicon.write_text(good, encoding="utf-8")
        server.wait_for(lambda s: s["error"] is None and s["generation"] == 3)
        with pytest.raises(urllib.error.HTTPError) as missing:
            server.get("no/such/page.html")
        assert missing.value.code == 404
    finally:
        server.stop()
    assert sorted(p.name for p in (CONTENT.parent / "site").iterdir()) == site_before  # serve never builds over site/
    assert any("Stopped" in line for line in server.lines)


def test_an_added_structured_abstract_gets_design_level_and_findings(tmp_path: Path, content_copy: Path) -> None:
    abstract = tmp_path / "abstract.txt"
    abstract.write_text(
        "Foot orthoses for chronic low back pain: a randomised controlled trial\n\n"
        "Background: Foot orthoses are widely sold to relieve back pain.\n\n"
        "Methods: We randomly assigned 140 adults with chronic low back pain to custom foot orthoses or to flat "
        "insoles for 12 weeks.\n\n"
        "Results: Foot orthoses did not reduce low back pain more than flat insoles (mean difference -0.4, 95% "
        "CI -1.1 to 0.3; P = 0.27).\n\n"
        "Conclusions: Foot orthoses showed no significant effect on chronic low back pain.\n",
        encoding="utf-8",
    )
    added = evidencemap("add", str(abstract), "--content", str(content_copy), check=True)
    assert "kind: research" in added.stdout
    meta = front_matter(content_copy / "sources" / "foot-orthoses-for-chronic-low-back-pain-a-randomised.md")
    assert "design" not in meta  # nothing typed by hand: the pipeline reads the design from the abstract
    out = tmp_path / "site"
    evidencemap("build", "--content", str(content_copy), "--output", str(out), check=True)
    data = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    source = next(s for s in data["sources"] if s["id"].startswith("foot-orthoses-for-chronic"))
    assert source["design"] == "randomised_trial" and source["appraisal"]["design_detected"]
    assert source["appraisal"]["level"] == 2
    findings = [c for c in data["claims"] if c["source"] == source["id"]]
    assert any(
        c["negated"] and c["relation"] == "treats" and c["object"] in ("low-back-pain", "chronic-low-back-pain")
        for c in findings
    ), findings
    figures = {(f["kind"], f["value"], f["significant"]) for c in findings for f in c["figures"]}
    assert ("MD", -0.4, False) in figures and ("P", 0.27, False) in figures


CRAMP_LEXICON = """
  - id: magnesium-supplements
    label: magnesium supplements
    kind: intervention
    aliases: [magnesium, oral magnesium]

  - id: crampaway
    label: CrampAway
    kind: product
    broader: magnesium-supplements
    aliases: [CrampAway magnesium supplements]

  - id: leg-cramps
    label: leg cramps
    kind: condition
    aliases: [night leg cramps, nocturnal leg cramps, cramps]
"""
CRAMP_VENDOR = """# Sleep through the night

CrampAway magnesium supplements relieve night leg cramps. Order today: $24.99, with a money-back guarantee.
"""
# One paragraph, its labels inline, as an abstract pasted from PubMed; the design with four modifiers.
CRAMP_TRIAL = (
    "Oral magnesium for nocturnal leg cramps: a randomised, double-blind, placebo-controlled crossover trial\n\n"
    "BACKGROUND: Magnesium has been suggested to reduce nocturnal leg cramps. OBJECTIVE: To test whether oral "
    "magnesium reduces nocturnal leg cramps. METHODS: We randomly assigned 46 adults aged over 60 to magnesium or "
    "placebo. RESULTS: Magnesium did not reduce nocturnal leg cramps compared with placebo (mean difference 0.1 "
    "cramps per week, 95% CI -0.7 to 0.9; P = 0.80). CONCLUSIONS: Magnesium is unlikely to be effective for "
    "nocturnal leg cramps in older adults.\n"
)


def test_a_vendor_claim_and_a_placebo_controlled_null_trial_added_on_a_new_topic(tmp_path: Path) -> None:
    """Issue 21's end-to-end bar: the product claim is set against the trial as contradicted and flagged, never as
    agreeing; the trial is read as a randomised trial at level 2 with its figures, and its Background is no finding."""
    folder = tmp_path / "cramps"
    evidencemap("new", str(folder), check=True)
    content = folder / "content"
    lexicon = content / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + CRAMP_LEXICON, encoding="utf-8")
    (tmp_path / "crampaway.md").write_text(CRAMP_VENDOR, encoding="utf-8")
    (tmp_path / "trial.txt").write_text(CRAMP_TRIAL, encoding="utf-8")
    vendor = str(tmp_path / "crampaway.md")
    evidencemap("add", vendor, "--kind", "vendor", "--sells", "crampaway", cwd=folder, check=True)
    added = evidencemap("add", str(tmp_path / "trial.txt"), cwd=folder, check=True)
    assert "kind: research" in added.stdout
    evidencemap("build", cwd=folder, check=True)
    data = json.loads((folder / "site" / "data" / "evidence.json").read_text(encoding="utf-8"))
    trial = next(s for s in data["sources"] if s["id"].startswith("oral-magnesium"))
    assert trial["design"] == "randomised_trial" and trial["appraisal"]["level"] == 2
    findings = [c for c in data["claims"] if c["source"] == trial["id"]]
    assert findings and all(c["verdict"] == "no_difference" for c in findings)
    assert not any("suggested" in c["quote"] or "To test" in c["quote"] for c in findings)
    assert not any(c["quote"].startswith(("RESULTS", "CONCLUSIONS")) for c in findings)
    result = next(c for c in findings if c["figures"])
    assert [(f["kind"], f["ci_low"], f["ci_high"], f["significant"]) for f in result["figures"]] == [
        ("MD", -0.7, 0.9, False),
        ("P", None, None, False),
    ]
    assert result["comparator"] == "compared with placebo"
    product = next(c for c in data["claims"] if c["subject"] == "crampaway" and c["relation"] == "treats")
    agreements = {m["agreement"] for m in data["research_matches"] if m["claim"] == product["id"]}
    assert agreements == {"contradicted"}
    assert any(o["kind"] == "effect_not_found" for o in data["overreach"] if o["claim"] == product["id"])
    assertion = next(a["id"] for a in data["assertions"] if product["id"] in a["claims"])
    page = (folder / "site" / "claims" / f"{assertion}.html").read_text(encoding="utf-8")
    assert "Contradicted by research" in page and "Consistent with research" not in page
