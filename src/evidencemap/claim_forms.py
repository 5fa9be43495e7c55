"""The records people write about claims, made from the fields of ``Claim`` itself.

A curator's edit, a claim a curator adds, and a gold claim for ``eval`` all
state what a claim says. Written out by hand in each, a field's type or
constraint drifted; made from ``Claim``'s own fields, they cannot.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Annotated, Any

from pydantic import Field, create_model

from evidencemap.model import Claim, Record

# What a person states about a claim: its words, what it says, how strongly and on what evidence. Defined once, by
# Claim; the records people write (a curator's edit or added claim, a gold claim for ``eval``) are made from these
# fields, so a field's type and constraints cannot differ between them.
STATED_FIELDS = (
    "quote",
    "subject",
    "relation",
    "object",
    "negated",
    "strength",
    "mechanism",
    "evidence",
    "commercial_interest",
    "note",
)


def claim_fields(
    names: Iterable[str],
    optional: bool = False,
    defaults: Mapping[str, Any] | None = None,
    replaced: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Definitions of Claim's fields ``names`` for ``claim_record``: with Claim's types and constraints, each
    ``None`` by default when ``optional`` (a record of changes), else with Claim's default or one of ``defaults``.
    ``replaced`` gives a field a definition of its own where a form asks more of it than a claim does."""
    definitions: dict[str, Any] = {}
    for name in names:
        if replaced and name in replaced:
            definitions[name] = replaced[name]
            continue
        info = Claim.model_fields[name]
        kind = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
        if optional:
            definitions[name] = (kind | None, None)
        elif defaults and name in defaults:
            definitions[name] = (kind, Field(defaults[name], description=info.description))
        elif info.default_factory is not None:
            definitions[name] = (kind, Field(default_factory=info.default_factory, description=info.description))
        elif info.is_required():
            definitions[name] = (kind, Field(description=info.description))
        else:
            definitions[name] = (kind, Field(info.default, description=info.description))
    return definitions


def claim_record(name: str, doc: str, fields: Mapping[str, Any], module: str) -> type[Record]:
    """A record (strict, frozen) made of ``fields`` from ``claim_fields``."""
    record = create_model(name, __base__=Record, __module__=module, **fields)  # type: ignore[call-overload]
    record.__doc__ = doc
    return record
