"""A proposition made a Claim: its stable id, its place in the text, its evidence and any commercial interest."""

from __future__ import annotations

import hashlib

from evidencemap.content.document import Block
from evidencemap.content.lexicon import Lexicon
from evidencemap.extract.claims import Proposition
from evidencemap.extract.evidence import EvidenceCall
from evidencemap.extract.findings import parse_figures
from evidencemap.extract.verdict import comparator, finding_verdict, population
from evidencemap.model import Citation, Claim, ConceptKind, Location, Source, SourceKind, Verdict
from evidencemap.vocabulary import BENEFIT, INTERVENTION_KINDS

# Verdicts that deny the effect or link has been shown: the finding's claim reads as negated.
NOT_SHOWN = frozenset({Verdict.NO_DIFFERENCE, Verdict.NO_ASSOCIATION, Verdict.INSUFFICIENT})


def make_claim(
    source: Source,
    block: Block,
    start: int,
    end: int,
    sentence: str,
    prop: Proposition,
    intervention: str | None,
    call: EvidenceCall,
    interest: bool,
    interest_reason: str | None,
    citations: list[Citation],
    seen_ids: dict[str, int],
    lexicon: Lexicon,
) -> Claim:
    """Assemble a Claim record with a stable id."""
    key = f"{sentence}|{prop.subject}|{prop.relation.value}|{prop.object}|{prop.negated}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    count = seen_ids.get(digest, 0)
    seen_ids[digest] = count + 1
    claim_id = f"{source.id}-{digest}" + (f"-{count + 1}" if count else "")
    treatment = prop.relation in BENEFIT
    figures = parse_figures(sentence)
    reading = _finding_reading(source, sentence, prop, figures, lexicon)
    return Claim(
        id=claim_id,
        source=source.id,
        quote=sentence,
        location=Location(block=block.index, line=block.line_at(start), start=start, end=end),
        subject=prop.subject,
        relation=prop.relation,
        object=prop.object,
        negated=prop.negated if reading is None else reading["verdict"] in NOT_SHOWN,
        mechanism=prop.mechanism,
        cause=None if treatment else prop.subject,
        intervention=intervention,
        outcome=prop.object,
        strength=prop.strength,
        evidence=call.evidence,
        evidence_reason=call.reason,
        commercial_interest=interest,
        commercial_reason=interest_reason,
        citations=[c.id for c in citations],
        figures=figures,
        **(reading or {}),
    )


def _finding_reading(
    source: Source, sentence: str, prop: Proposition, figures: list, lexicon: Lexicon
) -> dict[str, object] | None:
    """For a research source's finding: its verdict, subgroup and comparator (None for any other source)."""
    if source.kind != SourceKind.RESEARCH:
        return None
    subject = lexicon.concepts.get(prop.subject)
    intervention_subject = subject is not None and subject.kind in INTERVENTION_KINDS
    verdict = finding_verdict(sentence, prop.relation, prop.negated, figures, intervention_subject)
    return {"verdict": verdict, "population": population(sentence), "comparator": comparator(sentence)}


def commercial_interest(source: Source, intervention: str | None, lexicon: Lexicon) -> tuple[bool, str | None]:
    """The source sells the claim's intervention, or a narrower product of it."""
    if intervention is None:
        return False, None
    who = source.publisher or source.title
    for sold in source.sells:
        if lexicon.is_within(sold, intervention) or lexicon.is_within(intervention, sold):
            sold_label = lexicon.concepts[sold].label if sold in lexicon.concepts else sold
            if sold == intervention:
                return True, f"{who} sells {sold_label}"
            if lexicon.is_within(sold, intervention):
                return True, f"{who} sells {sold_label}, a kind of {lexicon.concepts[intervention].label}"
            return True, f"{who} sells {sold_label}, which includes {lexicon.concepts[intervention].label}"
        if _named_as_kind_of(intervention, sold, lexicon):
            return True, f"{who} sells {_name(sold, lexicon)}, which includes {lexicon.concepts[intervention].label}"
    concept = lexicon.concepts.get(intervention)
    if source.selling_signs and concept is not None and concept.kind == ConceptKind.PRODUCT:
        # the page sells, and the claim is about a product, though the source names nothing it sells
        return True, f"{who} sells on this page (“{source.selling_signs[0]}”) and the claim is about a product"
    return False, None


def _name(concept_id: str, lexicon: Lexicon) -> str:
    """A concept's label; for an id the lexicon does not hold (what a source says it sells), its words."""
    return lexicon.concepts[concept_id].label if concept_id in lexicon.concepts else concept_id.replace("-", " ")


def _named_as_kind_of(intervention: str, sold: str, lexicon: Lexicon) -> bool:
    """A provisional concept whose name ends in the name of what the source sells is a kind of it: "our gel
    insoles" on a page that sells insoles. The lexicon has not placed a provisional concept under anything yet, so
    its name is all there is to go on; a concept a curator has placed is judged by the lexicon alone."""
    concept = lexicon.concepts.get(intervention)
    if concept is None or not concept.provisional:
        return False
    sold_name, name = _name(sold, lexicon).lower(), concept.label.lower()
    # "sells insole" and "gel insoles" (and the other way round) name the same thing
    return any(name.endswith(" " + form) for form in {sold_name, sold_name + "s", sold_name.removesuffix("s")} if form)
