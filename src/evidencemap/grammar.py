"""English agreement for the sentences the site writes from records: "flat feet are linked to", "insoles do not".

A claim title is built from two concept labels and a relation, so its verb must
agree with the subject's label, which only the label tells. The head of an
English noun phrase is its last word before any prepositional phrase ("pain in
the knee" is about "pain"), and a head ending in a plain -s is plural, with the
exceptions listed below as data. Coordination counts: "ice and heat" are two
things, "ice or heat" agrees with the nearer one, "leg and hip rotation" is one
rotation. A lexicon entry may state its number (``number: singular``) where a
name misleads, as brand names ending in s do.
"""

from __future__ import annotations

import re

# Singular nouns that end in a plain -s (the endings -ss, -us and -is are singular already: stress, lupus, arthritis).
SINGULAR_IN_S = frozenset(
    {
        "news", "diabetes", "measles", "mumps", "rabies", "herpes", "rickets", "scabies", "shingles", "series",
        "species", "genetics", "ergonomics", "aerobics", "pilates", "athletics", "gymnastics", "physics",
        "economics", "politics", "lens", "bias", "gas", "atlas", "pancreas", "chaos", "means", "thermos",
    }
)  # fmt: skip
# Plurals without a final -s.
IRREGULAR_PLURALS = frozenset(
    {
        "feet", "teeth", "children", "people", "men", "women", "mice", "geese", "lice", "data", "criteria",
        "bacteria", "phenomena", "vertebrae", "larvae", "fungi", "nuclei", "stimuli", "cacti", "menisci",
    }
)  # fmt: skip
# Phrases joined by "and" that name one thing.
ONE_THING_PHRASES = ("wear and tear", "rest and recovery", "rock and roll", "trial and error")
# Words that open a prepositional phrase after the head noun: "pain [in the knee]", "feedback [from the feet]".
PREPOSITIONS = frozenset(
    {
        "of", "in", "on", "at", "from", "with", "without", "for", "to", "during", "after", "before", "under",
        "between", "around", "near", "across", "through", "into", "onto", "by", "due", "caused", "among",
    }
)  # fmt: skip

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


def head_of(label: str) -> list[str]:
    """The words of ``label`` before its first prepositional phrase (at least the first word)."""
    words = _WORD.findall(label)
    for index, word in enumerate(words):
        if index > 0 and word.lower() in PREPOSITIONS:
            return words[:index]
    return words


def word_is_plural(word: str) -> bool:
    """A head noun's number, from its form: "orthoses", "feet" and "NSAIDs" are plural; "AIDS" and "stress" not."""
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    if lower in SINGULAR_IN_S or (len(word) > 1 and word.isupper()) or lower.endswith(("'s", "’s")):
        return False
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def label_is_plural(label: str) -> bool:
    """Whether a verb after ``label`` takes the plural: "flat feet are", "ice and heat are", "ice or heat is"."""
    phrase = " ".join(head_of(label))
    for one_thing in ONE_THING_PHRASES:
        phrase = re.sub(re.escape(one_thing), one_thing.replace(" ", "_"), phrase, flags=re.IGNORECASE)
    phrase = re.split(r"\s+or\s+", phrase)[-1]  # "ice or heat" agrees with the nearer: "heat is"
    before, joined, after = phrase.partition(" and ")
    if joined and (len(before.split()) > 1 or len(after.split()) == 1):
        return True  # two things: "ice and heat", "external support and cushioning"
    words = (after or before).split()
    return bool(words) and word_is_plural(words[-1].replace("_", " ").split()[-1])


def sentence_case(text: str) -> str:
    """``text`` with a capital first letter and every other letter as written ("FoosFoot", "Achilles" kept)."""
    return text[:1].upper() + text[1:]
