"""Fast thumbs: a word with two letters swapped, or two words run together, is read as meant.

Children type on a phone in a hurry: two letters swapped ("punhced", "becuase"), two words run
together ("hitme", "mystepdad"). The rules are written in whole words, so one slip in the one word
that matters hides a disclosure: with two swaps in each line of three blind hands' serious lines
(tests/surveys/test_concern_typos.py), the rules alone found 940 of the 1305 they found
whole; mended, 1239. With two pairs of words run together, 848 and 1178.

A word is mended only when it is unknown (in no rule, no saying and no word the learned layer
was trained on, nor such a word with an ending: "stepbrothers" when "stepbrother" is known), at
least five letters long, and exactly one word of the rules is that word with two neighbouring
letters swapped back; a run-together word is split only where both parts are known and one is a
word of the rules, and only if one split does. Other slips (a letter missed, one too many, one
for another) are left alone: mended towards the rules' words, ordinary words became words of
harm ("grape", "ropes", "debits"), where a swap of two letters in a word of five or more almost
never makes another word. Only the rules read the mended words; the learned layer reads the
words as typed, as it was trained. The vocabulary is built once, on first use
(``surveys.on_first_use``), from the phrase lists, the clauses, the sayings and the shipped
model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from surveys import concern_learning, concern_sources
from surveys.concern_clauses import CLAUSES
from surveys.concern_idioms import IDIOMS
from surveys.concern_speak import SPEAK, spelled
from surveys.on_first_use import OnFirstUse

__all__ = ["VOCABULARY", "Vocabulary", "mended", "mended_text"]

# Shorter words are left alone: a swap in a four-letter word is too often another word.
SHORTEST: Final = 5
# The shortest part a run-together word may be split into ("hit" + "me" is allowed, "a" is not).
SHORTEST_PART: Final = 2
_LETTERS: Final = re.compile(r"[a-z]+")
# A known word with one of these endings or beginnings is known too ("stepbrothers" when
# "stepbrother" is, "unlocked" when "locked" is): it is a word, not two run together.
_ENDINGS: Final = ("s", "es", "ed", "d", "ing", "er", "ly")
_BEGINNINGS: Final = ("un", "re", "dis", "mis", "over", "under", "out", "up", "in", "non", "pre",
                      "self", "step", "half", "grand", "god")


@dataclass(frozen=True)
class Vocabulary:
    """The words the detector knows, and those of them the rules read."""

    known: frozenset[str]
    rules: frozenset[str]


def _words_of(patterns: Iterable[str]) -> set[str]:
    # Syntax letters ("a-z" in a class, "s" after a backslash) are single letters, left out.
    return {word for pattern in patterns for word in _LETTERS.findall(spelled(pattern))
            if len(word) >= SHORTEST_PART}


def _build() -> Vocabulary:
    patterns = [p for c in concern_sources.CATEGORIES for p in concern_sources.phrases(c)]
    patterns += [part for clause in CLAUSES for part in clause.parts]
    rules = _words_of(patterns)
    learned = {gram[2:] for gram in concern_learning.shipped().weights if gram.startswith("w:")}
    sayings = _words_of(p for ps in IDIOMS.values() for p in ps)
    return Vocabulary(known=frozenset(rules | learned | sayings | set(SPEAK)),
                      rules=frozenset(rules))


VOCABULARY: Final = OnFirstUse("words the rules read", _build)


def _only(candidates: Iterable[str]) -> str | None:
    found = set(candidates)
    return found.pop() if len(found) == 1 else None


def _plausible(first: str, second: str, rules: frozenset[str]) -> bool:
    """Whether a split with a part as short as two letters reads as two words: the other part
    is a rule word, and either the short part is one too ("hit" + "me") or the other has four
    letters or more ("mums" + "bf"). The learned layer knows many short words in many
    languages, and "neath" is a town, not "ne" + "ath", "bonnie" a dog, not "bo" + "nie"."""
    for short, other in ((first, second), (second, first)):
        if len(short) <= SHORTEST_PART and not (
            other in rules and (short in rules or len(other) >= 4)
        ):
            return False
    return True


def mended(word: str) -> str:
    """``word`` as the rules would read it: itself, a rule word one slip away, or two words."""
    if len(word) < SHORTEST or not word.isalpha():
        return word
    vocabulary = VOCABULARY.get()
    known = vocabulary.known
    if (word in known
            # A known word with its final g dropped ("screenshottin") is read by the phrase
            # lists as it is: split, it would lose its reading ("screenshot in").
            or (word.endswith("in") and word + "g" in known)
            or any(word.endswith(end) and word[: -len(end)] in known for end in _ENDINGS)
            or any(word.startswith(start) and word[len(start):] in known
                   for start in _BEGINNINGS)):
        return word
    rules = vocabulary.rules
    swapped = (word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1))
    if (only := _only(w for w in swapped if w in rules)) is not None:
        return only
    splits = [
        (word[:i], word[i:]) for i in range(SHORTEST_PART, len(word) - SHORTEST_PART + 1)
        if word[:i] in known and word[i:] in known
        and (word[:i] in rules or word[i:] in rules)
    ]
    if len(splits) != 1 or not _plausible(*splits[0], rules):
        return word
    return " ".join(splits[0])


def mended_text(plain: str) -> str:
    """Normalised text with each word :func:`mended`: what the rules read (never the learned
    layer, which was trained on the words as typed)."""
    return " ".join(mended(word) for word in plain.split(" "))
