"""Cue lexicons for claim extraction, kept as data.

Each table is an ordered list of patterns with what they mean; the extractor
walks them and never hard-codes a phrase elsewhere. Extending the extractor to
a new way of phrasing a claim means adding a row here. The wording of evidence
("a 2019 study by ...", "research shows") has its own table, in
evidence_cues.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from evidencemap.extract.anchors import anchor_words
from evidencemap.model import Relation


class Direction(StrEnum):
    """Where subject and object stand around a relation cue."""

    FORWARD = "forward"  # subject cue object: "X causes Y"
    BACKWARD = "backward"  # object cue subject: "Y is caused by X"
    BETWEEN = "between"  # cue subject and object: "the link between X and Y"
    NOUN = "noun"  # cue object [is] subject: "the main cause of Y is X", "the best way to treat Y is X"
    RECOMMEND = "recommend"  # cue, then the people (with a condition) and what they should do, in either order


@dataclass(frozen=True, slots=True)
class RelationCue:
    """A phrase that signals a relation between two concepts."""

    pattern: re.Pattern[str]
    relation: Relation
    direction: Direction
    correlational: bool = False
    negated: bool = False
    decreases: bool = False  # "reduces X": on a desirable X (mobility, balance) it is harm, not relief
    changes: bool = (
        False  # "alters X": a cause alters things for the worse; a treatment that changes a problem fixes it
    )
    anchor: tuple[str, ...] = ()  # lower-case words one of which every match contains: a cheap test first


def _cue(
    regex: str,
    relation: Relation,
    direction: Direction = Direction.FORWARD,
    *,
    correlational: bool = False,
    negated: bool = False,
    decreases: bool = False,
    changes: bool = False,
    anchor: tuple[str, ...] | None = None,
) -> RelationCue:
    """A cue row. ``anchor`` names the words every match holds, where the automatic ones would be too common to
    prune."""
    anchor = anchor_words(regex) if anchor is None else anchor
    return RelationCue(
        re.compile(rf"\b(?:{regex})\b", re.IGNORECASE),
        relation,
        direction,
        correlational,
        negated,
        decreases,
        changes,
        anchor,
    )


C, T, P, W, A = Relation.CAUSES, Relation.TREATS, Relation.PREVENTS, Relation.WORSENS, Relation.ASSOCIATED_WITH
F, B, BT, N = Direction.FORWARD, Direction.BACKWARD, Direction.BETWEEN, Direction.NOUN

# Order matters: earlier rows win where matches overlap (longer, more specific first).
RELATION_CUES: tuple[RelationCue, ...] = (
    # association, negated by the cue itself
    _cue(
        r"(?:showed|shows|show|found|find|was|were|is|had|has) no (?:significant |clear |consistent )?"
        r"(?:association|correlation|relationship|link) (?:with|to)",
        A,
        F,
        correlational=True,
        negated=True,
    ),
    _cue(
        r"no (?:significant |clear )?(?:association|correlation|relationship|link) between",
        A,
        BT,
        correlational=True,
        negated=True,
    ),
    # association
    _cue(
        r"(?:is|are|was|were|be|been)?\s*(?:strongly |closely |significantly |also |often |directly )?"
        r"(?:associated|correlated|linked|connected|related) (?:with|to)",
        A,
        F,
        correlational=True,
    ),
    _cue(r"correlates? with|correlated with|go(?:es)? together with", A, F, correlational=True),
    _cue(
        r"(?:strong |direct |clear |close )?(?:association|correlation|relationship|link|connection|relation) between",
        A,
        BT,
        correlational=True,
    ),
    _cue(
        r"(?:it is|it[’']s)\s+(?:very\s+|quite\s+|fairly\s+|not un)?common for",
        A,
        BT,
        correlational=True,
        anchor=("common",),
    ),  # "... for people with A to have B"
    _cue(
        r"(?:\d+(?:\.\d+)? times |much |far )?more likely to (?:suffer from|have|develop|experience|get|report)",
        A,
        F,
        correlational=True,
    ),
    _cue(r"(?:at )?(?:a )?(?:higher|greater|increased) (?:risk|odds|rate|prevalence) of", A, F, correlational=True),
    # worsening
    _cue(
        r"(?:is|are|was|were|be|been|get|gets)\s+(?:often |usually |further |also )?"
        r"(?:worsened|exacerbated|aggravated) by",
        W,
        B,
    ),
    _cue(r"worsens?|worsening|exacerbates?|exacerbating|aggravates?|aggravating", W, F),
    # "the best way to treat Y is X": before the bare verbs, which would take its "prevent" or "treat" alone
    _cue(
        r"the (?:best|safest|most effective|only|first|simplest|fastest) "
        r"(?:way|strategy|treatment|approach|solution)s? (?:to|for) "
        r"(?:prevent(?:ing)? and treat(?:ing)?|treat(?:ing)?|reliev(?:e|ing)|fix(?:ing)?|manag(?:e|ing))",
        T,
        N,
    ),
    _cue(
        r"the (?:best|safest|most effective|only|first|simplest) (?:way|strategy|approach)s? (?:to|for) prevent"
        r"(?:ing)?",
        P,
        N,
    ),
    # treating what causes Y treats Y: "addressing the underlying causes of Y"
    _cue(
        r"(?:address(?:es|ing)?|treat(?:s|ing)?|tackl(?:e|es|ing)|target(?:s|ing)?|fix(?:es|ing)?|correct"
        r"(?:s|ing)?) the (?:\w+\s+){0,2}?(?:causes?|sources?|roots?) (?:of|behind)",
        T,
        F,
        anchor=("cause", "source", "root"),
    ),
    # prevention
    _cue(r"reduces? the risk of|lowers? the risk of|protects? against|prevents?|preventing|prevention of", P, F),
    # causation, backward
    _cue(
        r"(?:is|are|was|were|be|been)\s+"
        r"(?:often |usually |commonly |mostly |frequently |largely |sometimes |also )?caused by",
        C,
        B,
    ),
    _cue(
        r"(?:is|are|was|were|be|been|often|usually|commonly|mostly|frequently|largely|typically|sometimes|also|"
        r"\s)*blamed on",
        C,
        B,
    ),
    _cue(
        r"as is (?:often |usually |commonly |typically |frequently |also )?the case (?:with|in|for)",
        C,
        B,
        anchor=("case",),
    ),  # "A—as is the case with X—"
    _cue(
        r"due to|because of|results? from|resulting from|stems? from|arises? from|(?:is|are) (?:a |the )?"
        r"(?:result|consequence|symptom|sign) of",
        C,
        B,
    ),
    # causation, forward; "X is not the cause of Y" denies it ("not the only cause" does not)
    _cue(
        r"(?:is|are|was|were)(?:\s+not|\s+never|n[’']t)\s+(?:the|a|an)\s+(?!(?:\w+\s+){0,3}?(?:only|sole|single)\b)"
        r"(?:\w+\s+){0,3}?(?:causes?|contributors?|culprits?|sources?)\s+(?:of|to|for)",
        C,
        F,
        negated=True,
        anchor=("cause", "contributor", "culprit", "source"),
    ),
    _cue(
        r"(?:is|are|was|were|be|been)\s+(?:the|a|an)\s+(?:\w+\s+){0,3}?"
        r"(?:causes?|contributors?|culprits?|sources?)\s+(?:of|to|for)",
        C,
        F,
    ),
    _cue(r"(?:the\s+)?(?:\w+\s+){0,3}?(?:causes?|contributors?|culprits?) (?:of|behind)", C, N),
    _cue(r"causes?|caused|causing", C, F),
    _cue(
        r"leads? to|leading to|led to|results? in|resulting in|resulted in|contributes? to|contributing to|"
        r"contributed to",
        C,
        F,
    ),
    _cue(r"(?:forces?|forced|forcing)(?= (?:the|your|our|their|a|an) )", C, F),
    _cue(r"allows?|allowing|enables?|enabling", C, F),
    _cue(
        r"triggers?|triggering|produces?|predisposes?|brings? about|gives? rise to|is responsible for|"
        r"are responsible for",
        C,
        F,
    ),
    _cue(
        r"(?:puts?|putting|places?|placing|imposes?|imposing|creates?|creating|increases?|increasing|adds?) "
        r"(?:excessive |more |extra |additional )?(?:strain|tension|stress|load|pressure) (?:on|to|in)",
        C,
        F,
    ),
    _cue(r"increases? the|increasing the|raises? the|raising the", C, F),
    _cue(r"alters?|altering|change|changing|modif(?:y|ies|ying)", C, F, changes=True),
    _cue(
        r"weakens?|weakening|overloads?|overloading|compress(?:es)?|disrupts?|shortens?|shortening|increases?|"
        r"increasing|raises?|raising",
        C,
        F,
    ),
    _cue(r"stops?|stopped|ceases? to|no longer", T, F, decreases=True),
    _cue(r"restricts?|restricting|impedes?|impeding|inhibits?|inhibited", C, F, decreases=True),
    # treatment
    _cue(
        r"(?:is|are) (?:the |a |an )?(?:best|safest|most effective|effective|proven) "
        r"(?:way|strategy|treatment|solution|approach)s? (?:to|for)(?: prevent and)?(?: treat(?:ing)?)?",
        T,
        F,
    ),
    _cue(
        r"(?:is|are|was|were|be|prove|proves|proved|proven|been|(?<=\w)[’']s)\s+(?:\w+\s+){0,2}?"
        r"(?:best|beneficial|helpful|effective|good|ideal|useful) (?:for|in|against)|made (?:a|the) "
        r"(?:\w+\s+){0,2}?difference (?:for|in|to)",
        T,
        F,
    ),
    _cue(r"recommend(?:s|ed)?", T, Direction.RECOMMEND),
    _cue(r"lay(?:s|ing)? the (?:foundation|groundwork) for|pav(?:es|ing) the way (?:for|to)", T, F),
    _cue(
        r"relieves?|relieving|relief (?:of|from|for)|relaxation (?:of|for)|relaxes|relaxing|alleviates?|alleviating|"
        r"eases?|easing|soothes?",
        T,
        F,
    ),
    _cue(
        r"reduces?|reducing|reduced|decreases?|decreasing|minimi[sz]es?|minimi[sz]ing|lessens?|dulls?|limits?|limiting",
        T,
        F,
        decreases=True,
    ),
    _cue(
        r"treats?|treating|cures?|curing|heals?|healing|fix(?:es)?|fixing|resolves?|resolving|corrects?|correcting|"
        r"restores?|restoring",
        T,
        F,
    ),
    _cue(
        r"improves?|improving|improved|improvement in|improvement of|strengthens?|strengthening|enhances?|enhancing|"
        r"promotes?|promoting",
        T,
        F,
    ),
    _cue(
        r"helps?|helping|helped|assists?|assisting|benefits?|aids?(?: in)?|address(?:es)?|addressing|manages?|"
        r"managing|combat|combats",
        T,
        F,
    ),
)

# Hedges ("may", "often", "in most cases") live in extract/strength.py: one strength rule for claims and the benchmark.
# Words after which a concept is a point of comparison, not an object: "X helps compared to Y".
COMPARISON = re.compile(
    r"\b(?:compared (?:to|with)|in comparison (?:to|with)|rather than|instead of|versus|vs\.?|than)\s*(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A sentence opening with a concession: its first clause is a claim of its own ("While X can cause A, Y ...").
CONCESSIVE = re.compile(r"^\s*(?:while|although|though|whereas|even though|even if)\b", re.IGNORECASE)
# A concept right after a preposition sits inside a phrase, not at the head of the subject: "X with Y as a warm-up
# for Z helps". A proper name may stand between ("at IDEASTEP Orthotics"): only its case tells it, so only the name
# part is case-sensitive.
IN_PHRASE = re.compile(
    r"\b(?i:for|with|of|as|into|from|by|at|during|after|before|like|against)\s+"
    r"(?:(?i:a|an|the|your|their|our|its|this|these|some|various|many|several|all|any|other|different)\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,2}$"
)
# A cue after "without" describes how, and asserts nothing: "absorb the force without causing injury".
WITHOUT = re.compile(r"\bwithout\s+$", re.IGNORECASE)
# "this condition", "these problems": stands for the topic of the section, as its heading names it.
TOPIC_ANAPHOR = re.compile(
    r"\b(?:this|these|that) (?:condition|conditions|disorder|disorders|ailment|ailments)\b", re.IGNORECASE
)
# "When A, B.": a condition and what follows from it, with no verb of cause. A sentence adverb or a
# conjunction may open the sentence before it ("Unfortunately, when A, B", "But if A, B").
CONDITION_CLAUSE = re.compile(
    r"^\s*(?:(?:[a-z]+ly|however|sadly|still|yet),\s*|(?:but|and|so|yet)\s+)?(?:when|whenever|once|if)\b"
    r"(?P<condition>[^,;:]+),(?P<result>.+)$",
    re.IGNORECASE,
)
# A sentence that only points on to what follows: "They are as follows:", "Here's how:".
POINTER = re.compile(
    r"^\s*(?:they|these|those|here(?:[’']s| is| are)|the (?:main |most common )?"
    r"(?:ones|reasons|causes|factors|ways) (?:are|include))\b[^.:]{0,40}:\s*$",
    re.IGNORECASE,
)

# Negation between subject and cue ("does not correlate", "is not the cause of").
NEGATIONS = re.compile(r"\b(?:not|no|never|cannot|neither|nor|fails? to|failed to|without)\b|n[’']t\b", re.IGNORECASE)
# Negation that scopes a whole finding, wherever it stands: "Evidence is insufficient to support X for Y".
SCOPE_NEGATION = re.compile(
    r"\b(?:insufficient evidence|evidence (?:is|was) insufficient|no (?:good |clear |convincing )?evidence|"
    r"little evidence|lack of evidence|not (?:been )?shown to|failed to show|did not show)\b",
    re.IGNORECASE,
)
# Indirect questions report what was asked, not what was found.
INDIRECT_QUESTION = re.compile(r"\bwhether\b", re.IGNORECASE)
# Words that start a new clause with the same subject: "X may reduce A but often leads to B".
CLAUSE_BREAK = re.compile(r"^[\s,;]*(?:[\w’'-]+,?\s+){0,3}?(?:and|but|yet|while|whereas|however)\b", re.IGNORECASE)
NOT_NEGATION = re.compile(
    r"(?:\bnot|n[’']t) (?:only|just|always|merely|simply|entirely)\b|\bno (?:doubt|wonder|longer)\b", re.IGNORECASE
)

# A pronoun or demonstrative that opens a sentence and stands for something said before.
ANAPHORA = re.compile(
    r"^\s*(?:(?:over time|eventually|in time|gradually|ultimately|in the long run|later|then),\s*)?"
    r"(?!it(?:[’']s| is) (?:advisable|important|essential|recommended|a good idea|common|hard|not|possible|worth)\b)"
    r"(?:this|these|that|those|it|they|which|such|in response|as a result|consequently|in turn)\b"
    r"(?:\s+(?:\w+\s+){0,2}?"
    r"(?:mechanism|process|change|pattern|motion|movement|problem|issue|condition|compensations?|alterations?|"
    r"effects?))?",
    re.IGNORECASE,
)
# "In addition to X, the main cause of Y is Z": X is a cause of Y as well.
IN_ADDITION = re.compile(
    r"^\s*(?:in addition to|besides|apart from|aside from|along with|as well as)\b(?P<extra>[^,]+),", re.IGNORECASE
)
# A concept after these is when or where something happens, not what it acts on: "how the ankle moves during walking".
CIRCUMSTANCE = re.compile(r"\b(?:during|while|whilst)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
RELATIVE_WHICH = re.compile(r",?\s*(?:which|that)\s*$", re.IGNORECASE)
