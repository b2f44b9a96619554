"""Text-speak read by the words beside it: "hell hit me" is a threat, "it was hell at school" is
not "he will at school"; "shell" and "id" the same; and a number's plural is no leetspeak
("year 10s" stays year 10s, never "year ios")."""

from __future__ import annotations

import pytest

from surveys.concerns import URGENT, WORRY, detect, normalise


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        # The noun, told by a word before or after it.
        ("it was hell at school", "it was hel at schol"),
        ("school is hell", "schol is hel"),
        ("what the hell", "what the hel"),
        ("he said id go to hell if i told", "he said i would go to hel if i told"),
        ("a shell on the beach", "a shel on the beach"),
        ("i found a crab shell", "i found a crab shel"),
        ("they took my ID card", "they tok my id card"),
        ("forgot my student id", "forgot my student id"),
        # The text-speak, before a verb or any word that does not make it the noun.
        ("if i tell hell hit me", "if i tel he wil hit me"),
        ("bloody hell he'll kill me", "blody hel he wil kil me"),
        ("she'll smother me in my sleep", "she wil smother me in my slep"),
        ("she whispers that she'll hurt me", "she whispers that she wil hurt me"),
        ("I'd rather die", "i would rather die"),
        ("he said that id be taken into care", "he said that i would be taken into care"),
        # "No" or "any" before it says nothing; the word after does.
        ("no id rather die", "no i would rather die"),
        ("i have no id", "i have no id"),
        ("got any id on you", "got any id on you"),
        # Numbers with their endings.
        ("the year 10s", "the year 10s"),
        ("in the 1990s", "in the 1990s"),
        ("my 21st", "my 21st"),
    ],
)
def test_a_word_is_read_by_its_neighbours(raw: str, plain: str) -> None:
    assert normalise(raw) == plain


@pytest.mark.parametrize(
    "text",
    [
        "it was hell at school today cos of the maths test",
        "year 10 was hell but year 11 is way better",
        "we found a massive shell on the beach in tenby",
        "i lost my id at the bus station but someone handed it in",
    ],
)
def test_the_noun_raises_nothing(text: str) -> None:
    assert detect(text) is None, detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "my stepdad said if i tell anyone hell hit me again",
        "she said shell kill me if i grass",
        "sometimes id rather be dead than go back there",
        "no id rather die than go back there",
    ],
)
def test_the_text_speak_stays_urgent(text: str) -> None:
    found = detect(text, learned=False)
    assert found is not None and found.level == URGENT, found


def test_year_tens_giving_looks_is_a_worry() -> None:
    found = detect("the year 10s keep giving me dirty looks in the corridor", learned=False)
    assert found is not None and found.level == WORRY, found
