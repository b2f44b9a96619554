"""The short reply to a child who says more just after the urgent reply: thanks, the same people
know, and no second 999 or Childline."""

from __future__ import annotations

import pytest

from surveys.support import BANDS, LANGUAGES, support_reply
from surveys.support_more import told_more_reply


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("about_iro", [False, True])
def test_it_thanks_and_names_no_number_again(band: str, language: str, about_iro: bool) -> None:
    reply = told_more_reply(band, language, about_iro=about_iro)
    assert "999" not in reply and "0800" not in reply and "Childline" not in reply
    assert "just" not in reply.lower()
    # Much shorter than the urgent reply it follows.
    full = support_reply(band, language, out_of_hours=False, assisted=False, about_iro=about_iro)
    assert len(reply) < len(full) / 2


@pytest.mark.parametrize("band", ["8_11", "12_15", "16_plus"])
def test_it_says_the_same_people_will_know_and_who(band: str) -> None:
    reply = told_more_reply(band, "en")
    assert reply.startswith("Thank you for telling me more.")
    assert "The same people will know this too: your IRO and the safeguarding" in reply
    duty = told_more_reply(band, "en", about_iro=True)
    assert "IRO" not in duty and "safeguarding worker" in duty


def test_a_young_child_hears_simple_words_and_no_adult_is_addressed() -> None:
    reply = told_more_reply("4_7", "en")
    assert reply.startswith("Thank you for telling me more. The same grown-ups will know")
    assert "adult" not in reply.lower() and "IRO" not in reply and "duty" not in reply


def test_under_fours_carer_is_answered_and_welsh_is_welsh() -> None:
    assert told_more_reply("under_4", "en").startswith("Thank you for sharing more.")
    assert "duty worker" in told_more_reply("under_4", "en")
    assert told_more_reply("12_15", "cy").startswith("Diolch am ddweud mwy wrtha i.")
    assert told_more_reply("12_15", "fr") == told_more_reply("12_15", "en")
