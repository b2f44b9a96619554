"""Words that name or concern a child's IRO: the alert on them never goes to that IRO."""

from __future__ import annotations

import pytest

from bot.safeguarding.iro_named import names_iro

NAME = "Alice Reviewer"


@pytest.mark.parametrize(
    "words",
    [
        "my IRO hurts me when nobody is looking",
        "the i.r.o touched me",
        "my reviewing officer said he would get me",
        "fy swyddog adolygu sy'n fy mrifo",
        "alice hurts me",
        "ALICE said not to tell",
        "miss reviewer grabbed my arm",
        "alice   reviewer hit me",
    ],
)
def test_the_role_or_the_iros_name_is_read_in_any_case(words: str) -> None:
    assert names_iro(words, iro_name=NAME)


@pytest.mark.parametrize(
    "words",
    [
        "my foster dad hits me",
        "alicia hurts me",  # a name only read whole
        "i like my biro",
        "the tiro at school",
        "review meeting was ok",
    ],
)
def test_other_words_do_not(words: str) -> None:
    assert not names_iro(words, iro_name=NAME)


def test_the_childs_own_word_for_their_iro_counts_and_short_names_are_not_guessed_at() -> None:
    assert names_iro("sunny said she would hurt me", iro_word="Sunny")
    assert not names_iro("it was sunny and he hit me", iro_word=None, iro_name="Jo Bloggs")
    assert names_iro("jo bloggs hit me", iro_name="Jo Bloggs")  # the whole name still counts
    assert not names_iro("jo said hi", iro_name="Jo Bloggs")  # two letters alone: not guessed
