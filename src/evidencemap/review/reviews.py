"""Stage 3, review: a curator's decisions applied to extracted claims.

``content/reviews/<source-id>.yaml`` accepts, rejects or edits extracted claims
by id and adds claims the extractor missed. Reviewed claims carry
``origin: reviewed`` (added ones ``manual``), so the site always says which
records a person has checked. A review naming a claim that no longer exists is
reported, never silently ignored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pydantic import Field

from evidencemap.claim_forms import STATED_FIELDS, claim_fields, claim_record
from evidencemap.content.document import Document
from evidencemap.content.lexicon import Lexicon
from evidencemap.content.textfile import read_text
from evidencemap.content.yamlfile import LineDict, line_of, parse_yaml, validate
from evidencemap.errors import ContentError, Problem, Severity
from evidencemap.model import (
    Claim,
    EvidenceType,
    Location,
    Origin,
    Record,
    Slug,
    Strength,
)
from evidencemap.vocabulary import BENEFIT

REVIEWS_DIR = "reviews"


class Action(StrEnum):
    """What a curator decided about an extracted claim."""

    PENDING = "pending"  # not decided yet: the claim stays as extracted
    ACCEPT = "accept"
    REJECT = "reject"
    EDIT = "edit"


# Fields a curator may change on a claim: what it says and on what evidence, never its words.
ClaimEdit = claim_record(
    "ClaimEdit", "Fields a curator may change on a claim.", claim_fields(STATED_FIELDS[1:-1], optional=True), __name__
)


class ClaimDecision(Record):
    """A decision about one extracted claim."""

    id: Slug
    action: Action
    set: ClaimEdit | None = None
    note: str | None = None


# A claim the extractor missed, added by hand: unless the curator says otherwise, a plain assertion stated outright.
ManualClaim = claim_record(
    "ManualClaim",
    "A claim the extractor missed, added by hand; its quote must be in the source.",
    claim_fields(STATED_FIELDS, defaults={"strength": Strength.DIRECT_CAUSAL, "evidence": EvidenceType.ASSERTION}),
    __name__,
)


class ReviewFile(Record):
    """The shape of ``content/reviews/<source-id>.yaml``."""

    source: Slug
    merge: dict[Slug, Slug] = Field(
        default_factory=dict, description="Concept ids to replace in this source's claims: {from: into}."
    )
    claims: list[ClaimDecision] = Field(default_factory=list)
    add: list[ManualClaim] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LoadedReview:
    """A validated review file and the data it came from (for line numbers)."""

    path: Path
    review: ReviewFile
    data: object


def load_reviews(content_dir: Path) -> list[LoadedReview]:
    """Read every review file, sorted by name; errors name file and line."""
    folder = content_dir / REVIEWS_DIR
    if not folder.is_dir():
        return []
    loaded: list[LoadedReview] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        try:
            data = parse_yaml(read_text(path, root=content_dir), path)
            review = validate(ReviewFile, data if data is not None else LineDict(), path, "review")
            assert isinstance(review, ReviewFile)
            loaded.append(LoadedReview(path, review, data))
        except ContentError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ContentError(problems)
    return loaded


@dataclass
class _Applied:
    """The claims as the reviews leave them, gathered review by review."""

    by_id: dict[str, Claim]
    removed: set[str] = field(default_factory=set)
    added: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def apply_reviews(
    claims: list[Claim], reviews: list[LoadedReview], documents: dict[str, Document], lexicon: Lexicon
) -> tuple[list[Claim], list[Problem]]:
    """Apply curator decisions; return the claims and problems (stale ids are warnings, bad concepts errors)."""
    applied = _Applied({claim.id: claim for claim in claims})
    for loaded in reviews:
        if loaded.review.source not in documents:
            applied.problems.append(
                Problem(
                    str(loaded.path),
                    line_of(loaded.data, ["source"]),
                    f"review names source {loaded.review.source!r}, which does not exist",
                    "fix the id or delete the review file",
                )
            )
            continue
        _merge_concepts(loaded, applied.by_id, lexicon, applied.problems)
        _apply_decisions(loaded, applied, lexicon)
        for index, manual in enumerate(loaded.review.add):
            line = line_of(loaded.data, ["add", index])
            document = documents[loaded.review.source]
            claim = _manual_claim(manual, document, lexicon, loaded.path, line, applied.problems)
            if claim is not None:
                applied.added.append(claim)
    kept = [c for c in applied.by_id.values() if c.id not in applied.removed]
    return kept + applied.added, applied.problems


def _apply_decisions(loaded: LoadedReview, applied: _Applied, lexicon: Lexicon) -> None:
    """Accept, reject or edit the claims one review file decides on; count those still pending."""
    review, path = loaded.review, str(loaded.path)
    pending = 0
    for index, decision in enumerate(review.claims):
        line = line_of(loaded.data, ["claims", index])
        claim = applied.by_id.get(decision.id)
        if claim is None or claim.source != review.source:
            applied.problems.append(_stale(path, line, decision.id))
        elif decision.action == Action.PENDING:
            pending += 1
        elif decision.action == Action.REJECT:
            applied.removed.add(claim.id)
        else:
            applied.by_id[claim.id] = _decided(claim, decision, lexicon, path, line, applied.problems)
    if pending:
        applied.problems.append(
            Problem(
                path,
                line_of(loaded.data, ["claims"]),
                f"{pending} claim(s) still await a decision (action: pending)",
                "set each to accept, reject or edit",
                Severity.WARNING,
                "pending-review",
            )
        )


def _stale(path: str, line: int | None, claim_id: str) -> Problem:
    return Problem(
        path,
        line,
        f"review names claim {claim_id!r}, which the source no longer yields",
        (
            "the article or the extractor changed: run 'evidencemap review SOURCE' to see current "
            "claim ids, then update or remove this entry"
        ),
        Severity.WARNING,
        "stale-review",
    )


def _decided(
    claim: Claim, decision: ClaimDecision, lexicon: Lexicon, path: str, line: int | None, problems: list[Problem]
) -> Claim:
    """``claim`` accepted or edited as ``decision`` says: marked reviewed, with the curator's note and changes."""
    update: dict[str, object] = {"origin": Origin.REVIEWED}
    if decision.note:
        update["note"] = decision.note
    if decision.action == Action.EDIT and decision.set is not None:
        update.update(decision.set.model_dump(exclude_none=True))
        for key in ("subject", "object"):
            if key in update and update[key] not in lexicon.concepts:
                problems.append(
                    Problem(
                        path,
                        line,
                        f"edit sets {key} to {update[key]!r}, which is not a concept",
                        "add it to the lexicon or fix the id",
                    )
                )
    return claim.model_validate({**claim.model_dump(), **update})


MERGED_FIELDS = ("subject", "object", "cause", "intervention", "outcome")


def _merge_concepts(loaded: LoadedReview, by_id: dict[str, Claim], lexicon: Lexicon, problems: list[Problem]) -> None:
    """Replace concept ids in the claims of the reviewed source, as the curator's ``merge`` says."""
    merge = loaded.review.merge
    for old, new in merge.items():
        if new not in lexicon.concepts:
            problems.append(
                Problem(
                    str(loaded.path),
                    line_of(loaded.data, ["merge", old]),
                    f"merge into {new!r}, which is not a concept",
                    "merge into a concept of the lexicon (add it there first)",
                )
            )
            return
    if not merge:
        return
    for claim_id, claim in list(by_id.items()):
        if claim.source != loaded.review.source:
            continue
        update: dict[str, object] = {
            key: merge[getattr(claim, key)] for key in MERGED_FIELDS if getattr(claim, key) in merge
        }
        if any(step in merge for step in claim.mechanism):
            update["mechanism"] = [merge.get(step, step) for step in claim.mechanism]
        if update:
            update["origin"] = Origin.REVIEWED
            by_id[claim_id] = claim.model_validate({**claim.model_dump(), **update})


def _manual_claim(
    manual: ManualClaim, document: Document, lexicon: Lexicon, path: Path, line: int | None, problems: list[Problem]
) -> Claim | None:
    """Place a hand-written claim at its quote in the source, or report why not."""
    for key in ("subject", "object"):
        if getattr(manual, key) not in lexicon.concepts:
            problems.append(
                Problem(
                    str(path),
                    line,
                    f"added claim's {key} {getattr(manual, key)!r} is not a concept",
                    "add it to the lexicon or fix the id",
                )
            )
            return None
    for block in document.blocks:
        at = block.text.find(manual.quote)
        if at >= 0:
            digest = hashlib.sha1(
                f"manual|{manual.quote}|{manual.subject}|{manual.relation}|{manual.object}".encode()
            ).hexdigest()[:10]
            treatment = manual.relation in BENEFIT
            kind = lexicon.kind(manual.subject)
            return Claim(
                id=f"{document.source.id}-m-{digest}",
                source=document.source.id,
                quote=manual.quote,
                location=Location(block=block.index, line=block.line_at(at), start=at, end=at + len(manual.quote)),
                subject=manual.subject,
                relation=manual.relation,
                object=manual.object,
                negated=manual.negated,
                mechanism=manual.mechanism,
                cause=None if treatment else manual.subject,
                intervention=manual.subject if kind in ("intervention", "product") else None,
                outcome=manual.object,
                strength=manual.strength,
                evidence=manual.evidence,
                evidence_reason="set by a curator",
                commercial_interest=manual.commercial_interest,
                origin=Origin.MANUAL,
                note=manual.note,
            )
    problems.append(
        Problem(
            str(path),
            line,
            "added claim's quote is not in the source text",
            "copy the quote exactly from the article (one sentence, same punctuation)",
        )
    )
    return None
