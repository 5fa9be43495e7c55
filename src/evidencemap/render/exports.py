"""Machine-readable exports: the dataset as JSON (with its schema), CSV and GraphML.

Every export is serialised deterministically (fixed key order, sorted
records, no timestamps) so the same content always gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from pydantic import BaseModel

from evidencemap.link.graph import EvidenceGraph
from evidencemap.model import EvidenceDataset

CSV_FIELDS = (
    "id",
    "source",
    "source_kind",
    "quote",
    "line",
    "subject",
    "relation",
    "object",
    "negated",
    "mechanism",
    "cause",
    "intervention",
    "outcome",
    "strength",
    "evidence",
    "commercial_interest",
    "commercial_reason",
    "origin",
    "citations",
)
CHUNK = 1 << 16  # characters per piece of a streamed export: few writes, little held


def _encoded(pieces: Iterable[str]) -> Iterator[bytes]:
    """``pieces`` joined into UTF-8 chunks of about ``CHUNK`` characters."""
    batch: list[str] = []
    length = 0
    for piece in pieces:
        batch.append(piece)
        length += len(piece)
        if length >= CHUNK:
            yield "".join(batch).encode("utf-8")
            batch, length = [], 0
    if batch:
        yield "".join(batch).encode("utf-8")


def dataset_json(graph: EvidenceGraph) -> bytes:
    """``data/evidence.json``: the whole map, as one bytes object (see ``dataset_json_chunks``)."""
    return b"".join(dataset_json_chunks(graph))


def dataset_json_chunks(graph: EvidenceGraph) -> Iterator[bytes]:
    """``data/evidence.json`` in pieces, to be written as they are made.

    Serialised one record at a time, in the layout of
    ``json.dumps(dataset, indent=1)``, so that a map of 10,000 sources (a file
    of over 100 MB) is never held whole, nor as a second, dict-shaped copy of
    itself next to the models. Each record is written by pydantic's own
    serialiser (``model_dump_json``), which is an order of magnitude faster
    than building a dict and handing it to ``json``.
    """
    return _encoded(_dataset_pieces(graph))


def _dataset_pieces(graph: EvidenceGraph) -> Iterator[str]:
    dataset = graph.dataset
    yield "{\n"
    for number, name in enumerate(type(dataset).model_fields):
        value = getattr(dataset, name)
        yield (",\n" if number else "") + f" {json.dumps(name)}: "
        if isinstance(value, (list, tuple)) and value and all(isinstance(item, BaseModel) for item in value):
            yield "[\n"
            for index, item in enumerate(value):
                yield (",\n" if index else "") + "  " + item.model_dump_json(indent=1).replace("\n", "\n  ")
            yield "\n ]"
        else:
            yield json.dumps(
                dataset.model_dump(mode="json", include={name})[name], ensure_ascii=False, indent=1
            ).replace("\n", "\n ")
    yield "\n}\n"


def dataset_schema() -> bytes:
    """``data/evidence.schema.json``: JSON Schema generated from the models."""
    schema = EvidenceDataset.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return (json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def claims_csv(graph: EvidenceGraph) -> bytes:
    """``data/claims.csv``: one row a claim, for spreadsheets (as one bytes object)."""
    return b"".join(claims_csv_chunks(graph))


# A spreadsheet runs a cell that begins with one of these as a formula (OWASP, "CSV injection"): a quote from a page
# could then fetch a URL with the sheet's data in it. Such a cell is written with a leading apostrophe, which the
# spreadsheet shows as text; data/evidence.json keeps every quote verbatim.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """``value`` as a CSV cell no spreadsheet will run: text that would start a formula gets a leading "'"."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def claims_csv_chunks(graph: EvidenceGraph) -> Iterator[bytes]:
    """``data/claims.csv`` in pieces, to be written as they are made (it grows with every claim)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for claim in graph.dataset.claims:
        source = graph.sources[claim.source]
        row = [
            claim.id,
            claim.source,
            source.kind.value,
            claim.quote,
            claim.location.line,
            claim.subject,
            claim.relation.value,
            claim.object,
            str(claim.negated).lower(),
            " > ".join(claim.mechanism),
            claim.cause or "",
            claim.intervention or "",
            claim.outcome or "",
            claim.strength.value,
            claim.evidence.value,
            str(claim.commercial_interest).lower(),
            claim.commercial_reason or "",
            claim.origin.value,
            " ".join(claim.citations),
        ]
        writer.writerow([spreadsheet_safe(cell) for cell in row])
        if out.tell() >= CHUNK:
            yield out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
    yield out.getvalue().encode("utf-8")


def graphml(graph: EvidenceGraph) -> bytes:
    """``data/evidence.graphml``: concepts and claim edges, for Gephi and Cytoscape."""
    keys = [
        ("label", "node", "string"),
        ("kind", "node", "string"),
        ("broader", "node", "string"),
        ("provisional", "node", "boolean"),
        ("relation", "edge", "string"),
        ("negated", "edge", "boolean"),
        ("best_evidence", "edge", "string"),
        ("claims", "edge", "int"),
        ("sources", "edge", "int"),
        ("source_ids", "edge", "string"),
    ]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for name, domain, kind in keys:
        lines.append(f'  <key id="{name}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>')
    lines.append('  <graph id="evidence" edgedefault="directed">')
    used = sorted({e.source for e in graph.edges} | {e.target for e in graph.edges})
    for concept_id in used:
        concept = graph.concepts[concept_id]
        lines.append(f"    <node id={quoteattr(concept.id)}>")
        lines.append(
            f'      <data key="label">{escape(concept.label)}</data><data key="kind">{concept.kind.value}</data>'
            f'<data key="broader">{escape(concept.broader or "")}</data>'
            f'<data key="provisional">{str(concept.provisional).lower()}</data>'
        )
        lines.append("    </node>")
    for index, edge in enumerate(graph.edges):
        lines.append(f'    <edge id="e{index}" source={quoteattr(edge.source)} target={quoteattr(edge.target)}>')
        lines.append(
            f'      <data key="relation">{edge.relation.value}</data>'
            f'<data key="negated">{str(edge.negated).lower()}</data>'
            f'<data key="best_evidence">{edge.best_evidence.value}</data><data key="claims">{len(edge.claims)}</data>'
            f'<data key="sources">{len(edge.sources)}</data>'
            f'<data key="source_ids">{escape(" ".join(edge.sources))}</data>'
        )
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Export:
    """One file of ``data/``: its path and how it is made from the map, whole or in pieces (an iterable of bytes).

    ``code_only``: made from the models alone, so it changes only with the code (which a build's global key covers),
    and a build may take the last build's file unread (pydantic takes a twentieth of a second to make the schema)."""

    path: str
    make: Callable[[EvidenceGraph], bytes | Iterable[bytes]]
    code_only: bool = False


# Every machine-readable file of the site; a new export is its function and a row here. The two that grow with the map
# come in pieces, made as they are written.
EXPORTS = (
    Export("data/evidence.json", dataset_json_chunks),
    Export("data/evidence.schema.json", lambda graph: dataset_schema(), code_only=True),
    Export("data/claims.csv", claims_csv_chunks),
    Export("data/evidence.graphml", graphml),
)
