"""A source's article as HTML, with its extracted claims highlighted in place.

The article is rebuilt from its text blocks, never from raw HTML, so nothing
an article contains can run in the reader's browser: every character is
escaped, and only http(s) URLs become links.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from evidencemap.content.document import Block, BlockKind
from evidencemap.model import Claim

_URL = re.compile(r"https?://[^\s<>\"“”]+[^\s<>\"“”.,;:)\]]")


def _linkify(text: str) -> str:
    """Escape text, turning http(s) URLs into links that leave no referrer."""
    out: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        out.append(escape(text[last : match.start()]))
        url = match.group(0)
        out.append(f'<a href="{escape(url)}" rel="nofollow noopener noreferrer">{escape(url)}</a>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def _marked(block: Block, claims: list[Claim], claim_url: Callable[[str], str], labels: Callable[[Claim], str]) -> str:
    """The block's text with each claimed sentence wrapped in a link to its claims, and in an anchor for each claim
    (its id): a claim's permalink on its source page. A claim whose sentence overlaps an earlier one's has its anchor
    on that one's mark, the text it is about."""
    spans: dict[tuple[int, int], list[Claim]] = {}
    for claim in claims:
        spans.setdefault((claim.location.start, claim.location.end), []).append(claim)
    marks: list[tuple[int, int, list[Claim], list[str]]] = []  # start, end, claims, the ids anchored on the mark
    for (start, end), members in sorted(spans.items()):
        if marks and start < marks[-1][1]:
            marks[-1][3].extend(c.id for c in members)  # overlapping spans: the first one is marked
            continue
        marks.append((start, end, members, [c.id for c in members]))
    out: list[str] = []
    cursor = 0
    for start, end, members, anchored in marks:
        out.append(_linkify(block.text[cursor:start]))
        best = min(members, key=lambda c: c.evidence.rank)
        title = "; ".join(labels(c) for c in members)
        out.append("".join(f'<span id="{escape(claim_id)}">' for claim_id in anchored))
        out.append(
            f'<a class="claim-mark ev-{best.evidence.value}" id="q-{block.index}-{start}" '
            f'href="{escape(claim_url(members[0].id))}" '
            f'title="{escape(title)}">{escape(block.text[start:end])}</a>'
        )
        out.append("</span>" * len(anchored))
        cursor = end
    out.append(_linkify(block.text[cursor:]))
    return "".join(out)


def render_article(
    blocks: tuple[Block, ...], claims: list[Claim], claim_url: Callable[[str], str], labels: Callable[[Claim], str]
) -> str:
    """HTML for the whole article: headings shifted below the page title, lists regrouped; a claim whose block is
    not in the article (a curator's claim on a changed text) still has its anchor, at the article's end."""
    by_block: dict[int, list[Claim]] = {}
    for claim in claims:
        by_block.setdefault(claim.location.block, []).append(claim)
    shown = {block.index for block in blocks}
    html: list[str] = []
    open_list: int | None = None
    open_tag = ""
    for block in blocks:
        if block.kind != BlockKind.LIST_ITEM and open_list is not None:
            html.append(f"</{open_tag}>")
            open_list = None
        body = _marked(block, by_block.get(block.index, []), claim_url, labels)
        line = f' data-line="{block.line}"'
        if block.kind == BlockKind.HEADING:
            level = min(block.level + 1, 6)
            html.append(f"<h{level}{line}>{body}</h{level}>")
        elif block.kind == BlockKind.LIST_ITEM:
            if open_list != block.list_id:
                if open_list is not None:
                    html.append(f"</{open_tag}>")
                open_tag = "ol" if block.ordered else "ul"
                html.append(f"<{open_tag}>")
                open_list = block.list_id
            html.append(f"<li{line}>{body}</li>")
        elif block.kind == BlockKind.QUOTE:
            html.append(f"<blockquote{line}><p>{body}</p></blockquote>")
        elif block.kind == BlockKind.CODE:
            html.append(f"<pre{line}>{escape(block.text)}</pre>")
        else:
            html.append(f"<p{line}>{body}</p>")
    if open_list is not None:
        html.append(f"</{open_tag}>")
    unplaced = [claim.id for index, held in by_block.items() if index not in shown for claim in held]
    if unplaced:
        html.append("".join(f'<span id="{escape(claim_id)}"></span>' for claim_id in unplaced))
    return "\n".join(html)
