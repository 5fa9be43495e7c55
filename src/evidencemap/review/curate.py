"""``evidencemap review SOURCE``: a starting review file listing what was extracted.

A curator should not have to look up claim ids. The file written here lists
every claim of the source with its quote, line and typed fields as comments,
each with ``action: pending``, so the curator changes ``pending`` to
``accept``, ``reject`` or ``edit`` where they have looked, and nothing is
marked reviewed that nobody read. An existing review is never replaced without
``--force``: it holds a person's work.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from evidencemap.extract import Extraction
from evidencemap.model import Claim
from evidencemap.review.reviews import REVIEWS_DIR

HEADER = """\
# Review of {source}: {title}
# Written by 'evidencemap review'. Decide each claim: change 'pending' to
#   accept   the claim is right as extracted (shown as reviewed on the site)
#   reject   the claim is wrong: it disappears from the map
#   edit     fix fields, e.g.  set: {{relation: associated_with, strength: correlational}}
# Optional on any entry: note: "why", shown on the claim's page.
# merge: replaces concept ids in this source's claims, e.g.  merge: {{feet: foot-function}}
# add: claims the extractor missed; the quote must be copied exactly from the article.
#   - quote: "Custom orthotics relieve back pain."
#     subject: custom-orthotics
#     relation: treats            # causes | prevents | treats | worsens | associated_with
#     object: low-back-pain
#     strength: direct_causal     # direct_causal | conditional_causal | correlational | none
#     evidence: marketing
source: {source}
merge: {{}}
add: []
claims:
"""


def _describe(claim: Claim) -> list[str]:
    negation = "NOT " if claim.negated else ""
    chain = f" via {' → '.join(claim.mechanism)}" if claim.mechanism else ""
    interest = "; seller's interest" if claim.commercial_interest else ""
    quote = " ".join(claim.quote.split())
    return [
        f"  # line {claim.location.line}: “{quote}”",
        f"  #   {claim.subject} {negation}{claim.relation.value} {claim.object}{chain}",
        f"  #   strength {claim.strength.value}; evidence {claim.evidence.value}{interest}",
    ]


def review_template(extraction: Extraction) -> str:
    """The text of a starting review file for one source's extraction."""
    source = extraction.source
    lines = [HEADER.format(source=source.id, title=" ".join(source.title.split())).rstrip("\n")]
    if not extraction.claims:
        lines[-1] = lines[-1].replace("claims:", "claims: []  # the extractor found no claims; add them above")
    for claim in sorted(extraction.claims, key=lambda c: (c.location.line, c.location.start, c.id)):
        lines.extend(_describe(claim))
        lines.append(f"  - id: {claim.id}")
        lines.append("    action: pending")
    return "\n".join(lines) + "\n"


def review_path(content_dir: Path, source_id: str) -> Path:
    return content_dir / REVIEWS_DIR / f"{source_id}.yaml"


def write_review(content_dir: Path, extraction: Extraction, force: bool = False) -> Path:
    """Write the starting review of a source; refuse to replace an existing one unless ``force``."""
    target = review_path(content_dir, extraction.source.id)
    if target.exists() and not force:
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".review-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(review_template(extraction))
        if force:
            os.replace(temp, target)
        else:
            os.link(temp, target)
    finally:
        Path(temp).unlink(missing_ok=True)
    return target
