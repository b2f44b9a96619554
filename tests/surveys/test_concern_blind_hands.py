"""Corpora written blind by other hands, now tuning data: what the rules catch, held as a floor.

Each corpus (``tests/corpora/third_hand`` to ``sixteenth_hand``) was measured once or more
blind (its README), then became tuning data. The rules do not yet catch every line, so the test
cannot ask for all of them; it asks for at least what they catch now, so a change that loses a
line they caught fails here, and each fix raises a floor. The ordinary answers are held the
other way: at most the false alarms there are now.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.safeguarding import caught, caught_split, lines_of

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
WORRIES = frozenset({"bullying", "upset"})


@dataclass(frozen=True)
class Hand:
    """One blind corpus's floors: lines the rules alone catch per file (urgent for serious harm,
    any alert for a worry), split disclosures caught, and the most ordinary answers that may
    raise an alert, from the rules alone and with the learned layer."""

    floors: dict[str, int]
    split: int
    alarms_rules: int
    alarms_learned: int


HANDS = {
    "third_hand": Hand(
        floors={
            "self_harm": 27,
            "physical_abuse": 27,
            "sexual_abuse": 27,
            "emotional_abuse": 27,
            "neglect": 27,
            "domestic_abuse": 27,
            "missing": 27,
            "criminal_exploitation": 43,
            "sexual_exploitation": 28,
            "trafficking": 28,
            "harmful_practices": 27,
            "radicalisation": 26,
            "unsafe_home": 28,
            "bullying": 31,
            "upset": 31,
        },
        split=11,
        alarms_rules=0,
        alarms_learned=0,
    ),
    "fourth_hand": Hand(
        floors={
            "self_harm": 39,
            "physical_abuse": 35,
            "sexual_abuse": 34,
            "emotional_abuse": 34,
            "neglect": 34,
            "domestic_abuse": 34,
            "missing": 34,
            "criminal_exploitation": 36,
            "sexual_exploitation": 34,
            "trafficking": 34,
            "harmful_practices": 34,
            "radicalisation": 34,
            "unsafe_home": 34,
            "bullying": 34,
            "upset": 33,
        },
        split=15,
        alarms_rules=0,
        alarms_learned=0,
    ),
    "fifth_hand": Hand(
        floors={
            "self_harm": 40,
            "physical_abuse": 39,
            "sexual_abuse": 37,
            "emotional_abuse": 38,
            "neglect": 38,
            "domestic_abuse": 37,
            "missing": 37,
            "criminal_exploitation": 38,
            "sexual_exploitation": 38,
            "trafficking": 37,
            "harmful_practices": 37,
            "radicalisation": 37,
            "unsafe_home": 38,
            "bullying": 38,
            "upset": 38,
        },
        split=18,
        alarms_rules=0,
        alarms_learned=0,
    ),
    "sixth_hand": Hand(
        floors={
            "self_harm": 44,
            "physical_abuse": 43,
            "sexual_abuse": 41,
            "emotional_abuse": 42,
            "neglect": 41,
            "domestic_abuse": 39,
            "missing": 39,
            "criminal_exploitation": 42,
            "sexual_exploitation": 39,
            "trafficking": 38,
            "harmful_practices": 39,
            "radicalisation": 38,
            "unsafe_home": 38,
            "bullying": 38,
            "upset": 38,
        },
        split=17,
        alarms_rules=2,
        alarms_learned=2,
    ),
    "seventh_hand": Hand(
        floors={
            "self_harm": 15,
            "physical_abuse": 29,
            "sexual_abuse": 27,
            "emotional_abuse": 18,
            "neglect": 16,
            "domestic_abuse": 23,
            "missing": 17,
            "criminal_exploitation": 22,
            "sexual_exploitation": 22,
            "trafficking": 25,
            "harmful_practices": 21,
            "radicalisation": 11,
            "unsafe_home": 25,
            "bullying": 17,
            "upset": 16,
        },
        split=9,
        alarms_rules=2,
        alarms_learned=2,
    ),
    "eighth_hand": Hand(
        floors={
            "self_harm": 17,
            "physical_abuse": 15,
            "sexual_abuse": 11,
            "emotional_abuse": 9,
            "neglect": 12,
            "domestic_abuse": 23,
            "missing": 8,
            "criminal_exploitation": 19,
            "sexual_exploitation": 17,
            "trafficking": 18,
            "harmful_practices": 15,
            "radicalisation": 16,
            "unsafe_home": 12,
            "bullying": 10,
            "upset": 11,
        },
        split=6,
        alarms_rules=3,
        alarms_learned=3,
    ),
    "ninth_hand": Hand(
        floors={
            "self_harm": 36,
            "physical_abuse": 36,
            "sexual_abuse": 36,
            "emotional_abuse": 36,
            "neglect": 36,
            "domestic_abuse": 36,
            "missing": 36,
            "criminal_exploitation": 36,
            "sexual_exploitation": 36,
            "trafficking": 36,
            "harmful_practices": 36,
            "radicalisation": 36,
            "unsafe_home": 36,
            "bullying": 18,
            "upset": 11,
        },
        split=10,
        alarms_rules=1,
        alarms_learned=1,
    ),
    "tenth_hand": Hand(
        floors={
            "self_harm": 36,
            "physical_abuse": 36,
            "sexual_abuse": 36,
            "emotional_abuse": 36,
            "neglect": 36,
            "domestic_abuse": 36,
            "missing": 36,
            "criminal_exploitation": 36,
            "sexual_exploitation": 36,
            "trafficking": 36,
            "harmful_practices": 36,
            "radicalisation": 36,
            "unsafe_home": 36,
            "bullying": 23,
            "upset": 20,
        },
        split=8,
        alarms_rules=3,
        alarms_learned=3,
    ),
    "eleventh_hand": Hand(
        floors={
            "self_harm": 34,
            "physical_abuse": 36,
            "sexual_abuse": 36,
            "emotional_abuse": 34,
            "neglect": 36,
            "domestic_abuse": 36,
            "missing": 35,
            "criminal_exploitation": 36,
            "sexual_exploitation": 36,
            "trafficking": 36,
            "harmful_practices": 36,
            "radicalisation": 36,
            "unsafe_home": 35,
            "bullying": 19,
            "upset": 18,
        },
        split=11,
        alarms_rules=1,
        alarms_learned=1,
    ),
    "twelfth_hand": Hand(
        floors={
            "self_harm": 35,
            "physical_abuse": 36,
            "sexual_abuse": 33,
            "emotional_abuse": 36,
            "neglect": 35,
            "domestic_abuse": 35,
            "missing": 36,
            "criminal_exploitation": 36,
            "sexual_exploitation": 36,
            "trafficking": 36,
            "harmful_practices": 36,
            "radicalisation": 36,
            "unsafe_home": 36,
            "bullying": 18,
            "upset": 13,
        },
        split=9,
        alarms_rules=0,
        alarms_learned=0,
    ),
    "thirteenth_hand": Hand(
        floors={
            "self_harm": 36,
            "physical_abuse": 36,
            "sexual_abuse": 36,
            "emotional_abuse": 36,
            "neglect": 36,
            "domestic_abuse": 36,
            "missing": 35,
            "criminal_exploitation": 36,
            "sexual_exploitation": 36,
            "trafficking": 36,
            "harmful_practices": 36,
            "radicalisation": 34,
            "unsafe_home": 35,
            "bullying": 15,
            "upset": 13,
        },
        split=9,
        alarms_rules=0,
        alarms_learned=0,
    ),
    "fourteenth_hand": Hand(
        floors={
            "self_harm": 35,
            "physical_abuse": 36,
            "sexual_abuse": 34,
            "emotional_abuse": 34,
            "neglect": 32,
            "domestic_abuse": 35,
            "missing": 33,
            "criminal_exploitation": 34,
            "sexual_exploitation": 36,
            "trafficking": 35,
            "harmful_practices": 36,
            "radicalisation": 32,
            "unsafe_home": 34,
            "bullying": 22,
            "upset": 17,
        },
        split=7,
        alarms_rules=0,
        alarms_learned=0,
    ),
    "fifteenth_hand": Hand(
        floors={
            "self_harm": 36,
            "physical_abuse": 35,
            "sexual_abuse": 36,
            "emotional_abuse": 35,
            "neglect": 35,
            "domestic_abuse": 36,
            "missing": 36,
            "criminal_exploitation": 33,
            "sexual_exploitation": 36,
            "trafficking": 35,
            "harmful_practices": 36,
            "radicalisation": 35,
            "unsafe_home": 36,
            "bullying": 33,
            "upset": 19,
        },
        split=10,
        alarms_rules=0,
        alarms_learned=0,
    ),
    "sixteenth_hand": Hand(
        floors={
            "self_harm": 36,
            "physical_abuse": 36,
            "sexual_abuse": 36,
            "emotional_abuse": 33,
            "neglect": 36,
            "domestic_abuse": 35,
            "missing": 36,
            "criminal_exploitation": 36,
            "sexual_exploitation": 36,
            "trafficking": 36,
            "harmful_practices": 36,
            "radicalisation": 36,
            "unsafe_home": 36,
            "bullying": 30,
            "upset": 27,
        },
        split=14,
        alarms_rules=0,
        alarms_learned=0,
    ),
}
FILES = [(hand, name) for hand, corpus in HANDS.items() for name in sorted(corpus.floors)]


@pytest.mark.parametrize("hand", sorted(HANDS))
def test_every_file_of_the_corpus_has_a_floor(hand: str) -> None:
    folder = CORPORA / hand
    files = {p.stem for p in folder.glob("*.txt")} - {"ordinary", "split"}
    assert files == set(HANDS[hand].floors)
    assert all(len(lines_of(folder / f"{name}.txt")) >= 22 for name in files)


@pytest.mark.parametrize(("hand", "name"), FILES)
def test_the_rules_catch_at_least_what_they_caught(hand: str, name: str) -> None:
    lines = lines_of(CORPORA / hand / f"{name}.txt")
    hits = sum(caught(line, worry_counts=name in WORRIES) for line in lines)
    floor = HANDS[hand].floors[name]
    assert hits >= floor, f"{hand} {name}: {hits}/{len(lines)}, floor {floor}"


@pytest.mark.parametrize("hand", sorted(HANDS))
def test_split_disclosures_are_caught_at_least_as_often(hand: str) -> None:
    lines = lines_of(CORPORA / hand / "split.txt")
    assert sum(caught_split(line) for line in lines) >= HANDS[hand].split


@pytest.mark.parametrize("hand", sorted(HANDS))
def test_ordinary_answers_raise_no_more_alarms_than_they_did(hand: str) -> None:
    lines = lines_of(CORPORA / hand / "ordinary.txt")
    assert len(lines) >= 300
    rules = sum(caught(line, worry_counts=True) for line in lines)
    learned = sum(caught(line, worry_counts=True, learned=True) for line in lines)
    assert rules <= HANDS[hand].alarms_rules, f"{hand} rules alone: {rules}/{len(lines)}"
    assert learned <= HANDS[hand].alarms_learned, f"{hand} with learned: {learned}/{len(lines)}"
