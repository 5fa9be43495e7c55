"""What keeps big maps in bounded memory must not change a byte of what small maps get."""

from __future__ import annotations

import json
from pathlib import Path

from evidencemap.build import BuildOptions, make_map
from evidencemap.commands.new import new_map
from evidencemap.render import relative_url
from evidencemap.render.exports import dataset_json


def reference_json(graph) -> bytes:  # type: ignore[no-untyped-def]
    return (json.dumps(graph.dataset.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def test_streamed_dataset_matches_a_whole_dump(seed_map) -> None:
    assert dataset_json(seed_map.graph) == reference_json(seed_map.graph)


def test_streamed_dataset_matches_with_empty_lists(tmp_path: Path) -> None:
    new_map(tmp_path / "m")
    vendor_only = tmp_path / "m" / "content" / "sources" / "research-example-coffee-hydration-trial.md"
    vendor_only.unlink()  # one source: no contradictions, no research
    result = make_map(tmp_path / "m" / "content", options=BuildOptions(use_cache=False))
    assert not result.graph.dataset.contradictions
    assert dataset_json(result.graph) == reference_json(result.graph)


def test_relative_urls_match_the_file_system_rules() -> None:
    import posixpath

    pages = ["index.html", "claims/a.html", "claims/page-2.html", "a/b/c.html", "404.html", "search/t-ab.js"]
    targets = [
        "index.html",
        "claims/a.html",
        "claims/",
        "static/site.css",
        "a/b/d.html",
        "a/x.html",
        "search/meta.js",
        "",
    ]
    for page in pages:
        for target in targets:
            if not target:
                continue
            assert relative_url(target, page) == posixpath.relpath(target, posixpath.dirname(page) or "."), (
                target,
                page,
            )


def listed_rows(html: str) -> int:
    """The rows of claims listed under another's item, as made word for word by other sources (macros.html)."""
    return sum(group.split("</details>", 1)[0].count("<li>") for group in html.split('<details class="verbatim">')[1:])


def test_pages_stay_bounded_when_many_sources_say_the_same(tmp_path: Path, content_copy: Path) -> None:
    """Eighty copies of the map's sources: no page lists them all, and each cut says how many it left out."""
    import html
    import re

    from evidencemap.build import build
    from evidencemap.render import MAX_LISTED_CLAIMS, MAX_LISTED_STUDIES, RELATED

    sources = sorted((content_copy / "sources").glob("*.md"))
    for copy in range(9):
        for path in sources:
            text = path.read_text(encoding="utf-8").replace("\nid: ", f"\nid: copy{copy}-", 1)
            (path.parent / f"copy{copy}-{path.name}").write_text(text, encoding="utf-8")
    out = tmp_path / "site"
    build(content_copy, out, options=BuildOptions(use_cache=False))
    concept = (out / "concepts" / "low-back-pain.html").read_text(encoding="utf-8")
    vendors = concept.split('id="h-vendors"', 1)[1]
    # every claim listed is an item, or a row under the item of a claim another source makes in the same words
    assert vendors.count('class="claim-item"') + listed_rows(vendors) == MAX_LISTED_CLAIMS
    assert re.search(r"And \d+ more: <a href=\"\.\./claims/index\.html\?concept=low-back-pain\">", vendors)
    research = concept.split('id="h-research"', 1)[1].split('id="h-vendors"', 1)[0]
    assert research.count('<article class="study">') == MAX_LISTED_STUDIES and "more studies" in research
    # a page for each assertion, whatever the copies: each quote shown once, with a row for each of its ten claims
    data = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    quotes = {c["id"]: c["quote"] for c in data["claims"]}
    pages = [p for p in (out / "claims").glob("*.html") if not p.name.startswith(("index", "page-"))]
    assert len(pages) == len(data["assertions"])
    for assertion in data["assertions"]:
        page = html.unescape((out / "claims" / f"{assertion['id']}.html").read_text(encoding="utf-8"))
        said = page.split('id="h-said"', 1)[1]
        assert all(said.count(f"“{quotes[c]}”") == 1 for c in assertion["claims"])
        claimed = page.split('id="h-claimed"', 1)[1].split("</section>", 1)[0] if 'id="h-claimed"' in page else ""
        assert claimed.count("<li>") <= MAX_LISTED_STUDIES + 1  # its wordings beside the research, then "N more"
        for side in page.split("Sources that disagree", 1)[1].split('id="h-said"', 1)[0].split("<ul")[1:]:
            assert side.split("</ul>", 1)[0].count('class="claim-item"') + listed_rows(side) <= RELATED
    # the claim list: a row for each claim, naming a few of its ten sources and folding the rest, every claim linked
    from evidencemap.render.claim_groups import SAYERS_SHOWN

    listing = "".join(
        p.read_text(encoding="utf-8")
        for p in (out / "claims").glob("*.html")
        if p.name == "index.html" or p.name.startswith("page-")
    )
    row = r'<span class="said-count">(\d+) sources:</span>(?:(?!said-count).)*?<summary>(\d+) more sources?</summary>'
    folded = re.findall(row, listing, re.S)
    assert folded and all(int(more) == int(count) - SAYERS_SHOWN for count, more in folded)
    page_of = {claim: assertion["id"] for assertion in data["assertions"] for claim in assertion["claims"]}
    assert all(f'href="{page_of[claim["id"]]}.html#{claim["id"]}"' in listing for claim in data["claims"])
    finding_pages = [
        p.read_text(encoding="utf-8")
        for p in (out / "claims").glob("*.html")
        if 'id="h-finding"' in p.read_text(encoding="utf-8")  # a finding's claim page (not the claim list's pages)
    ]
    assert finding_pages
    cut = 0
    for text in finding_pages:
        answered = text.split('id="h-finding"', 1)[1].split("</section>", 1)[0]
        assert answered.count('class="claim-item"') <= RELATED
        more = re.search(r"And (\d+) more web claims this finding answers:\s*([^<]*)\.", answered)
        if more:  # the cut says how many it left out, by agreement, and the counts add up
            cut += 1
            assert sum(
                int(n) for n in re.findall(r"(\d+) (?:agrees|disagrees|inconclusive|mixed)", more.group(2))
            ) == int(more.group(1))
    assert cut, "with ten copies of every source, some finding answers more web claims than a page lists"


def test_a_claim_contradicted_from_many_sides_lists_a_few_and_counts_the_rest(
    tmp_path: Path, content_copy: Path
) -> None:
    """Seven assertions deny a claim's broader forms: its page lists MAX_LISTED_DISAGREEMENTS and links the rest."""
    import html

    from evidencemap.build import build
    from evidencemap.render import MAX_LISTED_DISAGREEMENTS

    sources = content_copy / "sources"
    (sources / "orthotics-work.md").write_text(
        "---\ntitle: Orthotics work\nkind: blog\n---\n\n# Orthotics work\n\n"
        "Custom orthotics relieve chronic low back pain.\n",
        encoding="utf-8",
    )
    denials = [
        f"{subject} do not relieve {pain}."
        for subject in ("Insoles", "Foot orthoses", "Custom orthotics")
        for pain in ("back pain", "low back pain", "chronic low back pain")
    ][:-1]
    (sources / "nothing-works.md").write_text(
        "---\ntitle: Nothing works\nkind: blog\n---\n\n# Nothing works\n\n" + "\n\n".join(denials) + "\n",
        encoding="utf-8",
    )
    graph = make_map(content_copy, options=BuildOptions(use_cache=False)).graph
    claim = next(c for c in graph.dataset.claims if c.source == "orthotics-work")
    contradictions = graph.contradictions_of_claim(claim.id)
    assert len(contradictions) > MAX_LISTED_DISAGREEMENTS  # the eight denials, and whatever the seeds add
    out = tmp_path / "site"
    build(content_copy, out, options=BuildOptions(use_cache=False))
    page = html.unescape((out / "claims" / f"{graph.assertion_of_claim[claim.id]}.html").read_text(encoding="utf-8"))
    disagreeing = page.split("Sources that disagree", 1)[1]
    listed = [c for c in contradictions if c.summary in disagreeing]
    assert len(listed) == MAX_LISTED_DISAGREEMENTS
    rest = len(contradictions) - MAX_LISTED_DISAGREEMENTS
    assert (
        f"And {rest} more disagreement{'s' if rest != 1 else ''} with this claim: "
        'see <a href="../contradictions.html">where sources disagree</a>.' in disagreeing
    )
    contradictions_page = html.unescape((out / "contradictions.html").read_text(encoding="utf-8"))
    assert all(c.summary in contradictions_page for c in contradictions)  # the rest are one link away


def test_claims_made_word_for_word_by_several_sources_are_listed_once_with_a_row_each(
    tmp_path: Path, content_copy: Path
) -> None:
    """Two other publishers copy a clinic's page: its claims are listed once, each copy a row linking to its claim."""
    import re
    from html import unescape

    from evidencemap.build import build

    original = content_copy / "sources" / "crux-feet-low-back-pain.md"
    text = original.read_text(encoding="utf-8")
    for name in ("Copycat Clinic", "Reprint Physio"):
        slug = name.lower().replace(" ", "-")
        copy = re.sub(r"(?m)^id: .*$", f"id: {slug}", text, count=1)
        copy = re.sub(r"(?m)^publisher: .*$", f'publisher: "{name}"', copy, count=1)
        (original.parent / f"{slug}.md").write_text(copy, encoding="utf-8")
    out = tmp_path / "site"
    build(content_copy, out, options=BuildOptions(use_cache=False))

    data = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in data["claims"]}
    assertion = next(a for a in data["assertions"] if {"copycat-clinic", "reprint-physio"} <= set(a["sources"]))
    page = out / "claims" / f"{assertion['id']}.html"
    said = page.read_text(encoding="utf-8").split('id="h-said"', 1)[1]
    section = said.split('<section class="said"', 2)[1]  # the first wording: the clinic's, then its two copies
    rows = re.findall(r'<li(?: id="([^"]+)")?><a href="([^"]+)">([^<]+)</a>', section)
    assert sorted(unescape(name) for *_, name in rows) == ["Copycat Clinic", "Crux Sport & Spine", "Reprint Physio"]
    quote = re.search(r'<blockquote class="quote">“([^<]*)”</blockquote>', section).group(1)  # type: ignore[union-attr]
    assert said.count(f"“{quote}”") == 1, "the quote is shown once, not once per source"
    first = re.match(r' id="([^"]+)"', section).group(1)  # type: ignore[union-attr]
    for anchor, href, name in rows:  # each row opens its source's page at its claim, marked and linking back here
        claim_id = anchor or first
        assert claims[claim_id]["quote"] == unescape(quote)
        file, _, fragment = href.partition("#")
        target = (page.parent / file).resolve()
        assert target.parent.name == "sources" and fragment == claim_id
        assert name.split()[0].lower() in target.name or target.stem == claims[claim_id]["source"]
        anchored = rf'<span id="{claim_id}">(?:<span id="[^"]+">)*'  # the claim's anchor, around its marked sentence
        mark = re.search(
            anchored + r'<a class="claim-mark[^"]*" id="q-[^"]+" href="\.\./claims/([^"]+)"',
            target.read_text(encoding="utf-8"),
        )
        assert mark, f"{href}: no marked sentence anchored by the claim's id"
        back, _, back_fragment = mark.group(1).partition("#")
        assert back == page.name and f'id="{back_fragment}"' in page.read_text(encoding="utf-8")


def test_a_source_repeating_itself_word_for_word_is_one_row_of_a_group(tmp_path: Path) -> None:
    """A page that says the same sentence twice gives two claims; the concept's list shows that source once, under
    the other source that makes the claim in the same words."""
    import re

    from evidencemap.build import build

    new_map(tmp_path / "m")
    sources = tmp_path / "m" / "content" / "sources"
    front = '---\ntitle: "{title}"\nkind: blog\npublisher: "{name}"\n---\n\n# {title}\n\n'
    (sources / "echo.md").write_text(
        front.format(title="Coffee and water", name="Echo Blog")
        + "Coffee causes dehydration.\n\nDrink water.\n\nCoffee causes dehydration.\n",
        encoding="utf-8",
    )
    (sources / "copy.md").write_text(
        front.format(title="Coffee facts", name="Copy Blog") + "Coffee causes dehydration.\n", encoding="utf-8"
    )
    out = tmp_path / "site"
    build(tmp_path / "m" / "content", out, options=BuildOptions(use_cache=False))

    data = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    echoed = [c for c in data["claims"] if c["source"] == "echo" and c["quote"] == "Coffee causes dehydration."]
    assert len(echoed) == 2, "the repeated sentence gives two claims of one source"
    page = (out / "concepts" / "dehydration.html").read_text(encoding="utf-8")
    group = next(
        item
        for item in page.split('<li class="claim-item">')[1:]
        if "Coffee causes dehydration." in item and "verbatim" in item
    )
    rows = re.findall(r'<li><a href="[^"]+">([^<]+)</a>', group.split('<details class="verbatim">', 1)[1])
    head = re.search(r'<a href="\.\./sources/[^"]+">([^<]+)</a>', group).group(1)  # type: ignore[union-attr]
    assert sorted([head, *rows]) == ["Copy Blog", "Echo Blog", "Example Hydration Co."], "each source once: head or row"


def test_claims_in_the_same_words_are_grouped_only_when_their_items_would_match(seed_map) -> None:  # type: ignore[no-untyped-def]
    """A row shows only its source's part: a claim said in the same words but rated more strongly (its context can
    hedge it) keeps an item of its own, so no strength is hidden under another's."""
    from evidencemap.model import Strength
    from evidencemap.render import SiteRenderer

    graph = seed_map.graph
    renderer = SiteRenderer(graph, seed_map.corpus.config, {d.source.id: d for d in seed_map.corpus.documents})
    renderer.links.at("claims/x.html")  # the lists of a page in claims/
    claim = next(
        c for c in graph.dataset.claims if c.strength == Strength.CONDITIONAL_CAUSAL and not graph.is_research(c.source)
    )
    other = next(s for s in graph.sources if s != claim.source and not graph.is_research(s))
    copy = claim.model_copy(update={"id": claim.id + "-copy", "source": other})
    stronger = claim.model_copy(
        update={"id": claim.id + "-stronger", "source": other, "strength": Strength.DIRECT_CAUSAL}
    )
    made_up = {made.id: graph.assertion_of_claim[claim.id] for made in (copy, stronger)}  # where their links lead
    graph.assertion_of_claim.update(made_up)
    try:
        grouped = str(renderer.lists.items([claim, copy]))
        apart = str(renderer.lists.items([claim, stronger]))
    finally:
        for made_id in made_up:
            del graph.assertion_of_claim[made_id]
    assert grouped.count('class="claim-item"') == 1 and "Word for word in 1 other source<" in grouped
    assert apart.count('class="claim-item"') == 2 and "verbatim" not in apart
    assert "#strength-conditional_causal" in apart and "#strength-direct_causal" in apart  # each strength shown
