"""Stage 2, extract: one Document in, its claims and citations out.

``extract`` is a pure function of a document and a lexicon: no I/O, no global
state, no clock. That makes it cacheable by content hash and safe to run in
parallel over processes. It reads the document block by block and runs the
sentence rules of rules.py, in order, on each sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from evidencemap.content.document import Document
from evidencemap.content.lexicon import Lexicon
from evidencemap.extract.reading import Reading
from evidencemap.extract.records import Extraction, Unresolved
from evidencemap.extract.rules import SENTENCE_RULES, Rule
from evidencemap.extract.sentences import split_sentences

__all__ = ["SENTENCE_RULES", "Extraction", "Rule", "Unresolved", "extract"]


def extract(document: Document, lexicon: Lexicon, rules: Sequence[tuple[str, Rule]] = SENTENCE_RULES) -> Extraction:
    """Extract the claims and citations of one document, running ``rules`` on every sentence that may hold a claim."""
    reading = Reading.of(document, lexicon)
    for block in document.blocks:
        if not reading.enter_block(block):
            continue
        for start, end in split_sentences(block.text):
            if reading.begin_sentence(start, end):
                for _name, rule in rules:
                    rule(reading)
        reading.end_block()
    return reading.extraction()
