"""Read a research source as a study: its sections, its findings and their figures.

A study's own claims are its results and conclusions; the background reports
what others claim and the methods what was done. Abstracts come in two shapes,
with headings ("## Results") or with labelled paragraphs ("RESULTS: ..."), and
both are read here. Figures (odds ratios, relative risks, standardised mean
differences with their confidence intervals, P values) are parsed so a reader
sees the numbers beside each finding and whether they clear the null value.
Findings phrased as an effect "on the treatment of" or "for the prevention of"
a condition, which ordinary relation cues miss, are read here too.
"""

from __future__ import annotations

import re

from evidencemap.content.document import BlockKind, Document
from evidencemap.content.lexicon import Lexicon, Mention
from evidencemap.content.sections import FINDING_SECTIONS, section_ranges, sections
from evidencemap.extract.claims import Proposition
from evidencemap.extract.cues import NEGATIONS, NOT_NEGATION, SCOPE_NEGATION
from evidencemap.extract.strength import HEDGE as HEDGES
from evidencemap.model import Figure, Relation, SourceKind, Strength
from evidencemap.vocabulary import ACTED_ON_KINDS, INTERVENTION_KINDS


def finding_ranges(document: Document) -> dict[int, list[tuple[int, int]]] | None:
    """For research sources: the parts of blocks under Results/Conclusions (headings, paragraph labels or labels
    inside a paragraph), as character ranges by block, labels left out. None means "use every block"."""
    if document.source.kind != SourceKind.RESEARCH:
        return None
    where = sections(document.blocks)
    keep: dict[int, list[tuple[int, int]]] = {}
    for block in document.blocks:
        if block.kind == BlockKind.HEADING:
            continue
        ranges = [
            (start, end)
            for start, end, section in section_ranges(block, where.get(block.index))
            if section in FINDING_SECTIONS
        ]
        if ranges:
            keep[block.index] = ranges
    return keep or None


# ---- figures -------------------------------------------------------------------------------------

_NUMBER = r"[−–-]?\s?\d+(?:\.\d+)?|[−–-]?\.\d+"
_RATIO_NAMES = {
    "odds ratio": "OR",
    "relative risk": "RR",
    "risk ratio": "RR",
    "hazard ratio": "HR",
    "rate ratio": "IRR",
    "standardised mean difference": "SMD",
    "standardized mean difference": "SMD",
    "mean difference": "MD",
    "weighted mean difference": "MD",
}
_NULL_OF = {"OR": 1.0, "AOR": 1.0, "RR": 1.0, "HR": 1.0, "IRR": 1.0, "SMD": 0.0, "MD": 0.0, "WMD": 0.0}
_EFFECT = re.compile(
    r"(?<![\w-])(?:pooled\s+|adjusted\s+|summary\s+)?"
    r"(?P<kind>aOR|OR|RR|HR|IRR|SMD|WMD|MD|odds ratio|relative risk|risk ratio|hazard ratio|rate ratio|"
    r"standardi[sz]ed mean difference|weighted mean difference|mean difference)(?![\w-])\s*"
    r"(?:[:=,]\s*|of\s+|was\s+)?(?P<value>" + _NUMBER + r")"
    # a unit of up to three words may stand before the interval: "mean difference -0.3 cm, 95% CI ..."
    r"(?:(?:\s+[a-zA-Zµ%/]+){0,3}?\s*[,;(]?\s*(?:95\s?%\s*(?:CI|confidence interval)|CI)\s*[:=,]?\s*(?P<low>"
    + _NUMBER
    + r")\s*(?:to|–|—|-|,)\s*(?P<high>"
    + _NUMBER
    + r"))?",
)
_P_VALUE = re.compile(r"(?<![\w.])[Pp]\s*(?:value\s*)?(?P<op>[<=>≤≥])\s*(?P<value>\d*\.\d+|\d)(?![\d.]*\d)")
_TIMES = re.compile(r"\b(?P<value>\d+(?:\.\d+)?)[\s-]*(?:times|fold)\s+(?:more|less|as)\s+likely\b", re.IGNORECASE)


def _number(text: str) -> float:
    return float(re.sub(r"\s", "", text).replace("−", "-").replace("–", "-"))


def parse_figures(sentence: str) -> list[Figure]:
    """Effect sizes with their confidence intervals, P values and "N times more likely", in order of appearance."""
    found: list[tuple[int, Figure]] = []
    for match in _EFFECT.finditer(sentence):
        raw = match.group("kind")
        kind = _RATIO_NAMES.get(raw.lower(), raw.upper())
        kind = "OR" if kind == "AOR" else ("MD" if kind == "WMD" else kind)
        value = _number(match.group("value"))
        low = _number(match.group("low")) if match.group("low") else None
        high = _number(match.group("high")) if match.group("high") else None
        significant = None
        if low is not None and high is not None:
            null = _NULL_OF.get(kind, 1.0)
            low, high = min(low, high), max(low, high)
            significant = not (low <= null <= high)
        found.append(
            (
                match.start(),
                Figure(
                    kind=kind,
                    text=match.group(0).strip(),
                    value=value,
                    ci_low=low,
                    ci_high=high,
                    significant=significant,
                ),
            )
        )
    for match in _P_VALUE.finditer(sentence):
        value = float(match.group("value"))
        op = match.group("op")
        significant = value <= 0.05 if op in "<≤" else (False if op in ">≥" else value < 0.05)
        found.append((match.start(), Figure(kind="P", text=match.group(0), value=value, significant=significant)))
    for match in _TIMES.finditer(sentence):
        found.append((match.start(), Figure(kind="times", text=match.group(0), value=float(match.group("value")))))
    return [figure for _, figure in sorted(found, key=lambda item: item[0])]


# ---- findings phrased as an effect on a use ------------------------------------------------------------

# "no significant effect on the treatment of X", "insufficient to support Y for the prevention of X", "no effect on X"
_USE_CUE = re.compile(
    r"\b(?:for|in|on|as)\s+(?:the\s+|a\s+)?"
    r"(?P<use>treatment|treating|prevention|preventing|management|managing|relief|incidence)\s+(?:of|for)\b"
    r"|\b(?P<effect>effects?|benefits?|improvements?|differences?)\s+(?:on|in)\b"
    r"(?!\s+(?:the\s+)?(?:treatment|prevention))",
    re.IGNORECASE,
)
_PREVENTION_WORDS = {"prevention", "preventing", "incidence"}
# "No trial tested X as a treatment for Y" reports a gap in the research, not a finding of no effect.
_NO_STUDY = re.compile(
    r"\b(?:no|few|not any)\s+(?:\w+\s+)?(?:trials?|stud(?:y|ies)|RCTs?|reviews?|research)\s+(?:\w+\s+){0,2}?"
    r"(?:tested|examined|assessed|evaluated|investigated|looked at|studied|compared)\b",
    re.IGNORECASE,
)
# "Evidence on X as a treatment for Y is limited and of low quality": a hedged finding, not a firm one.
_UNCERTAIN = re.compile(
    r"\b(?:limited|low[- ]quality|very low|weak|inconclusive|uncertain|conflicting|sparse|moderate[- ]quality)\b",
    re.IGNORECASE,
)


def use_propositions(sentence: str, mentions: list[Mention], lexicon: Lexicon) -> list[Proposition]:
    """Claims of a finding worded as an effect on the treatment or prevention of a condition.

    Interventions named before the cue are the subjects, the first condition
    after it the object; a negation anywhere before the cue ("no significant
    effect", "evidence is insufficient") makes the finding a negated claim.
    """
    match = _USE_CUE.search(sentence)
    if match is None or _NO_STUDY.search(sentence):
        return []
    before = [
        m.concept for m in mentions if m.end <= match.start() and lexicon.concepts[m.concept].kind in INTERVENTION_KINDS
    ]
    after = [
        m.concept for m in mentions if m.start >= match.end() and lexicon.concepts[m.concept].kind in ACTED_ON_KINDS
    ]
    if not before or not after:
        return []
    lead = NOT_NEGATION.sub(" ", sentence[: match.start()])
    negated = bool(NEGATIONS.search(lead) or SCOPE_NEGATION.search(lead))
    relation = Relation.PREVENTS if (match.group("use") or "").lower() in _PREVENTION_WORDS else Relation.TREATS
    strength = (
        Strength.CONDITIONAL_CAUSAL
        if HEDGES.search(lead) or (not negated and _UNCERTAIN.search(sentence))
        else Strength.DIRECT_CAUSAL
    )
    target = after[0]
    return [
        Proposition(subject, relation, target, negated, strength)
        for subject in dict.fromkeys(before)
        if not lexicon.comparable(subject, target)
    ]
