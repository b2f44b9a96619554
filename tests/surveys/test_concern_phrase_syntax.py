"""A phrase with a second alternative at its top level is heard in both its halves (issue 13).

The phrase lists and the clauses' first parts are grouped by first letters
(``surveys.concern_alternation``). A phrase such as "(sores|rash) __ nappy|nappy __ (sores|rash)"
was once filed whole under its first branch's letters, so its second half could never match:
"a nappy rash that bleeds" went unheard, and so did the second halves of 25 clauses' first
parts. The top-level bar is now split before grouping.
"""

from __future__ import annotations

import pytest

from surveys import concern_clauses
from surveys.concern_patterns import compile_phrases
from surveys.concerns import URGENT, detect, normalise

NAPPY = "(sores|rash) __ nappy|nappy __ (sores|rash)"


@pytest.mark.parametrize("text", ["the rash on his nappy", "his nappy is full of sores"])
def test_both_halves_of_a_phrase_written_as_one_match(text: str) -> None:
    assert compile_phrases([NAPPY]).search(normalise(text)) is not None


def test_a_clause_is_tried_when_only_the_second_half_of_its_first_part_is_there() -> None:
    # The bucket clause's first part: "wee in a bucket" | "use a bucket to wee" | ...; nothing
    # else here is any clause's first part, so only the second half lets the clause be tried.
    text = "i use a bucket to wee every weekend"
    found = concern_clauses.find(normalise(text))
    assert any(category == "emotional_abuse" for category, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "the baby has a nappy rash that bleeds and nobody changes him",
        "my little brothers nappy is full of sores",
    ],
)
def test_both_orders_of_the_nappy_phrase_are_heard(text: str) -> None:
    concern = detect(text, learned=False)
    assert concern is not None and concern.level == URGENT, concern
