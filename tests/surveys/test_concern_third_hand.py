"""The third hand's corpus (``tests/corpora/third_hand``): what the rules catch, held as a floor.

The corpus was measured once blind (its README), then became tuning data. The rules do not yet
catch every line, so the test cannot ask for all of them; it asks for at least what they catch
now, so a change that loses a line they caught fails here, and each fix raises a floor. The
ordinary answers are held the other way: at most the false alarms there are now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.safeguarding import caught, caught_split, lines_of

THIRD_HAND = Path(__file__).resolve().parent.parent / "corpora" / "third_hand"
WORRIES = frozenset({"bullying", "upset"})
# Lines the rules alone catch: urgent for serious harm, any alert for a worry.
FLOORS = {
    "self_harm": 27,
    "physical_abuse": 27,
    "sexual_abuse": 27,
    "emotional_abuse": 27,
    "neglect": 27,
    "domestic_abuse": 27,
    "missing": 27,
    "criminal_exploitation": 36,
    "sexual_exploitation": 20,
    "trafficking": 28,
    "harmful_practices": 27,
    "radicalisation": 26,
    "unsafe_home": 21,
    "bullying": 31,
    "upset": 31,
}
SPLIT_FLOOR = 11
# Ordinary answers that raise an alert, from the rules alone and with the learned layer.
ALARMS_RULES = 0
ALARMS_LEARNED = 0


def test_every_file_of_the_corpus_has_a_floor() -> None:
    files = {p.stem for p in THIRD_HAND.glob("*.txt")} - {"ordinary", "split"}
    assert files == set(FLOORS)
    assert all(len(lines_of(THIRD_HAND / f"{name}.txt")) >= 22 for name in FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_rules_catch_at_least_what_they_caught(name: str) -> None:
    lines = lines_of(THIRD_HAND / f"{name}.txt")
    hits = sum(caught(line, worry_counts=name in WORRIES) for line in lines)
    assert hits >= FLOORS[name], f"{name}: {hits}/{len(lines)}, floor {FLOORS[name]}"


def test_split_disclosures_are_caught_at_least_as_often() -> None:
    lines = lines_of(THIRD_HAND / "split.txt")
    assert sum(caught_split(line) for line in lines) >= SPLIT_FLOOR


def test_ordinary_answers_raise_no_more_alarms_than_they_did() -> None:
    lines = lines_of(THIRD_HAND / "ordinary.txt")
    assert len(lines) >= 300
    rules = sum(caught(line, worry_counts=True) for line in lines)
    learned = sum(caught(line, worry_counts=True, learned=True) for line in lines)
    assert rules <= ALARMS_RULES, f"rules alone: {rules}/{len(lines)}"
    assert learned <= ALARMS_LEARNED, f"with the learned layer: {learned}/{len(lines)}"
