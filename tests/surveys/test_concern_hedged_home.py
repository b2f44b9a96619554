"""Neglect, domestic abuse and going missing told by a child unsure it "counts" (issue 13).

The sixth hand's corpus asks "is it normal that", plays the harm down or tells it as a friend's.
``surveys/concern_hedged_home.py`` and ``concern_hedged_home_missing.py`` write what is left
once the hedge is stripped; their fresh wordings are batches ya, yb and yc of
``adversarial.txt`` (first sight, rules alone, urgent: 18 of 52; a second probe written after
the fix, 14 of 18), checked line by line with every batch, and their ordinary twins a block of
``near_misses.txt``. Here: the batches are whole, each shape is caught in words none of them
used beside the ordinary answer nearest it, a split disclosure beside its ordinary twin, and
the sixth hand's three files are caught in full. The disclosures here were written after the
batches were fixed: of fifteen, the rules caught ten at first sight (three the older rules
already caught were swapped for ones they did not); the five were caught by widening the same
clauses (a day named twice, "make her ask", "mum and her fella", "no need for a doctor").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.safeguarding import caught, lines_of
from tests.surveys.chats import batch_counts

CORPORA = Path(__file__).resolve().parent.parent / "corpora"

# Each shape in other words, beside the everyday answer that shares its words.
# Read by test_concern_rule_twins.py with every module's pairs.
PAIRS = [
    # A carer away for days while the child minds the little ones.
    ("nan goes to her fellas on friday and isnt back till monday, i look after the twins",
     "nan goes to her fellas on friday and isnt back till monday, i stay at my aunties"),
    # An ailment nobody will have seen.
    ("my knee is purple and huge and my carer says no need for a doctor",
     "my knee is purple from pe and my carer put ice on it"),
    ("my ear has hurt since easter and she keeps saying shell book the doctor",
     "my ear hurt at easter and she booked the doctor the same day"),
    # Held by the throat.
    ("at contact her bf had my sister up on the worktop by her neck",
     "at the park he held the puppy by the lead"),
    # Two signs of control asked about as a question.
    ("is it ok for a husband to take his wifes bank card and make her ask him for money",
     "is it ok for my mum to take my bank card when i lose it all the time"),
    # Hiding while the adults fight.
    ("me and my brother hide behind the sofa when mum and her fella start again",
     "me and my brother hide behind the sofa when mum and her fella start the quiz"),
    # Out until the small hours with nobody minding.
    ("i stay out till 5am most nights and staff dont even ring",
     "i stayed up till 5am on new years eve with my carers"),
    # A plan to go, with a secret.
    ("ive hidden my bag in the garage and im going tonight, dont tell anyone",
     "ive packed my bag for scout camp and im going on friday"),
]

# One disclosure over two messages, and an ordinary chat that shares its words.
# Read by test_concern_split_twins.py with every module's splits.
SPLITS = [
    (["how is family time", "mum and her boyfriend start and we hide upstairs"],
     ["how is family time", "mum and her boyfriend start work early so we have breakfast club"]),
    (["im fine", "mum went out on friday and isnt back till sunday", "im minding the baby"],
     ["im fine", "mum went out on friday and isnt back till sunday", "im at nans"]),
]


def test_the_batches_written_for_the_hedged_shapes_are_whole() -> None:
    counts = batch_counts()
    expected = {("neglect", "ya"): 24, ("domestic_abuse", "yb"): 23, ("missing", "yc"): 23}
    assert {key: counts[key] for key in expected} == expected


@pytest.mark.parametrize("kind", ["neglect", "domestic_abuse", "missing"])
def test_the_sixth_hands_lines_are_urgent_from_the_rules_alone(kind: str) -> None:
    lines = lines_of(CORPORA / "sixth_hand" / f"{kind}.txt")
    missed = [line for line in lines if not caught(line, worry_counts=False)]
    assert missed == []
