"""Alternatives grouped by first letters (``surveys.concern_alternation``) match what the plain
alternation matches: the grouping is only for speed, so a clause's first part found one way is
found the other, on every line of the tuning corpora."""

from __future__ import annotations

import re

import pytest

from surveys import concern_clauses
from surveys.concern_alternation import dispatch, expand, top_level
from surveys.concerns import normalise
from tests.surveys.test_concerns import corpus


def _grouped(parts: list[str]) -> re.Pattern[str]:
    alternatives = [alt for part in parts for alt in expand(part)]
    return re.compile(r"(?<![a-z0-9])(?:" + dispatch(alternatives, 0) + r")(?![a-z0-9])")


def _plain(parts: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + r")(?![a-z0-9])")


def _texts(body: str) -> list[str]:
    return [alt.text for alt in expand(body)]


def test_words_filed_together_share_what_follows_them() -> None:
    # "hit" and "hits" are filed under "hi", "beat" under "be": what follows is written once
    # per run, not once per word.
    grouped = dispatch(expand("(?:hit|hits|beat) (?:me|us)"), 0)
    assert grouped == "(?=b)(?:beat (?:me|us))|(?=h)(?:(?:hit|hits) (?:me|us))"
    # Only neighbours are joined, so the alternatives are tried in the same order as before.
    assert dispatch(expand("(?:hit|hits) me|hit you|hid me"), 1) == (
        "(?=hi)(?:(?:hit|hits) me|hit you|hid me)"
    )


def test_a_group_is_split_only_at_its_own_bars() -> None:
    assert top_level("a|(?:b|c)|d") == ["a", "(?:b|c)", "d"]
    assert _texts("(?:he|she) hits") == ["he hits", "she hits"]
    # A group that repeats cannot be unfolded.
    assert _texts("(?:very )?sad") == ["(?:very )?sad"]
    # An empty branch starts with what follows the group, itself unfolded.
    assert _texts("(?:|very )(?:sad|down)") == ["sad", "down", "very (?:sad|down)"]
    # A bar at the top level is split first, so the second half is filed under its own letters.
    assert _texts("(?:sore|rash) nappy|nappy (?:sore|rash)") == [
        "sore nappy",
        "rash nappy",
        "nappy (?:sore|rash)",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "he hits me",
        "she hits me",
        "they hurt me",
        "i am very sad",
        "the shed",
        "sad",
        "hits",
        "a nappy rash",
        "rash",
    ],
)
def test_grouped_and_plain_alternations_agree(text: str) -> None:
    parts = [
        "(?:he|she) hits (?:me|us)",
        "they (?:hurt|hit) me",
        "(?:very )?sad",
        "shed",
        "(?:sore|rash) nappy|nappy (?:sore|rash)",
    ]
    grouped, plain = _grouped(parts).search(text), _plain(parts).search(text)
    assert (grouped is None) == (plain is None)
    assert grouped is None or plain is None or grouped.group(0) == plain.group(0)


def test_the_first_parts_are_found_exactly_where_a_clause_starts() -> None:
    texts = [text for name in ("ordinary.txt", "near_misses.txt", "adversarial.txt")
             for _, text in corpus(name)]
    firsts = [concern_clauses.compile_part(clause.parts[0]) for clause in concern_clauses.CLAUSES]
    # Each half of a first part written with a top-level bar, alone: the grouping once hid them.
    texts += ["i use a bucket to wee every weekend", "a bucket to wee in"]
    first_parts, _ = concern_clauses._COMPILED.get()
    found = 0
    for text in texts:
        plain = normalise(text)
        one = first_parts.search(plain) is not None
        assert one == any(first.search(plain) for first in firsts), text
        found += one
    # Both kinds of answer are in the corpora: the test is not vacuous either way.
    assert 0 < found < len(texts)
