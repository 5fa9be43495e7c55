"""Page fingerprints: a digest of everything a page is made from, to skip rendering unchanged pages.

Why: after adding one source to a map of 1,000, most claim, source and concept
pages come out byte-identical, and rendering them again is most of a rebuild.
A page is a pure function of its template (and the theme, code, config and
lexicon, which the build's global key covers) and of its context. So the
context, reduced to a digest, tells whether the page can differ from the one
the previous build wrote: equal digests, equal pages.

The digest must see everything the template shows. Templates read records
through the context, and a record brings what its list item shows with it:

- a claim: its fields, the labels of its concepts, its source's record, the
  research's verdict on it and any overreach (the badges of ``claim_item``), and
  its assertion, whose page every link to the claim leads into;
- a source: its fields and the labels of what it sells;
- any other record: its fields.

A context holding something the digest cannot read (a function, an object of
an unknown type) gets no fingerprint, and its page is always rendered: never
wrong, only slower. Tests compare incremental builds with clean ones byte for
byte after edits of every kind.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from enum import Enum
from typing import Any

from pydantic import BaseModel

from evidencemap.link.graph import EvidenceGraph
from evidencemap.model import Claim, Source
from evidencemap.render.page import Shared


class Unreadable(Exception):
    """The context holds something the fingerprint cannot see into."""


class Fingerprinter:
    """Digests of page contexts for one linked map; records are digested once and remembered."""

    def __init__(self, graph: EvidenceGraph, label: Callable[[str | None], str]) -> None:
        self.graph = graph
        self.label = label
        self._records: dict[int, bytes] = {}  # id(record) -> digest; every record lives as long as the graph
        self._shared_digests: dict[Any, bytes] = {}  # key -> digest of a part many pages share (see ``_shared``)

    def page(self, template: str, context: dict[str, Any]) -> str | None:
        """The fingerprint of a page rendered from ``template`` with ``context``, or None if it cannot be made."""
        digest = hashlib.blake2b(template.encode(), digest_size=16)
        try:
            self._feed(context, digest.update)
        except Unreadable:
            return None
        return digest.hexdigest()

    def value(self, value: Any) -> str:
        """The digest of one value (records read as the pages' fingerprints read them); raises Unreadable."""
        digest = hashlib.blake2b(digest_size=16)
        self._feed(value, digest.update)
        return digest.hexdigest()

    def _shared(self, part: Shared) -> bytes:
        """The digest of a part many pages share (render's ``Shared``), made the first time its key is met.

        ``part.key`` names everything ``part.make`` reads that can differ, so one digest per key serves the build."""
        found = self._shared_digests.get(part.key)
        if found is None:
            digest = hashlib.blake2b(digest_size=16)
            self._feed(part.make(), digest.update)
            found = self._shared_digests[part.key] = digest.digest()
        return found

    def _record(self, record: BaseModel) -> bytes:
        key = id(record)
        found = self._records.get(key)
        if found is None:
            digest = hashlib.blake2b(record.model_dump_json().encode(), digest_size=16)
            digest.update(type(record).__name__.encode())
            if isinstance(record, Claim):
                self._claim_extras(record, digest.update)
            elif isinstance(record, Source):
                for concept in record.sells:
                    digest.update(f"\0sells:{self.label(concept)}".encode())
            found = self._records[key] = digest.digest()
        return found

    def _claim_extras(self, claim: Claim, feed: Callable[[bytes], object]) -> None:
        """What a claim's list item shows beyond the claim's own fields."""
        g = self.graph
        concepts = (claim.subject, claim.object, *claim.mechanism, claim.cause, claim.intervention, claim.outcome)
        feed(b"\0labels:" + "\x1f".join(self.label(c) for c in concepts).encode())
        source = g.sources.get(claim.source)
        feed(self._record(source) if source is not None else b"\0no source")
        feed(f"\0agreement:{g.agreement_of(claim.id)}".encode())
        feed(f"\0assertion:{g.assertion_of_claim.get(claim.id)}".encode())
        for flag in g.overreach_of.get(claim.id, []):
            feed(self._record(flag))

    def _feed(self, value: Any, feed: Callable[[bytes], object]) -> None:
        """Feed ``value`` to the digest in a form that tells apart every two different values.

        Runs for every value of every page's context, so the common types are
        dispatched on their exact type before the general isinstance checks."""
        kind = type(value)
        if isinstance(value, str):
            feed(b"\0s%d:" % len(value) + value.encode("utf-8", "surrogatepass"))
        elif kind is list or kind is tuple:
            feed(b"\0[%d" % len(value))
            for item in value:
                if isinstance(item, BaseModel):
                    feed(b"\0r" + self._record(item))
                else:
                    self._feed(item, feed)
        elif isinstance(value, BaseModel):
            feed(b"\0r" + self._record(value))
        elif kind is Shared:
            feed(b"\0D" + self._shared(value))
        elif value is None or kind is bool or kind is int or kind is float:
            feed(f"\0{value!r}".encode())
        elif isinstance(value, Enum):
            feed(f"\0e{value.value!r}".encode())
        elif isinstance(value, dict):
            feed(f"\0{{{len(value)}".encode())
            for key, item in value.items():
                self._feed(key, feed)
                self._feed(item, feed)
        else:
            self._feed_rare(value, feed)

    def _feed_rare(self, value: Any, feed: Callable[[bytes], object]) -> None:
        """``_feed`` for the types contexts seldom hold: subclasses of list and tuple, sets, dataclasses."""
        if isinstance(value, (list, tuple)):
            self._feed(list(value), feed)
        elif isinstance(value, (set, frozenset)):
            feed(f"\0<{len(value)}".encode())
            for item in sorted(value, key=repr):
                self._feed(item, feed)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            feed(f"\0d{type(value).__name__}".encode())
            for f in dataclasses.fields(value):
                self._feed(getattr(value, f.name), feed)
        else:
            raise Unreadable(type(value).__name__)
