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
    Verdict,
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


def design_of(source: Source) -> str:
    """A study's design in words ("systematic review"), or "study" when it is not known."""
    return DESIGN_LABELS[source.design] if source.design else "study"


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
            agreement = agreement_with(claim, finding)
            matches.append(
                ResearchMatch(claim=claim.id, finding=finding.id, study=finding.source, agreement=agreement, scope=how)
            )
    return sorted(matches, key=lambda m: (m.claim, m.study, m.finding))


# What a finding's verdict says about a claim that affirms the effect or link, and about one that denies it. A null
# contradicts a promised benefit, but cannot confirm a denial: no significant effect is not proof of no effect.
_AFFIRMED_BY: dict[Verdict | None, Agreement] = {
    Verdict.BENEFIT: Agreement.CONSISTENT,
    Verdict.HARM: Agreement.CONSISTENT,
    Verdict.ASSOCIATION: Agreement.CONSISTENT,
    Verdict.NO_DIFFERENCE: Agreement.CONTRADICTED,
    Verdict.NO_ASSOCIATION: Agreement.CONTRADICTED,
    Verdict.INSUFFICIENT: Agreement.INCONCLUSIVE,
}
_DENIED_BY: dict[Verdict | None, Agreement] = {
    Verdict.BENEFIT: Agreement.CONTRADICTED,
    Verdict.HARM: Agreement.CONTRADICTED,
    Verdict.ASSOCIATION: Agreement.CONTRADICTED,
    Verdict.NO_DIFFERENCE: Agreement.INCONCLUSIVE,
    Verdict.NO_ASSOCIATION: Agreement.INCONCLUSIVE,
    Verdict.INSUFFICIENT: Agreement.INCONCLUSIVE,
}


def agreement_with(claim: Claim, finding: Claim) -> Agreement:
    """How one finding bears on one web claim, from the finding's verdict (a finding read before verdicts were
    recorded, or entered by hand without one, is read by its polarity alone, a denial as a null)."""
    verdict = finding.verdict
    if verdict is None:
        verdict = Verdict.NO_DIFFERENCE if finding.negated else Verdict.BENEFIT
    return (_DENIED_BY if claim.negated else _AFFIRMED_BY)[verdict]


def overall(agreements: list[Agreement]) -> Agreement | None:
    """One verdict for many (None when nothing matched), never kinder to the claim than its research: support
    counts only where nothing else answers ("consistent"); support beside anything else is "mixed"; findings
    against the claim, beside findings too thin to tell, still stand against it ("contradicted")."""
    kinds = set(agreements)
    if not kinds:
        return None
    if len(kinds) == 1:
        return next(iter(kinds))
    if Agreement.CONSISTENT in kinds or Agreement.MIXED in kinds:
        return Agreement.MIXED
    return Agreement.CONTRADICTED


@dataclass(frozen=True, slots=True)
class _Evidence:
    """The findings matched to one claim, split by what they say."""

    consistent: list[Claim]
    contradicting: list[Claim]
    inconclusive: list[Claim]


def find_overreach(
    claims: dict[str, Claim], sources: dict[str, Source], matches: list[ResearchMatch], say: Callable[[Claim], str]
) -> list[Overreach]:
    """Web claims stated more strongly than the research that answers them."""
    per_claim: dict[str, _Evidence] = {}
    for match in matches:
        evidence = per_claim.setdefault(match.claim, _Evidence([], [], []))
        kept = {
            Agreement.CONSISTENT: evidence.consistent,
            Agreement.CONTRADICTED: evidence.contradicting,
        }.get(match.agreement, evidence.inconclusive)
        kept.append(claims[match.finding])
    flags: list[Overreach] = []
    for claim_id, evidence in sorted(per_claim.items()):
        claim = claims[claim_id]
        if claim.negated:
            continue  # denials are not exaggerations in Sumner's sense
        flags.extend(_flags(claim, evidence, sources, say))
    return flags


@dataclass(frozen=True, slots=True)
class _Flagger:
    """One affirmative web claim, the findings that answer it, and how to word a flag about it."""

    claim: Claim
    evidence: _Evidence
    sources: dict[str, Source]
    say: Callable[[Claim], str]

    def studies(self, findings: list[Claim]) -> str:
        """The studies behind ``findings``, each once: "Menz et al. 2013 (cross-sectional study)"."""
        names = []
        for finding in findings:
            source = self.sources[finding.source]
            names.append(f"{study_name(source)} ({design_of(source)})")
        return ", ".join(dict.fromkeys(names))

    def quote(self, findings: list[Claim]) -> str:
        """The finding to quote: one that reports its figures, if any does."""
        return f"“{next((f for f in findings if f.figures), findings[0]).quote}”"

    def flag(self, kind: OverreachKind, findings: list[Claim], text: str) -> Overreach:
        return Overreach(claim=self.claim.id, kind=kind, findings=[f.id for f in findings], summary=text)

    def level(self, finding: Claim) -> int:
        appraisal = self.sources[finding.source].appraisal
        return appraisal.level if appraisal and appraisal.level else 6

    def firm_support(self, against: list[Claim]) -> list[Claim]:
        """Unhedged findings in the claim's favour, from studies at least as high in the hierarchy as those
        against it: where they exist, the research is split, and the claim is not flagged as beyond it."""
        best_against = min(self.level(f) for f in against)
        return [
            f
            for f in self.evidence.consistent
            if f.strength != Strength.CONDITIONAL_CAUSAL and self.level(f) <= best_against
        ]

    def in_favour(self) -> str:
        consistent = self.evidence.consistent
        return f" In its favour: {self.studies(consistent)}." if consistent else ""

    def from_trials(self, findings: list[Claim]) -> list[Claim]:
        return [f for f in findings if self.sources[f.source].design in TRIAL_DESIGNS]


def _flags(
    claim: Claim, evidence: _Evidence, sources: dict[str, Source], say: Callable[[Claim], str]
) -> list[Overreach]:
    """The overreach flags of one affirmative web claim: a link or cause claim is held to the studies that looked
    for the link, a treatment claim to the trials that tested it."""
    flagger = _Flagger(claim, evidence, sources, say)
    if question(claim.relation) == "link":
        return [*_link_not_found(flagger), *_causal_from_association(flagger)]
    return _effect_not_found(flagger) or _certainty_beyond_research(flagger)


def _link_not_found(f: _Flagger) -> list[Overreach]:
    against = f.evidence.contradicting
    if not against or f.firm_support(against):
        return []
    text = (
        f"Says {f.say(f.claim)}, a link that {f.studies(against)} looked for and did not "
        f"find: {f.quote(against)}{f.in_favour()}"
    )
    return [f.flag(OverreachKind.LINK_NOT_FOUND, against, text)]


def _causal_from_association(f: _Flagger) -> list[Overreach]:
    consistent = f.evidence.consistent
    causal_language = f.claim.relation in CAUSAL_RELATIONS and f.claim.strength != Strength.CORRELATIONAL
    if not (causal_language and consistent) or f.from_trials(consistent):
        return []
    text = (
        f"Says {f.say(f.claim)} as cause and effect; {f.studies(consistent)} could show only an "
        f"association: {f.quote(consistent)}"
    )
    return [f.flag(OverreachKind.CAUSAL_FROM_ASSOCIATION, consistent, text)]


def _effect_not_found(f: _Flagger) -> list[Overreach]:
    trials = f.from_trials(f.evidence.contradicting)
    if not trials or f.firm_support(trials):
        return []
    text = (
        f"Says {f.say(f.claim)}, but {f.studies(trials)} found no significant effect: {f.quote(trials)}{f.in_favour()}"
    )
    return [f.flag(OverreachKind.EFFECT_NOT_FOUND, trials, text)]


def _certainty_beyond_research(f: _Flagger) -> list[Overreach]:
    """An unhedged claim where no trial found it ineffective, and every finding in its favour is hedged, or the
    research only says its evidence is too thin to tell."""
    consistent, thin = f.evidence.consistent, f.evidence.inconclusive
    if f.from_trials(f.evidence.contradicting) or f.claim.strength != Strength.DIRECT_CAUSAL:
        return []
    if consistent and all(finding.strength == Strength.CONDITIONAL_CAUSAL for finding in consistent):
        text = (
            f"Says {f.say(f.claim)} without a hedge; {f.studies(consistent)} found it only possible, or "
            f"on weak evidence: {f.quote(consistent)}"
        )
        return [f.flag(OverreachKind.CERTAINTY_BEYOND_RESEARCH, consistent, text)]
    if thin and not consistent:
        text = (
            f"Says {f.say(f.claim)} without a hedge; {f.studies(thin)} found the evidence too thin to tell: "
            f"{f.quote(thin)}"
        )
        return [f.flag(OverreachKind.CERTAINTY_BEYOND_RESEARCH, thin, text)]
    return []
