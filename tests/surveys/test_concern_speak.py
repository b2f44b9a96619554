"""Text-speak is spelled the same way in a child's words and in the phrase lists.

A list written in text-speak ("im", "stepdad", "wanna") must find the words the child wrote
either way, and the few words whose doubled letters carry their meaning ("bff", "noone") must
not become other words when letters are squeezed.
"""

from __future__ import annotations

import re

import pytest

from surveys.concern_speak import spelled
from surveys.concerns import detect, normalise


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("my bff is moving away", "my best friend is moving away"),
        ("me and my bffs went to town", "me and my best friends went to town"),
        ("noone listens to me", "nobody listens to me"),
        # Squeezed first, "noone" would be "none", and "bff" a boyfriend.
        ("none of them came", "none of them came"),
        ("my bf is nice", "my boyfriend is nice"),
    ],
)
def test_doubled_letters_that_carry_the_meaning_are_read_first(text: str, plain: str) -> None:
    assert normalise(text) == plain


def test_noone_would_care_is_still_heard() -> None:
    found = detect("i feel like noone would care if i died", learned=False)
    assert found is not None and found.level == "urgent"
    assert detect("my bff is moving away and i will miss her", learned=False) is None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("im fine", "i'm fine"),
        ("im fine", "I am fine"),
        ("(my|the) stepdad hits me", "my step dad hits me"),
        ("(my|the) stepdad hits me", "my stepdad hits me"),
        (r"\bwanna go home", "i wanna go home"),
        ("(?<!no )bff", "my bff"),
    ],
)
def test_a_list_written_in_text_speak_finds_the_words_either_way(pattern: str, text: str) -> None:
    assert re.search(spelled(pattern), normalise(text))


@pytest.mark.parametrize(
    "pattern",
    [
        # A quantifier, a group or a class beside letters: part of a word, left as written.
        "cos?",
        "(h|sh)im",
        "im(s|)",
        "stepdad[s]",
        r"(?P<who>mum|dad) (?P=who)",
        r"[a-z]+ing\b",
    ],
)
def test_only_whole_words_of_a_pattern_are_spelled(pattern: str) -> None:
    assert spelled(pattern) == pattern
