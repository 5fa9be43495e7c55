"""Read what a research finding reports: its verdict, the subgroup it holds for and what it was compared with.

A finding is read the way a systematic reviewer reads it, and the order of the
tests is the order of caution:

1. Words about the evidence itself ("limited", "low-quality", "insufficient",
   "not been shown", "inconclusive") make it INSUFFICIENT, whatever verb the
   sentence uses: "X may reduce Y, on low-quality evidence" is not a benefit shown.
2. A null ("no significant effect", "did not differ", "not associated", "similar
   to placebo", "unlikely to be effective"), a negated finding, or figures whose
   every interval spans the null value make it NO_DIFFERENCE or NO_ASSOCIATION:
   not shown, and not disproved either.
3. Only then is it a BENEFIT (treats, prevents), a HARM (an intervention causes or
   worsens) or an ASSOCIATION (a factor goes with the outcome).

The cue tables are data: each row is a phrase family, written for the way
abstracts phrase results in general, never for one text. ``bench/verdict.py``
measures them on hand-labelled PubMed conclusions (a tuning half and a held-out
half; figures in the README).
"""

from __future__ import annotations

import re

from evidencemap.model import Figure, Relation, Verdict
from evidencemap.vocabulary import BENEFIT

_I = re.IGNORECASE

# ---- cue tables ----------------------------------------------------------------------------------------------------

# The evidence itself is too thin or too weak to say: no verdict on the effect can stand on it.
INSUFFICIENT_CUES: tuple[str, ...] = (
    r"\b(?:insufficient|inadequate|inconclusive|sparse|scant|scarce|weak|conflicting|inconsistent|limited)\s+"
    r"(?:\w+\s+){0,2}?(?:evidence|data|support)\b",
    r"\b(?:evidence|data)\b[^.;]{0,60}?\b(?:is|are|was|were|remains?)\s+(?:\w+\s+){0,2}?"
    r"(?:insufficient|inadequate|inconclusive|limited|sparse|scant|lacking|weak|conflicting|unclear|uncertain|"
    r"ambiguous|equivocal|of (?:very )?low (?:quality|certainty))\b",
    # the results themselves cannot tell: "our findings are inconclusive", "the effects were ambiguous"
    r"\b(?:findings|results|effects?|outcomes?)\b[^.;]{0,60}?\b(?:is|are|was|were|remains?)\s+(?:\w+\s+)?"
    r"(?:inconclusive|ambiguous|equivocal|conflicting|inconsistent)\b",
    # what limits reading them: "factors ... complicate interpretation of the data"
    r"\b(?:complicate|complicates|complicated|hamper|hampers|hampered|preclude|precludes|precluded)\s+"
    r"(?:the\s+)?(?:interpretation|conclusions?|generali[sz]ability)\b",
    r"\b(?:very[- ])?low[- ](?:quality|certainty)\s+(?:\w+\s+){0,2}?(?:evidence|data|trials?|studies)\b",
    r"\b(?:lack|absence|paucity|dearth) of (?:\w+\s+){0,2}?(?:evidence|data|trials?|studies)\b",
    r"\bno (?:good|clear|convincing|reliable|high[- ]quality|robust|strong) (?:evidence|data)\b",
    r"\b(?:has|have|had) not (?:yet )?been (?:shown|demonstrated|established|proven|proved|confirmed)\b",
    r"\b(?:is|are|was|were|remains?) (?:still )?(?:unclear|uncertain|unknown|"
    r"not (?:yet )?(?:established|known|clear))\b",
    r"\b(?:cannot|could not|can not|unable to) (?:be )?(?:determine|determined|conclude|concluded|establish|"
    r"established|confirm|confirmed|inferred|infer|draw (?:\w+\s+)?conclusions?)\b",
    r"\b(?:too few|not enough) (?:\w+\s+){0,2}?(?:trials?|studies|data|participants|evidence)\b",
    r"\b(?:cannot|can not|could not|do not|does not|did not)\s+(?:\w+\s+)?(?:support|justify)\b",
    # results at risk of bias: "may be inflated by selection bias", "findings were likely to involve bias"
    r"\b(?:may|might|could|likely to|were|was|are|is) (?:\w+\s+){0,2}?(?:inflated|biased|confounded)\b",
    r"\b(?:high|serious|substantial) risk of bias\b|\b(?:involve|reflect|be due to) (?:\w+\s+)?bias\b",
)

# No significant effect, difference or link was found: a null result.
NULL_CUES: tuple[str, ...] = (
    r"\bno (?:statistically )?(?:significant|meaningful|appreciable|detectable|measurable|clinically \w+|"
    r"important|relevant|overall|additional|further|added)?\s*"
    r"(?:\w+\s+)?(?:effects?|differences?|benefits?|improvements?|reductions?|increases?|decreases?|excess|"
    r"changes?|alterations?|variations?|gains?|advantages?|impact|associations?|correlations?|relationships?|links?|"
    r"influence|superiority|efficacy)\b",
    r"\bnot (?:statistically )?significant(?:ly)?\b",
    r"\bnon-?significant(?:ly)?\b",
    r"\b(?:did|does|do|was|were|is|are|may|might|would|could|will|can)(?: not|not)\s+"
    r"(?:appear to |seem to |(?:result in|lead to) (?:an? |any )?(?:significant |meaningful )?)?(?:be )?(?:\w+ly )?"
    r"(?:differ|reduce|improve|prevent|increase|decrease|lower|change|affect|alter|influence|predict|"
    r"relieve|shorten|benefit|enhance|modify|associated|related|correlated|linked|involved|superior|worsen|"
    r"improvement|reduction|"
    r"more effective|better|different|effective|beneficial)\w*\b",
    r"\b(?:failed|fails|fail) to (?:\w+\s+)?(?:show|demonstrate|find|detect|reduce|improve|prevent|affect|differ)\b",
    r"\b(?:similar|comparable|equivalent) (?:to|with) (?:that of |those of |the )?(?:\w+\s+)?"
    r"(?:placebo|sham|control|usual care|standard care|no (?:treatment|intervention))",
    r"\b(?:was|were|is|are|remained) (?:\w+ )?(?:similar|comparable|equivalent|unchanged)\b",
    r"\b(?:poor|not (?:a )?(?:useful|reliable|good|significant)) predictors?\b",
    r"\b(?:equivalent|comparable|similar) (?:\w+\s+)?(?:outcomes?|results?|efficacy|effectiveness|rates?)\b|"
    r"\bcomparably\b",
    r"\b(?:disappeared|vanished|ceased|was no longer|were no longer|became non-?significant|"
    r"lost (?:its )?significance|did not (?:persist|remain significant))\b",
    r"\b(?:unlikely|not likely) to (?:be )?(?:effective|beneficial|helpful|useful|work|help|reduce|improve|prevent)\b",
    r"\bno better than\b",
    r"\b(?:had|has|have|having|showed|shows|show|with|of|exerted|exert) (?:only )?(?:little|no|little or no|minimal|"
    r"negligible|limited) (?:\w+\s+)?(?:effects?|impact|influence|associations?|benefits?|role|value|changes?)\b",
    r"\bunrelated to\b|\black of (?:\w+\s+)?(?:association|effect|correlation|benefit|efficacy|relationship)\b",
    r"\b(?:not|never) (?:been |be )?(?:found|observed|detected|seen|confirmed|replicated|demonstrated|achieved|"
    r"attained|reflected)\b",
    # "we did not find any association", "found no difference"
    r"\b(?:did|do|does|could) not (?:find|observe|detect|see|identify) (?:any |a )?(?:\w+\s+){0,3}?"
    r"(?:differences?|associations?|effects?|correlations?|relationships?|links?|changes?|benefits?)\b",
    r"\b(?:found|find|observed|detected|identified) no\b",
    # "not related to", "and not associated with": a link denied without an auxiliary before it
    r"\bnot (?:significantly |independently )?(?:related|associated|correlated|linked) (?:to|with)\b",
    # an effect too small to matter: "may not be clinically important"
    r"\bnot (?:be )?clinically (?:important|relevant|meaningful|significant)\b",
    # "appears to be comparable", "regarded as equal", "decreased similarly in both"
    r"\b(?:appears?|seems?|appeared|seemed|proved|proven) to be (?:\w+ )?(?:similar|comparable|equivalent|equal)\b",
    r"\b(?:regarded|considered) (?:as )?(?:equal|equivalent|similar|comparable)\b",
    r"\b(?:similarly|equally) (?:in|across|between|among) (?:both|all|the two|each)\b",
    r"\brul(?:es|ed|ing)? out (?:the )?(?:possibility|involvement|role|association|effect)",
    r"\b(?:did not|does not|failed to|fail to) (?:reach|achieve) (?:statistical )?significance\b",
    r"\bno evidence (?:of|for|that)\b",
    r"\bnot (?:an? )?(?:independent |significant |important )?(?:risk factor|predictor|determinant|cause)s?\b",
    r"\b(?:neither|nor)\b[^.;]{0,40}\b(?:improved|reduced|affected|changed|associated)\b",
)

# Who the finding holds for: "in women", "among older adults with diabetes", "in the Latino population". A noun for
# people, with up to five words before it and an optional "with ..." after.
PEOPLE = (
    r"women|men|girls|boys|females|males|children|adolescents|youths?|infants|newborns|neonates|adults|people|"
    r"persons|individuals|participants|subjects|patients|survivors|population|populations|households|users|workers|"
    r"employees|athletes|runners|smokers|non-?smokers|drinkers|residents|veterans|students|mothers|fathers|"
    r"pregnancies|elderly|those"
)
POPULATION_CUE = re.compile(
    r"(?:^|\b)(?P<phrase>(?:in|among|amongst|for) (?:(?!(?:in|among|amongst|for|of|with)\b)[\w/'’-]+\s+){0,5}?"
    r"(?:" + PEOPLE + r")\b"
    r"(?:\s+(?:with|without|aged|over|under|who) [^,;().]{3,40}?(?=\s*(?:[,;().]|$|\b(?:but|and|after|than)\b)))?)",
    _I,
)

# What the intervention was compared with: a trial against placebo shows more than one against no care.
COMPARATOR_CUE = re.compile(
    r"\b(?P<phrase>(?:compared (?:with|to)|versus|vs\.?|relative to|than|over|against) "
    r"(?:a |an |the )?(?:\w+\s+){0,2}?"
    r"(?:placebo|sham(?: \w+)?|usual care|standard care|no (?:care|treatment|intervention)|wait(?:ing)?[- ]list|"
    r"controls?(?: group)?|(?:an? )?(?:active )?(?:comparator|alternative treatment)))\b",
    _I,
)

_INSUFFICIENT = re.compile("|".join(INSUFFICIENT_CUES), _I)
_NULL = re.compile("|".join(NULL_CUES), _I)
# "were not different in A, but B improved": the null speaks of another outcome than the finding's; left to the
# figures and the relation, which is why a null cue counts only before a contrast word, and not in a concession
# that opens the sentence ("Although A showed no difference, B ...").
_CONTRAST = re.compile(r"[,;]\s*(?:but|whereas|while|although|however)\b|(?<=\w )however\b", _I)
# (A bare "Although not significant, X fell" concedes about the main clause itself, so it needs five words.)
_CONCESSION = re.compile(
    r"^\W*(?:although|though|while|whereas|despite|even though)\s+(?=(?:[^,;\s]+\s+){4})[^,;]*[,;]", _I
)

# ---- the reading ---------------------------------------------------------------------------------------------------


def finding_verdict(
    sentence: str, relation: Relation, negated: bool, figures: list[Figure], intervention_subject: bool
) -> Verdict:
    """The verdict of one finding on its question (see the module docstring for the order of the tests).

    ``intervention_subject``: the finding's subject is something a person does or takes, so a cause it brings
    about is a harm, and a null on it is "no difference" rather than "no association"."""
    sentence = " ".join(sentence.split())  # "did  not differ": the cues are written with single spaces
    if _INSUFFICIENT.search(sentence):
        return Verdict.INSUFFICIENT
    effect_question = relation in BENEFIT or intervention_subject
    null = Verdict.NO_DIFFERENCE if effect_question else Verdict.NO_ASSOCIATION
    if negated or _null_cue_before_contrast(sentence) or _figures_all_null(figures):
        return null
    if relation in BENEFIT:
        return Verdict.BENEFIT
    return Verdict.HARM if intervention_subject else Verdict.ASSOCIATION


def _null_cue_before_contrast(sentence: str) -> bool:
    concession = _CONCESSION.match(sentence)
    main = sentence[concession.end() :] if concession else sentence
    contrast = _CONTRAST.search(main)
    return bool(_NULL.search(main[: contrast.start()] if contrast else main))


def _figures_all_null(figures: list[Figure]) -> bool:
    """Every figure whose significance is known spans the null (its interval holds 1, or 0 for a difference)."""
    known = [figure.significant for figure in figures if figure.significant is not None and figure.kind != "P"]
    known = known or [figure.significant for figure in figures if figure.significant is not None]
    return bool(known) and not any(known)


def population(sentence: str) -> str | None:
    """The subgroup a finding is stated for ("in women"), if the sentence names one."""
    match = POPULATION_CUE.search(sentence)
    return match.group("phrase").strip() if match else None


def comparator(sentence: str) -> str | None:
    """What the intervention was compared with ("compared with no care"), if the sentence says."""
    match = COMPARATOR_CUE.search(sentence)
    return " ".join(match.group("phrase").split()) if match else None
