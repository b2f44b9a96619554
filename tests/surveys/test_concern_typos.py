"""Fast thumbs: two letters swapped or two words run together, read as meant by the rules.

``surveys/concern_typos.py`` mends an unknown word of five letters or more that is one swap of
two neighbouring letters from exactly one word of the rules, and splits a run-together word
where exactly one split gives two known words, one of them the rules'. Here: the mending itself,
a disclosure typed in a hurry, three blind hands' serious lines with two swaps or two joins in
each (the rules alone, mended and not), and every ordinary answer of the corpora read the same
with and without it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.safeguarding import lines_of
from surveys import concern_typos
from surveys.concern_typos import mended, mended_text
from surveys.concerns import URGENT, detect

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
HANDS = ("third_hand", "ninth_hand", "tenth_hand")
NOT_SERIOUS = frozenset({"ordinary", "split", "bullying", "upset"})


@pytest.mark.parametrize(("typed", "meant"), [
    ("punhced", "punched"),
    ("becuase", "because"),
    ("hitme", "hit me"),
])
def test_a_slip_in_a_word_of_the_rules_is_mended(typed: str, meant: str) -> None:
    assert mended(typed) == meant


@pytest.mark.parametrize("word", [
    "punched",        # known
    "stepbrothers",   # a known word with an ending
    "unlocked",       # a known word with a beginning
    "screnshotin",    # a known word with its g dropped (normalised), not "screnshot in"
    "knfe",           # under five letters
    "grape",          # a letter more than "rape": only swaps are mended
    "ropes",          # a letter fewer than "gropes"
    "qwzxv",          # nothing near it
])
def test_known_short_and_other_slips_are_left_alone(word: str) -> None:
    assert mended(word) == word


def test_a_disclosure_typed_in_a_hurry_is_urgent_and_its_twin_is_not() -> None:
    found = detect("my stepdad punhced me in the face lastnight", learned=False)
    assert found is not None and found.level == URGENT
    assert detect("my stepdad punhced the dough for the pizza lastnight", learned=False) is None


def _swapped(rng: random.Random) -> Callable[[str], str]:
    def swap(text: str) -> str:
        words = [m.group(0) for m in re.finditer(r"[A-Za-z]{5,}", text)]
        for word in rng.sample(words, min(2, len(words))):
            i = rng.randrange(1, len(word) - 2)
            text = text.replace(word, word[:i] + word[i + 1] + word[i] + word[i + 2:], 1)
        return text
    return swap


def _joined(rng: random.Random) -> Callable[[str], str]:
    def join(text: str) -> str:
        words = text.split(" ")
        for _ in range(2):
            if len(words) < 3:
                break
            i = rng.randrange(len(words) - 1)
            words[i:i + 2] = [words[i] + words[i + 1]]
        return " ".join(words)
    return join


def _serious() -> Iterator[str]:
    for hand in HANDS:
        for path in sorted((CORPORA / hand).glob("*.txt")):
            if path.stem not in NOT_SERIOUS:
                yield from lines_of(path)


def _urgent(lines: list[str]) -> int:
    return sum((found := detect(line, learned=False)) is not None and found.level == URGENT
               for line in lines)


@pytest.mark.parametrize(("slip", "floor", "without"), [
    # With two slips in each line, the rules alone, mended: 1239 and 1178 of 1305 (the three
    # hands' serious lines, all urgent as typed); not mended, 940 and 851 (dialect read), then
    # 949 and 859 once the twelfth hand's euphemisms were read (codes outlast a slip), and 950
    # once learner grammar was read (a blow's bare verb outlasts a slip in the words beside it),
    # 952 and 861 once the sixteenth hand's voices were read ("me" before a part of the body is
    # "my", "us" for "me" in the North East's rules outlasts a slip).
    (_swapped, 1235, 952),
    (_joined, 1175, 861),
])
def test_three_hands_typed_in_a_hurry_are_still_read(
    slip: Callable[[random.Random], Callable[[str], str]], floor: int, without: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typed = [slip(random.Random(7))(line) for line in _serious()]
    assert len(typed) == 1305
    assert _urgent(typed) >= floor
    monkeypatch.setattr(concern_typos, "mended_text", lambda plain: plain)
    assert _urgent(typed) <= without


def _ordinary() -> Iterator[str]:
    for hand in sorted(CORPORA.glob("*_hand")):
        yield from lines_of(hand / "ordinary.txt")
    for name in ("ordinary.txt", "near_misses.txt", "everyday.txt"):
        yield from lines_of(CORPORA / name)


def test_no_ordinary_answer_is_read_differently_for_being_mended(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = list(_ordinary())
    mended_alarms = [line for line in lines if detect(line, learned=False) is not None]
    monkeypatch.setattr(concern_typos, "mended_text", lambda plain: plain)
    plain_alarms = [line for line in lines if detect(line, learned=False) is not None]
    assert len(lines) > 5000
    assert mended_alarms == plain_alarms


def test_mending_keeps_every_word_it_does_not_mend() -> None:
    assert mended_text("i was punhced at the park lol") == "i was punched at the park lol"
    assert mended_text("") == ""
