"""Set web claims beside the research that answers them, and say where they go beyond it.

A research finding answers a web claim when both ask the same question (is
there a link? does it treat? does it prevent?) about the same concepts, where
"the same" follows the lexicon's ``broader`` tree: a review of foot orthoses
answers a claim about custom orthotics, a study of low back pain answers a
claim about chronic low back pain. Agreement is a matter of polarity: the
finding and the claim both affirm, or both deny.

Overreach follows Sumner et al. (BMJ 2014), who found press releases
exaggerating the studies behind them in three ways; the two that concern
health claims on the web are checked here: causal language for research that
could show only an association (or found none), and treatment advice where
the trials found no significant effect. A null finding does not flag a claim
that unhedged findings from studies as high in the evidence hierarchy support
(a link found in women but not in men backs "more evident in women"). A
claim stated flatly where the only supporting findings are hedged is flagged
as well.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from evidencemap.content.lexicon import Lexicon
from evidencemap.model import (
    Agreement,
    Claim,
    Overreach,
    OverreachKind,
    Relation,
    ResearchMatch,
    Source,
    SourceKind,
    Strength,
)
from evidencemap.vocabulary import CAUSAL_RELATIONS, DESIGN_LABELS, LINK_RELATIONS, TRIAL_DESIGNS


def question(relation: Relation) -> str:
    """The question a claim answers: "link" for cause and association, else treats or prevents."""
    return "link" if relation in LINK_RELATIONS else relation.value


def study_name(source: Source) -> str:
    """How a study is named in running text: "Menz et al. 2013", else its publisher or title."""
    if source.authors:
        first = source.authors[0].split()[0] if "," not in source.authors[0] else source.authors[0].split(",")[0]
        who = (
            first
            if len(source.authors) == 1
            else (f"{first} and {source.authors[1].split()[0]}" if len(source.authors) == 2 else f"{first} et al.")
        )
        return f"{who} {source.year}" if source.year else who
    return source.publisher or source.title


def scope(claim: Claim, finding: Claim, lexicon: Lexicon) -> str:
    """How the finding's concepts stand to the claim's, in words a reader follows."""
    parts: list[str] = []
    for mine, theirs in ((claim.subject, finding.subject), (claim.object, finding.object)):
        if mine == theirs:
            continue
        mine_label, theirs_label = lexicon.concepts[mine].label, lexicon.concepts[theirs].label
        if lexicon.is_within(mine, theirs):
            parts.append(f"studies {theirs_label}, which includes {mine_label}")
        else:
            parts.append(f"studies {theirs_label}, a kind of {mine_label}")
    return "; ".join(parts) if parts else "the same concepts"


# The studies shown and weighed beside one web claim, best level of evidence first. A map of
# thousands of sources can hold hundreds of studies on one question; listing every one beside
# every claim would make the map quadratic in its size and no reader would go through them.
MAX_STUDIES_PER_CLAIM = 12


def _study_rank(source: Source) -> tuple[int, str]:
    level = source.appraisal.level if source.appraisal and source.appraisal.level else 9
    return level, source.id


def match_research(claims: list[Claim], sources: list[Source], lexicon: Lexicon) -> list[ResearchMatch]:
    """The (web claim, research finding) pairs that ask the same question about related concepts.

    Findings are grouped by (question, subject, object), so the concept test
    runs once per pair of concept pairs, not once per pair of claims; each web
    claim keeps the findings of its MAX_STUDIES_PER_CLAIM best studies.
    """
    by_id = {s.id: s for s in sources}
    research = {s.id for s in sources if s.kind == SourceKind.RESEARCH}
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.source in research:
            groups[(question(claim.relation), claim.subject, claim.object)].append(claim)
    by_question: dict[str, list[tuple[str, str, list[Claim]]]] = defaultdict(list)
    for (asked, subject, object_), findings in sorted(groups.items()):
        by_question[asked].append((subject, object_, findings))
    # The findings answering a (question, subject, object), with how their concepts stand to the claim's: the
    # same for every web claim asking it, and a large map has many claims per question (often thousands).
    answers: dict[tuple[str, str, str], list[tuple[Claim, str]]] = {}
    matches: list[ResearchMatch] = []
    for claim in claims:
        if claim.source in research:
            continue
        asked = question(claim.relation)
        key = (asked, claim.subject, claim.object)
        answered = answers.get(key)
        if answered is None:
            found = [
                finding
                for subject, object_, findings in by_question.get(asked, [])
                if lexicon.comparable(claim.subject, subject) and lexicon.comparable(claim.object, object_)
                for finding in findings
            ]
            kept = set(
                sorted({f.source for f in found}, key=lambda sid: _study_rank(by_id[sid]))[:MAX_STUDIES_PER_CLAIM]
            )
            answered = answers[key] = [(f, scope(claim, f, lexicon)) for f in found if f.source in kept]
        for finding, how in answered:
            agreement = Agreement.CONSISTENT if claim.negated == finding.negated else Agreement.CONTRADICTED
            matches.append(
                ResearchMatch(claim=claim.id, finding=finding.id, study=finding.source, agreement=agreement, scope=how)
            )
    return sorted(matches, key=lambda m: (m.claim, m.study, m.finding))


def overall(agreements: list[Agreement]) -> Agreement | None:
    """One verdict for many: all consistent, all contradicted, or mixed (None when nothing matched)."""
    kinds = set(agreements)
    if not kinds:
        return None
    if kinds == {Agreement.CONSISTENT}:
        return Agreement.CONSISTENT
    if kinds == {Agreement.CONTRADICTED}:
        return Agreement.CONTRADICTED
    return Agreement.MIXED


@dataclass(frozen=True, slots=True)
class _Evidence:
    """The findings matched to one claim, split by what they say."""

    consistent: list[Claim]
    contradicting: list[Claim]


def find_overreach(
    claims: dict[str, Claim], sources: dict[str, Source], matches: list[ResearchMatch], say: Callable[[Claim], str]
) -> list[Overreach]:
    """Web claims stated more strongly than the research that answers them."""
    per_claim: dict[str, _Evidence] = {}
    for match in matches:
        evidence = per_claim.setdefault(match.claim, _Evidence([], []))
        (evidence.consistent if match.agreement == Agreement.CONSISTENT else evidence.contradicting).append(
            claims[match.finding]
        )
    flags: list[Overreach] = []
    for claim_id, evidence in sorted(per_claim.items()):
        claim = claims[claim_id]
        if claim.negated:
            continue  # denials are not exaggerations in Sumner's sense
        flags.extend(_flags(claim, evidence, sources, say))
    return flags


def _flags(
    claim: Claim, evidence: _Evidence, sources: dict[str, Source], say: Callable[[Claim], str]
) -> list[Overreach]:
    """The overreach flags of one affirmative web claim."""

    def studies(findings: list[Claim]) -> str:
        names = list(
            dict.fromkeys(
                (
                    f"{study_name(sources[f.source])} "
                    f"({DESIGN_LABELS[sources[f.source].design] if sources[f.source].design else 'study'})"
                )
                for f in findings
            )
        )
        return ", ".join(names)

    def quote(findings: list[Claim]) -> str:
        """The finding to quote: one that reports its figures, if any does."""
        return f"“{next((f for f in findings if f.figures), findings[0]).quote}”"

    def flag(kind: OverreachKind, findings: list[Claim], text: str) -> Overreach:
        return Overreach(claim=claim.id, kind=kind, findings=[f.id for f in findings], summary=text)

    def level(finding: Claim) -> int:
        appraisal = sources[finding.source].appraisal
        return appraisal.level if appraisal and appraisal.level else 6

    def firm_support(against: list[Claim]) -> list[Claim]:
        """Unhedged findings in the claim's favour, from studies at least as high in the hierarchy as those "
        "against it."""
        best_against = min(level(f) for f in against)
        return [
            f for f in evidence.consistent if f.strength != Strength.CONDITIONAL_CAUSAL and level(f) <= best_against
        ]

    def in_favour() -> str:
        return f" In its favour: {studies(evidence.consistent)}." if evidence.consistent else ""

    flags: list[Overreach] = []
    if question(claim.relation) == "link":
        if evidence.contradicting and not firm_support(evidence.contradicting):
            flags.append(
                flag(
                    OverreachKind.LINK_NOT_FOUND,
                    evidence.contradicting,
                    (
                        f"Says {say(claim)}, a link that {studies(evidence.contradicting)} looked for and did not "
                        f"find: {quote(evidence.contradicting)}{in_favour()}"
                    ),
                )
            )
        causal_language = claim.relation in CAUSAL_RELATIONS and claim.strength != Strength.CORRELATIONAL
        if (
            causal_language
            and evidence.consistent
            and not any(sources[f.source].design in TRIAL_DESIGNS for f in evidence.consistent)
        ):
            flags.append(
                flag(
                    OverreachKind.CAUSAL_FROM_ASSOCIATION,
                    evidence.consistent,
                    (
                        f"Says {say(claim)} as cause and effect; {studies(evidence.consistent)} could show only an "
                        f"association: {quote(evidence.consistent)}"
                    ),
                )
            )
        return flags
    from_trials = [f for f in evidence.contradicting if sources[f.source].design in TRIAL_DESIGNS]
    if from_trials and not firm_support(from_trials):
        flags.append(
            flag(
                OverreachKind.EFFECT_NOT_FOUND,
                from_trials,
                (
                    f"Says {say(claim)}, but {studies(from_trials)} found no significant effect: "
                    f"{quote(from_trials)}{in_favour()}"
                ),
            )
        )
    elif (
        not from_trials
        and claim.strength == Strength.DIRECT_CAUSAL
        and evidence.consistent
        and all(f.strength == Strength.CONDITIONAL_CAUSAL for f in evidence.consistent)
    ):
        flags.append(
            flag(
                OverreachKind.CERTAINTY_BEYOND_RESEARCH,
                evidence.consistent,
                (
                    f"Says {say(claim)} without a hedge; {studies(evidence.consistent)} found it only possible, or "
                    f"on weak evidence: {quote(evidence.consistent)}"
                ),
            )
        )
    return flags
    from_trials = [f for f in evidence.contradicting if sources[f.source].design in TRIAL_DESIGNS]
    if from_trials:
        flags.append(
            flag(
                OverreachKind.EFFECT_NOT_FOUND,
                from_trials,
                f"Says {say(claim)}, but {studies(from_trials)} found no significant effect: {quote(from_trials)}",
            )
        )
    elif (
        claim.strength == Strength.DIRECT_CAUSAL
        and evidence.consistent
        and all(f.strength != Strength.DIRECT_CAUSAL for f in evidence.consistent)
    ):
        flags.append(
            flag(
                OverreachKind.CERTAINTY_BEYOND_RESEARCH,
                evidence.consistent,
                (
                    f"Says {say(claim)} without a hedge; {studies(evidence.consistent)} found it only possible, or "
                    f"on weak evidence: {quote(evidence.consistent)}"
                ),
            )
        )
    return flags
