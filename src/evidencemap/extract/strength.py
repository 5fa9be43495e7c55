"""How strongly a sentence claims a relation: none, correlational, conditional causal, direct causal.

The scheme is Yu et al. (EMNLP 2019): a finding may state no relation at all,
a correlation ("associated with", "more likely", "higher in"), a causal
relation with a hedge ("may reduce"), or a plain causal relation ("reduces").
The rules here read a sentence on its own, without concepts, so the same
table serves the claim extractor (for sentences whose relation it already
found) and the benchmark on labelled PubMed conclusions (bench/strength.py).

Two registers: web prose (``prose=True``, the extractor) hedges with "can",
"suggests", "often"; research conclusions (``prose=False``, the benchmark) use
those words to frame plain findings, so there only modal hedges count.
"""

from __future__ import annotations

import re

from evidencemap.model import Strength

_I = re.IGNORECASE

# Verbs and phrases that state that one thing changes another.
CAUSAL = re.compile(
    r"\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|contribut(?:e|es|ed|ing) to|"
    r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|"
    r"lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|protect(?:s|ed|ing)? against|induc(?:e|es|ed|ing)|"
    r"inhibit(?:s|ed|ing)?|suppress(?:es|ed|ing)?|promot(?:e|es|ed|ing)|attenuat(?:e|es|ed|ing)|alleviat"
    r"(?:e|es|ed|ing)|"
    r"reliev(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|impair(?:s|ed|ing)?|worsen(?:s|ed|ing)?|exacerbat(?:e|es|ed|ing)|"
    r"aggravat(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|affect(?:s|ed|ing)?|influenc(?:e|es|ed|ing)|modulat(?:e|es|ed|ing)|"
    r"boost(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|delay(?:s|ed|ing)?|slow(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|"
    r"diminish(?:es|ed|ing)?|abolish(?:es|ed|ing)?|mitigat(?:e|es|ed|ing)|facilitat(?:e|es|ed|ing)|stimulat"
    r"(?:e|es|ed|ing)|"
    r"activat(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|block(?:s|ed|ing)?|weaken(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|"
    r"helps?|helped|"
    r"cur(?:e|es|ed)|heal(?:s|ed)?|fix(?:es|ed)?|eas(?:e|es|ed)|"
    r"(?:is|are|was|were) (?:an? )?(?:effective|efficacious|beneficial|protective|detrimental|harmful) "
    r"(?:in|for|at|against)|"
    r"(?:has|have|had) (?:a |an )?(?:\w+ )?(?:effect|impact|benefit)s? (?:on|in)|benefit(?:s|ed)? from|"
    r"effective(?:ly)? (?:in|for|at)|(?:is|are|was|were) responsible for|due to|because of|attributable to|"
    r"predispos(?:e|es|ed|ing)|gives? rise to|role (?:in|of|for)|alter(?:s|ed|ing)?|causative|causal(?:ly)?|elicit"
    r"(?:s|ed)?|confer(?:s|red)?|"
    r"impact(?:s|ed|ing)?|effects? on|(?:beneficial|detrimental|harmful|crucial|critical|essential|vital) "
    r"(?:for|to|in)|"
    r"translat(?:e|es|ed|ing) (?:in)?to|determinants?|interfer(?:e|es|ed|ing)|rul(?:e|es|ed|ing) out|"
    r"safe and effective)\b",
    _I,
)

# Relations of co-occurrence, difference or prediction, not of cause.
CORRELATIONAL = re.compile(
    r"\b(?:associat(?:ed|ion|ions)|correlat(?:e|es|ed|ion|ions)|link(?:ed|age)?|relat(?:ed|ionship|ionships|ions?)|"
    r"connect(?:ed|ion)|predict(?:s|ed|ive|ing|or|ors)?|prognostic|(?:bio)?markers?|indicators? (?:of|for)|"
    r"susceptib\w*|"
    r"risk factors? (?:for|of)|"
    r"(?:is|are|was|were|as|independent|significant|important|major|main|strong) risk factors?|(?:at |an? )?"
    r"(?:increased|higher|greater|lower|reduced|elevated) risk|"
    r"(?:more|less) (?:likely|common|frequent|prevalent|often)|odds|hazard|"
    r"accompanied by|coincid(?:e|es|ed)|co-?occur\w*|(?:increas|decreas|declin|ris|fall|improv|worsen)"
    r"(?:e|es|ed|ing|ine|ines|ined)? (?:with|across|over)|"
    r"(?:is|are|was|were|be|been) (?:\w+ )?"
    r"(?:reduced|increased|decreased|diminished|improved|altered|impaired|elevated|raised|lowered|enhanced|worsened) "
    r"(?:in|among|after|following|during))\b",
    _I,
)
# Comparisons between groups: correlational unless a causal verb heads the finding
# ("higher BMI increases the risk of VTE" is causal; "BMI was higher in cases than controls" is not).
COMPARATIVE = re.compile(
    r"\b(?:(?:higher|lower|greater|smaller|larger|fewer|more|less|better|worse|poorer|shorter|longer|increased|"
    r"decreased|reduced|elevated) (?!than \d)"
    r"(?:[\w,-]+ ){0,8}?(?:in|among|than|for|with|compared)|"
    r"differ(?:s|ed|ent|ence|ences)? (?:between|among|in|from)|compared (?:with|to)|vary|varies|varied|"
    r"(?:high|low|higher|lower|increased|decreased|elevated|reduced) "
    r"(?:incidence|levels?|rates?|prevalence|frequency|concentrations?) of|(?:as )?compared? to|(?:below|above) "
    r"(?:that|those) of|"
    r"(?:show(?:s|ed)?|ha(?:ve|s|d|ving)|display(?:s|ed)?|exhibit(?:s|ed)?) (?:significantly )?"
    r"(?:more|less|higher|lower|greater|fewer|better|worse|poorer|increased|decreased|reduced|elevated)|"
    r"similar|comparable|(?:no|not) (?:significant(?:ly)? )?differ\w*|than (?:controls?|those|in|the|patients|non\w*)|"
    r"(?:increase|decrease|reduction|improvement|rise|decline|gain|loss|change)s? (?:in|of)|differences?|chance|"
    r"likelihood)\b",
    _I,
)

# Hedges that make a causal statement conditional in any register: modal verbs and epistemic adverbs.
MODAL_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|possible|potentially|potential|probably|perhaps|seems?|appears?|"
    r"seemed|appeared|unlikely|presumably|putative(?:ly)?|hypothesi[sz]e|speculate|tend(?:s|ed)? to|"
    r"would|promising)\b",
    _I,
)
# All hedges of web prose: the modal ones plus "can cause", "suggests", "likely", "should".
# In PubMed conclusions these extra words mostly frame a plain finding ("Our data suggest
# that X reduces Y", "X can reduce Y"), which the labelling scheme counts as direct causal,
# so only prose (the claim extractor) reads them as hedges.
HEDGE = re.compile(
    MODAL_HEDGE.pattern[:-3]
    + r"|can|likely|suggest(?:s|ed|ing)?|indicat(?:e|es|ed|ing)|imply|implies|implied|should)\b",
    _I,
)

# Not a finding: a call for more research, a recommendation, an aim or a hope ("Further studies are needed to ...").
NOT_A_FINDING = re.compile(
    r"\b(?:further|future|additional|more|larger)\s+(?:\w+\s+){0,3}?"
    r"(?:research|studies|study|trials?|investigations?|work|evaluation)\b|"
    r"\b(?:is|are) (?:needed|required|warranted|necessary)\b|\bwarrant(?:s|ed)?\b|\bit is hoped\b|\bneeds? to be\b|"
    r"\b(?:provides?|provided|offers?|adds?|gain) (?:\w+\s+){0,3}?"
    r"(?:insights?|rationale|basis|understanding|knowledge)\b|"
    r"\b(?:should|must|ought to|will)\b|\brequir\w* (?:further|special|more|additional|careful)\b|\bmerits?\b|"
    r"\bneeds? to\b|\brecommend(?:ed|s|ation|ations)?\b|\bwhether\b",
    _I,
)
# A causal verb in a purpose clause states an aim, not a finding: "an intervention to reduce falls".
PURPOSE = re.compile(
    r"\b(?:to|for|aim(?:ed|ing|s)? (?:at|to)|in order to|designed to|intended to|strategies to|efforts to)\s+$", _I
)
# Causal adjectives: "X is effective in ...", "safe and effective".
EFFECTIVE = re.compile(
    r"\b(?:effective(?:ness)?|efficacious|efficacy|beneficial|protective|benefits?|(?<!adverse )(?<!side )effects?"
    r"(?! sizes?))\b",
    _I,
)


# A hedged verdict on a treatment or factor: "may be a promising treatment", "could work", "might be responsible".
HEDGED_BENEFIT = re.compile(
    r"\b(?:may|might|could)(?: not)? (?:(?:be|prove|represent|serve as|offer|provide) (?:\w+ ){0,3}?"
    r"(?:useful|helpful|promising|beneficial|effective|treatments?|therap\w*|agents?|alternatives?|responsible|"
    r"involved|sufficient|options?|targets?)|"
    r"(?:\w+ )?(?:work|benefit))\b",
    _I,
)


# Before a participle, these words make it an adjective: "an increased risk", "with reduced function".
_ADJECTIVE_BEFORE = re.compile(
    r"(?:^|\b(?:a|an|the|with|of|and|or|in|by|for|among|than|had|have|has|showed|show|shows|more|less|no))\s*$|[,;"
    r"(]\s*$",
    _I,
)
# "seems to reduce", "was shown to improve": the infinitive is the finding, not an aim.
_RAISING = re.compile(
    r"\b(?:seems?|seemed|appears?|appeared|tends?|tended|(?:un)?likely|shown|found|proven|able|known|thought|"
    r"believed|expected)\s+to\s+$",
    _I,
)
_NOUN_AFTER = re.compile(r"^\s+(?:in|of)\b", _I)


def _is_verb(text: str, match: re.Match[str]) -> bool:
    """A causal word used as a verb of the finding, not as an aim, an adjective or a noun."""
    before = text[max(0, match.start() - 40) : match.start()]
    if PURPOSE.search(before) and not _RAISING.search(before):
        return False
    word = match.group(0).lower()
    if word.endswith("ed") and " " not in word and _ADJECTIVE_BEFORE.search(before):
        return False
    if word in (
        "lower",
        "increase",
        "increases",
        "decrease",
        "decreases",
        "reduction",
        "improvement",
    ) and _NOUN_AFTER.match(text[match.end() :]):
        return False
    return word != "lower"


# Hedges that qualify a whole clause wherever they stand: "X is caused by Y in the majority of cases".
CLAUSE_HEDGE = re.compile(
    r"\b(?:in (?:some|many|most|certain) (?:cases|people|patients|instances)|in (?:the )?majority of cases|"
    r"for some people)\b",
    _I,
)
# Hedges of everyday prose the PubMed conclusions rarely use: "often leads to", "usually blamed on".
PROSE_HEDGE = re.compile(r"\b(?:often|sometimes|usually|frequently|commonly|not necessarily)\b", _I)


def relation_strength(clause: str, cue_end: int, correlational: bool, prose: bool = True) -> Strength:
    """The one strength decision, once the relation's cue is known.

    Used by the claim extractor (its cue tables find the relation) and by
    ``sentence_strength`` (these rules find it), so the benchmark measures
    the extractor's own rule. A correlational cue gives correlational; a hedge
    before the cue, or a clause-wide hedge anywhere, gives conditional causal.
    ``prose`` adds the frequency hedges of web prose ("often leads to").
    """
    if correlational:
        return Strength.CORRELATIONAL
    before = clause[:cue_end]
    hedge = HEDGE if prose else MODAL_HEDGE
    if hedge.search(before) or CLAUSE_HEDGE.search(clause) or (prose and PROSE_HEDGE.search(before)):
        return Strength.CONDITIONAL_CAUSAL
    return Strength.DIRECT_CAUSAL


def sentence_strength(sentence: str, prose: bool = False) -> Strength:
    """The strength of the relation a sentence claims, by rule."""
    text = sentence.strip()
    causal = next((m for m in CAUSAL.finditer(text) if _is_verb(text, m)), None)
    verdict = HEDGED_BENEFIT.search(text)
    if verdict and (causal is None or verdict.start() < causal.start()):
        causal = verdict
    if causal is None:
        causal = EFFECTIVE.search(text)
    hedge = HEDGE if prose else MODAL_HEDGE
    if NOT_A_FINDING.search(text) and not (
        causal and hedge.search(text[: causal.start()]) and not NOT_A_FINDING.search(text[: causal.start()])
    ):
        return Strength.NONE
    # A correlational word at or before the causal one frames it ("X increases with Y",
    # "increased X is associated with Y"); a mere comparison does not ("higher BMI increases risk").
    correlational = CORRELATIONAL.search(text)
    if causal and not (correlational and correlational.start() <= causal.start()):
        return relation_strength(text, causal.end(), False, prose)
    correlational = correlational or COMPARATIVE.search(text)
    if correlational:
        return relation_strength(text, correlational.end(), True, prose)
    return Strength.NONE
