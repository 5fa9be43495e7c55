"""The words and sets the whole pipeline shares: relation groups, kinds, and every label a reader sees.

A relation's group (benefit or harm), what counts as "an intervention or a
product", and the wording of every badge are decided once here, so that
extraction, linking and the pages cannot drift apart: a reader must see one
word for one thing, and a rule must mean the same thing in every stage.
"""

from __future__ import annotations

from evidencemap.grammar import label_is_plural
from evidencemap.model import (
    Agreement,
    Concept,
    ConceptKind,
    EvidenceType,
    OverreachKind,
    Relation,
    SourceKind,
    Strength,
    StudyDesign,
    Verdict,
)

# ---- relations and kinds --------------------------------------------------------------------------------------------

BENEFIT = frozenset({Relation.TREATS, Relation.PREVENTS})
HARM = frozenset({Relation.CAUSES, Relation.WORSENS})
# Denying an association denies these too: no link, no causation.
IMPLIES_ASSOCIATION = frozenset({Relation.CAUSES, Relation.WORSENS, Relation.ASSOCIATED_WITH})

# Each relation as a verb phrase: (affirmed, denied) after a singular subject, then after a plural one.
RELATION_PHRASES = {
    Relation.CAUSES: (("causes", "does not cause"), ("cause", "do not cause")),
    Relation.PREVENTS: (("prevents", "does not prevent"), ("prevent", "do not prevent")),
    Relation.TREATS: (("relieves", "does not relieve"), ("relieve", "do not relieve")),
    Relation.WORSENS: (("worsens", "does not worsen"), ("worsen", "do not worsen")),
    Relation.ASSOCIATED_WITH: (("is linked to", "is not linked to"), ("are linked to", "are not linked to")),
}


def relation_phrase(relation: Relation, negated: bool, plural: bool = False) -> str:
    """Plain-English verb phrase for a relation, as shown to readers, agreeing with its subject."""
    positive, negative = RELATION_PHRASES[relation][plural]
    return negative if negated else positive


def concept_is_plural(concept: Concept) -> bool:
    """Whether a verb after the concept's label takes the plural: as its lexicon entry says, else from the label."""
    if concept.number is not None:
        return concept.number == "plural"
    return label_is_plural(concept.label)


def claim_sentence(subject: Concept, relation: Relation, negated: bool, obj: Concept) -> str:
    """A claim as the clause a person would write: "flat feet are linked to low back pain" (no capital added)."""
    return f"{subject.label} {relation_phrase(relation, negated, concept_is_plural(subject))} {obj.label}"


# A research finding said as strongly as it is, and no more: a null is "no significant effect" (not "does not"),
# thin evidence is "too little good evidence" (never the verb of the sentence it came in). {s}: subject, {o}: object,
# {verb}: the relation's verb agreeing with the subject.
FINDING_PHRASES: dict[Verdict, str] = {
    Verdict.BENEFIT: "{s} {verb} {o}",
    Verdict.HARM: "{s} {verb} {o}",
    Verdict.ASSOCIATION: "{s} {linked} {o}",
    Verdict.NO_DIFFERENCE: "no significant effect of {s} {on} {o} found",
    Verdict.NO_ASSOCIATION: "no significant link found between {s} and {o}",
    Verdict.INSUFFICIENT: "too little good evidence to say whether {s} {verb} {o}",
}
VERDICT_LABELS: dict[str, str] = {
    Verdict.BENEFIT.value: "Benefit found",
    Verdict.HARM.value: "Harm found",
    Verdict.ASSOCIATION.value: "Link found",
    Verdict.NO_DIFFERENCE.value: "No significant effect",
    Verdict.NO_ASSOCIATION.value: "No significant link",
    Verdict.INSUFFICIENT.value: "Evidence too thin",
}
VERDICT_HELP: dict[str, str] = {
    Verdict.BENEFIT.value: "the study found the intervention helped (or prevented the problem)",
    Verdict.HARM.value: "the study found the intervention made things worse",
    Verdict.ASSOCIATION.value: "the study found the factor went together with the outcome; that alone does not show "
    "that one causes the other",
    Verdict.NO_DIFFERENCE.value: "the study found no difference it could tell apart from chance; that does not prove "
    "there is no effect, only that none was shown",
    Verdict.NO_ASSOCIATION.value: "the study found no link it could tell apart from chance; that does not prove there "
    "is no link, only that none was shown",
    Verdict.INSUFFICIENT.value: "the study says the evidence is too little, or too weak, to tell either way",
}


# What the studies of a gap-map cell found, in words for the colour of its bubble.
GAP_FINDING_WORDS = {
    "support": "found an effect or a link",
    "null": "found no significant effect or link",
    "thin": "found the evidence too thin to tell",
    "mixed": "differ in what they found",
}


def finding_sentence(
    subject: str,
    relation: Relation,
    verdict: Verdict,
    plural: bool,
    obj: str,
    population: str | None = None,
    comparator: str | None = None,
    hedged: bool = False,
) -> str:
    """A research finding as a clause, from its verdict: "no significant effect of insoles on back pain found",
    with the subgroup it holds for and what it was compared with, which change what it means. A hedged benefit or
    harm keeps its hedge ("night splints may relieve heel pain")."""
    verb = relation_phrase(relation, False, plural)
    if hedged and verdict in (Verdict.BENEFIT, Verdict.HARM):
        verb = "may " + relation_phrase(relation, False, True)  # the plural form is the bare verb: "may relieve"
    text = FINDING_PHRASES[verdict].format(
        s=subject,
        o=obj,
        verb=verb,
        linked=relation_phrase(Relation.ASSOCIATED_WITH, False, plural),
        on="in preventing" if relation == Relation.PREVENTS else "on",
    )
    if population:
        text = f"{text} {population}"
    return f"{text}, {comparator}" if comparator and verdict != Verdict.INSUFFICIENT else text


LINK_RELATIONS = frozenset({Relation.CAUSES, Relation.WORSENS, Relation.ASSOCIATED_WITH})
CAUSAL_RELATIONS = frozenset({Relation.CAUSES, Relation.WORSENS})
# What a person can do or buy: the subjects of treatment claims, and what a seller sells; never the effect of a cause.
INTERVENTION_KINDS = frozenset({ConceptKind.INTERVENTION, ConceptKind.PRODUCT})
# What a claim can act on or bring about: a problem, a factor, a mechanism (not a remedy, not a product).
ACTED_ON_KINDS = frozenset({ConceptKind.CONDITION, ConceptKind.FACTOR, ConceptKind.MECHANISM})

# ---- study designs --------------------------------------------------------------------------------------------------

DESIGN_LABELS: dict[StudyDesign, str] = {
    StudyDesign.SYSTEMATIC_REVIEW: "systematic review",
    StudyDesign.META_ANALYSIS: "meta-analysis",
    StudyDesign.RANDOMISED_TRIAL: "randomised controlled trial",
    StudyDesign.COHORT: "cohort study",
    StudyDesign.CASE_CONTROL: "case-control study",
    StudyDesign.CROSS_SECTIONAL: "cross-sectional study",
    StudyDesign.CASE_SERIES: "case series",
    StudyDesign.NARRATIVE: "narrative review or opinion",
    StudyDesign.OTHER: "other design",
}
# Designs that can test an intervention or a cause by comparison over time, as against a snapshot.
TRIAL_DESIGNS = frozenset({StudyDesign.SYSTEMATIC_REVIEW, StudyDesign.META_ANALYSIS, StudyDesign.RANDOMISED_TRIAL})

# ---- labels a reader sees ----------------------------------------------------------------------------------------

AGREEMENT_LABELS = {
    Agreement.CONSISTENT.value: "Agrees",
    Agreement.CONTRADICTED.value: "Disagrees",
    Agreement.INCONCLUSIVE.value: "Inconclusive",
    Agreement.MIXED.value: "Mixed",
}
AGREEMENT_WHOLE = {
    Agreement.CONSISTENT.value: "Consistent with research",
    Agreement.CONTRADICTED.value: "Contradicted by research",
    Agreement.INCONCLUSIVE.value: "Research inconclusive",
    Agreement.MIXED.value: "Research is mixed",
}
AGREEMENT_HELP = {
    Agreement.CONSISTENT.value: "the research findings that answer this claim say the same",
    Agreement.CONTRADICTED.value: "the research findings that answer this claim say the opposite, or found no "
    "significant effect where the claim promises one",
    Agreement.INCONCLUSIVE.value: "the research that answers this claim cannot settle it: its evidence is too thin, or "
    "it found no significant effect, which does not prove there is none",
    Agreement.MIXED.value: "some findings that answer this claim agree with it, others do not",
}
# What research says of one row of the claim list (a claim with all its repeats), in the order that list sorts by it:
# the research's agreement with a web claim, first what stands against it; then findings, which are research; then
# claims no research in the map answers. The agreements keep their words above.
RESEARCH_STANDING_LABELS = {
    Agreement.CONTRADICTED.value: AGREEMENT_WHOLE[Agreement.CONTRADICTED.value],
    Agreement.MIXED.value: AGREEMENT_WHOLE[Agreement.MIXED.value],
    Agreement.INCONCLUSIVE.value: AGREEMENT_WHOLE[Agreement.INCONCLUSIVE.value],
    Agreement.CONSISTENT.value: AGREEMENT_WHOLE[Agreement.CONSISTENT.value],
    "finding": "A research finding",
    "none": "No research answers it",
}
OVERREACH_LABELS = {
    OverreachKind.CAUSAL_FROM_ASSOCIATION.value: "Cause claimed, association found",
    OverreachKind.LINK_NOT_FOUND.value: "Link claimed, none found",
    OverreachKind.EFFECT_NOT_FOUND.value: "Benefit claimed, trials found no significant effect",
    OverreachKind.CERTAINTY_BEYOND_RESEARCH.value: "Certainty the research does not have",
}

EVIDENCE_LABELS = {
    EvidenceType.CITED_RESEARCH: "Cited research",
    EvidenceType.NAMED_STUDY: "Named study, untraceable",
    EvidenceType.WEB_REFERENCE: "Web reference",
    EvidenceType.RESEARCH_APPEAL: "Appeal to research",
    EvidenceType.EXPERT_OPINION: "Expert opinion",
    EvidenceType.TESTIMONIAL: "Testimonial",
    EvidenceType.MARKETING: "Marketing",
    EvidenceType.ASSERTION: "Bare assertion",
}
EVIDENCE_HELP = {
    EvidenceType.CITED_RESEARCH: (
        "backed by a study a reader can trace (DOI, PMID or full reference), or reported by the study itself"
    ),
    EvidenceType.NAMED_STUDY: "a study is mentioned, but not so that anyone could find it",
    EvidenceType.WEB_REFERENCE: "points at web pages, not studies",
    EvidenceType.RESEARCH_APPEAL: "“research shows”, with nothing specific",
    EvidenceType.EXPERT_OPINION: "a clinician's own experience or view",
    EvidenceType.TESTIMONIAL: "a first-person endorsement on a seller's page",
    EvidenceType.MARKETING: "the seller's claim about what it sells",
    EvidenceType.ASSERTION: "stated with no support at all",
}
KIND_LABELS = {
    SourceKind.VENDOR: "Vendor",
    SourceKind.CLINIC: "Clinic",
    SourceKind.BLOG: "Blog",
    SourceKind.NEWS: "News",
    SourceKind.PATIENT_EDUCATION: "Patient education",
    SourceKind.RESEARCH: "Research",
    SourceKind.OTHER: "Other",
}
STRENGTH_LABELS = {
    Strength.DIRECT_CAUSAL.value: "States cause and effect",
    Strength.CONDITIONAL_CAUSAL.value: "Says it can or may cause",
    Strength.CORRELATIONAL.value: "States a link, not a cause",
    Strength.NONE.value: "No causal wording",
}
STRENGTH_HELP = {
    Strength.DIRECT_CAUSAL.value: "“X causes Y”, “X relieves Y”: said as a fact, with no hedge",
    Strength.CONDITIONAL_CAUSAL.value: "“X may cause Y”, “X can help Y”: cause and effect, hedged",
    Strength.CORRELATIONAL.value: "“X is linked to Y”: the two go together, which does not say one causes the other",
    Strength.NONE.value: "the sentence names both things without saying how they are related",
}
# What the abbreviation of each kind of figure stands for, shown where the figure is (Figure.kind).
FIGURE_TERMS = {
    "OR": "odds ratio: how much more likely in one group than the other (1 = no difference)",
    "RR": "risk ratio: how much more likely in one group than the other (1 = no difference)",
    "HR": "hazard ratio: how much sooner or more often in one group than the other (1 = no difference)",
    "SMD": "standardised mean difference: how far apart the groups' averages are (0.2 small, 0.5 moderate, 0.8 large)",
    "MD": "mean difference: how far apart the groups' averages are, in the measure's own units",
    "P": "P value: the chance of a result this large if there were really no effect (under 0.05: significant)",
}
