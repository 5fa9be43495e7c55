"""Store what records repeat once: field-name sets and equal strings.

Why: a large map is tens of thousands of claims and as many other records,
all pydantic models, held for the whole build and read by every
forked render worker (which copies each memory page it touches, reference
counts being writes). Two things made them several times larger than their
data:

- pydantic gives every instance its own set of the names of the fields it was
  given (``model_fields_set``), larger than a claim's own values;
- records unpickled from per-source cache entries each carry their own copy of
  strings that are equal across sources (concept ids, source ids, evidence
  reasons, study summaries).

``Sharer`` points every record the build keeps (unpickled from a worker or
the cache, or made by linking) at the one set per (model, field names) and at
one string per distinct text. It is applied by the build, around the stages,
so that the records themselves stay plain data.
Values stay equal, so nothing a record says changes; only where it is kept. The
shared sets are never written: every record here is frozen (``Record``), so
pydantic refuses an assignment before it would record the field as set, and
``model_copy`` copies the set before updating it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel

# One set of field names per (model, names); a handful of entries for the whole program.
_SETS: dict[tuple[type, frozenset[str]], set[str]] = {}


def share_fields(record: BaseModel) -> None:
    """Point ``record`` at the shared set of its given field names."""
    fields = record.__pydantic_fields_set__
    shared = _SETS.setdefault((type(record), frozenset(fields)), fields)
    if shared is not fields:
        object.__setattr__(record, "__pydantic_fields_set__", shared)


class Sharer:
    """Remembers the sets and strings seen so far; records passed to ``records`` are made to use them."""

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        # ids of the records already done, so a record passed again (most of the linked map's claims are the
        # records extraction made) costs a lookup, not a walk. Should an id be reused by a later record, that
        # record merely keeps its own copies: sharing saves memory and never changes a value.
        self._done: set[int] = set()

    def string(self, text: str) -> str:
        """The one kept copy of ``text``."""
        return self._strings.setdefault(text, text)

    def records(self, records: Iterable[Any]) -> None:
        """Share the field sets and strings of ``records`` (and of the records they hold), in place."""
        done = self._done
        for record in records:
            if isinstance(record, BaseModel) and id(record) not in done:
                done.add(id(record))
                self._record(record)

    def _record(self, record: BaseModel) -> None:
        share_fields(record)
        values = record.__dict__
        strings = self._strings
        for name, value in values.items():
            kind = type(value)
            if kind is str:
                kept = strings.setdefault(value, value)
                if kept is not value:
                    values[name] = kept
            elif kind is list:
                for index, item in enumerate(value):
                    if type(item) is str:
                        kept = strings.setdefault(item, item)
                        if kept is not item:
                            value[index] = kept
                    elif isinstance(item, BaseModel):
                        self._record(item)
            elif isinstance(value, BaseModel):
                self._record(value)


@contextlib.contextmanager
def collector_spares(pause: bool = False) -> Iterator[None]:
    """Keep the cyclic garbage collector off every object alive now (the map's records) while the block runs.

    A large map is millions of objects, and each full collection walks all of
    them again, though none of them is garbage. ``gc.freeze`` moves them out of
    the collector's sight;
    forked render workers then also leave their shared pages unwritten. Leaving
    the block gives them back, so a long-lived process (``serve``) still frees
    the cycles of old builds.

    ``pause`` also stops the collector for the block: for decoding and linking,
    which make the map's records. Those are millions of new objects that all
    live to the end of the build, with almost no cyclic garbage among them, yet
    each collection of the older generations walked them all again, a cost that
    grows faster than the map (README, "Speed", has the measurements). A full
    collection first frees what earlier builds left. Rendering keeps the
    collector on: pages leave cycles behind.
    """
    paused = pause and gc.isenabled()
    # Objects frozen already are the caller's (an application that froze its own before forking, say): unfreezing
    # at the end would release theirs with ours, so then nothing is frozen here, and their objects stay as they were.
    freezing = gc.get_freeze_count() == 0
    if paused:
        # What earlier builds left in cycles (the last map of a long-lived process, ``serve``) must be freed now: frozen
        # with the live objects, and then never collected while paused, it would stay, a map more every rebuild.
        gc.collect()
    try:
        if freezing:
            gc.freeze()
        if paused:
            gc.disable()
        yield
    finally:
        try:
            if freezing:
                gc.unfreeze()
        finally:
            if paused:
                gc.enable()
