"""Which kinds of concept may stand where in a claim."""

from __future__ import annotations

from evidencemap.model import ConceptKind

# What a claim can act on or bring about: a problem, a factor, a mechanism (not a remedy, not a product).
ACTIVE_OBJECT_KINDS = frozenset({ConceptKind.CONDITION, ConceptKind.FACTOR, ConceptKind.MECHANISM})
# What one does or buys: the doers of treatment claims, never the effect of a cause.
DOABLE_KINDS = frozenset({ConceptKind.INTERVENTION, ConceptKind.PRODUCT})
