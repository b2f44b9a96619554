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


def test_the_childs_own_word_for_their_iro_counts_and_short_names_are_read_by_their_place() -> None:
    assert names_iro("sunny said she would hurt me", iro_word="Sunny")
    assert not names_iro("it was sunny and he hit me", iro_word=None, iro_name="Jo Bloggs")
    assert names_iro("jo bloggs hit me", iro_name="Jo Bloggs")  # the whole name still counts
    # Two letters alone count where a name stands, not inside ordinary words read whole.
    assert names_iro("Jo hit me", iro_name="Jo Bloggs")
    assert names_iro("ed said not to tell", iro_name="Ed Smith")
    assert not names_iro("my ed tech lesson then he hit me", iro_name="Ed Smith")


# An IRO called Will Jones: "will" is a name only where it is read as one.
WILL = "Will Jones"


@pytest.mark.parametrize(
    "words",
    [
        "will hurts me when nobody is looking",  # no capitals: the verb after it says a person
        "Will hurts me",
        "I told Will and he hit me",  # capitalised by a child who uses capitals
        "i told will",  # a verb that takes a person
        "Will's mate grabbed me",
        "will always shouts at me",
        "will and his mate hit me",
        "WILL SAID NOT TO TELL",
        "mr jones hit me",
        "will jones hit me",
        "Miss Will said I would be moved if I told",
        # Where the place cannot tell, the name: duty is told instead of the IRO.
        "Will hit me",
        "WILL HIT ME AGAIN",
        "Will beat me up",
        "when I was with Will he touched me",
        "He said Will would hurt me",
        "I am scared of Will",
    ],
)
def test_an_iro_whose_name_is_a_word_is_named_where_it_is_read_as_a_name(words: str) -> None:
    assert names_iro(words, iro_name=WILL)


@pytest.mark.parametrize(
    "words",
    [
        "I will tell my carer he hits me",
        "i will run away tonight",
        "he will hit me if i tell",
        "it will be ok",
        "My foster dad hits me. Will you tell someone",
        "things will get worse he says",
        "mum will hit me if i tell",  # after a subject, the bare verb: the word
        "will kill me if i tell",  # opening before a verb only "will" takes
        "will be ok i guess",
    ],
)
def test_the_everyday_word_is_not_the_iros_name(words: str) -> None:
    assert not names_iro(words, iro_name=WILL)


@pytest.mark.parametrize(
    ("iro", "named", "not_named"),
    [
        ("Hope Smith", "hope hits me", "I hope he stops hitting me"),
        ("Grace Lee", "Grace grabbed my arm", "we say grace before tea and he hits me"),
        ("Grace Lee", "then grace hurt me", "we say grace before tea and he hits me"),
        ("Mark Evans", "Mark hurt me", "he left a mark on my arm"),
        ("Rose Day", "rose said she would hurt me", "i got a rose and then he hit me"),
        ("Mark Evans", "mark touched me", "he left a mark on my arm"),
        ("Bill Hart", "bill keeps me locked in", "the bill was not paid and there is no food"),
        ("Sunny Khan", "Sunny said not to tell", "it was sunny and he hit me"),
    ],
)
def test_other_names_that_are_words_on_both_sides(iro: str, named: str, not_named: str) -> None:
    assert names_iro(named, iro_name=iro)
    assert not names_iro(not_named, iro_name=iro)


def test_a_childs_own_word_that_is_an_everyday_word_is_read_the_same_way() -> None:
    assert names_iro("Hope said she would hurt me", iro_word="Hope")
    assert not names_iro("i hope nobody hurts me again", iro_word="Hope")


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("the thing i want my iro to know is that my stepdad hits me", False),
        ("Please tell my IRO my mum's boyfriend scares me", False),
        ("my iro should know that i dont feel safe at home", False),
        # Told to the IRO, and about them too: the second mention counts.
        ("i want my iro to know my iro touched me", True),
        ("my IRO shouts at me in meetings", True),
    ],
)
def test_words_the_child_wants_their_iro_told_are_not_about_the_iro(
    words: str, named: bool
) -> None:
    # The child asked for the IRO to hear them: the alert goes to the IRO as well as duty.
    assert names_iro(words, iro_name="Ana Jones") is named
