"""The support reply: the same safety facts for every age and language, honest about who is
told, never promising secrecy, and honest about when a person will see it."""

from __future__ import annotations

import itertools
import re

import pytest

from surveys.support import BANDS, LANGUAGES, support_reply, talk_reply, worry_reply

EVERY_CASE = list(itertools.product(BANDS, LANGUAGES, (False, True), (False, True)))
CASE_IDS = [f"{b}-{lang}-{'ooh' if o else 'hours'}-{'assisted' if a else 'alone'}"
            for b, lang, o, a in EVERY_CASE]
REPLIES = (support_reply, talk_reply)

# Words that would promise a child secrecy, in English and Welsh.
SECRECY = re.compile(
    r"won'?t tell|will not tell|not tell anyone|secret|promise|just between you and me|"
    r"cyfrinach|addo|ddim yn dweud wrth neb",
    re.IGNORECASE,
)


@pytest.mark.parametrize("reply", REPLIES, ids=lambda f: f.__name__)
@pytest.mark.parametrize(("band", "language", "out_of_hours", "assisted"), EVERY_CASE,
                         ids=CASE_IDS)
def test_every_reply_carries_the_safety_facts(
    reply: object, band: str, language: str, out_of_hours: bool, assisted: bool
) -> None:
    assert callable(reply)
    text = reply(band, language, out_of_hours=out_of_hours, assisted=assisted)
    assert "Childline" in text
    assert "0800 1111" in text
    assert "999" in text
    assert "IRO" in text
    assert not SECRECY.search(text), f"reply promises secrecy: {text!r}"
    assert "{" not in text and "}" not in text, "a placeholder was left in the reply"


@pytest.mark.parametrize(("band", "language", "out_of_hours", "assisted"), EVERY_CASE,
                         ids=CASE_IDS)
def test_support_reply_says_who_will_be_told(
    band: str, language: str, out_of_hours: bool, assisted: bool
) -> None:
    text = support_reply(band, language, out_of_hours=out_of_hours, assisted=assisted)
    told = {"en": ("will be told", "being told", "have to tell"),
            "cy": ("yn cael gwybod", "ddweud wrth dy IRO")}[language]
    assert any(phrase in text for phrase in told), text
    if band != "under_4":
        # Only the duty worker (safeguarding) and the IRO, named so the child knows (to a 4-7
        # year old with an adult reading along, in words that do not alarm that adult).
        duty = {"en": ("safeguarding", "keep children safe", "another grown-up who helps"),
                "cy": ("diogelu", "cadw plant yn ddiogel", "oedolyn arall sy'n helpu")}[language]
        assert any(phrase in text for phrase in duty), text


@pytest.mark.parametrize("reply", REPLIES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("band", BANDS)
def test_out_of_hours_says_when_a_person_will_see_it(reply: object, band: str) -> None:
    assert callable(reply)
    late_en = reply(band, "en", out_of_hours=True, assisted=False)
    late_cy = reply(band, "cy", out_of_hours=True, assisted=False)
    day_en = reply(band, "en", out_of_hours=False, assisted=False)
    day_cy = reply(band, "cy", out_of_hours=False, assisted=False)
    assert "next working morning" in late_en
    assert "Until then" in late_en
    assert "diwrnod gwaith nesaf" in late_cy
    assert "Tan hynny" in late_cy
    assert "next working morning" not in day_en
    assert "diwrnod gwaith nesaf" not in day_cy
    assert "soon" in day_en


@pytest.mark.parametrize("band", ["8_11", "12_15", "16_plus"])
def test_assisted_reply_also_speaks_to_the_helping_adult(band: str) -> None:
    helped = support_reply(band, "en", out_of_hours=False, assisted=True)
    alone = support_reply(band, "en", out_of_hours=False, assisted=False)
    assert "To the adult helping" in helped
    assert "leading questions" in helped
    assert "To the adult helping" not in alone
    helped_cy = support_reply(band, "cy", out_of_hours=False, assisted=True)
    assert "I'r oedolyn sy'n helpu" in helped_cy
    talk = talk_reply(band, "en", out_of_hours=False, assisted=True)
    assert "To the adult helping: the child asked to talk" in talk


def test_under_four_speaks_to_the_carer() -> None:
    text = support_reply("under_4", "en", out_of_hours=False, assisted=False)
    assert text.startswith("Thank you for sharing this.")
    assert "the child" in text
    talk = talk_reply("under_4", "en", out_of_hours=True, assisted=True)
    assert talk.startswith("You asked to talk to someone about the child.")


@pytest.mark.parametrize("band", ["4_7", "8_11", "12_15", "16_plus"])
def test_talk_reply_says_the_child_asked_to_talk(band: str) -> None:
    assert "You asked to talk to someone" in talk_reply(
        band, "en", out_of_hours=False, assisted=False)
    assert "Gofynnaist ti am gael siarad" in talk_reply(
        band, "cy", out_of_hours=False, assisted=False)
    assert "You asked to talk" not in support_reply(
        band, "en", out_of_hours=False, assisted=False)


def test_words_fit_the_age() -> None:
    young = support_reply("4_7", "en", out_of_hours=False, assisted=False)
    older = support_reply("16_plus", "en", out_of_hours=False, assisted=False)
    assert "grown-up" in young
    assert "grown-up" not in older

    def longest_sentence(text: str) -> int:
        return max(len(s.split()) for s in re.split(r"[.!?:]\s", text) if s.strip())

    # Read aloud to a 4-7 year old: short sentences.
    assert longest_sentence(young) <= 18
    assert "It is not your fault" in young or "it is not your fault" in young


def test_welsh_is_really_welsh_and_unknown_languages_fall_back_to_english() -> None:
    english = support_reply("12_15", "en", out_of_hours=False, assisted=False)
    welsh = support_reply("12_15", "cy", out_of_hours=False, assisted=False)
    assert welsh != english
    assert "Diolch am ddweud wrtha i" in welsh
    assert "Thank you" not in welsh
    assert support_reply("12_15", "pl", out_of_hours=False, assisted=False) == english
    assert talk_reply("8_11", "fr", out_of_hours=True, assisted=False) == talk_reply(
        "8_11", "en", out_of_hours=True, assisted=False)


def test_unknown_band_still_gets_a_full_reply() -> None:
    text = support_reply("adult", "en", out_of_hours=False, assisted=False)
    assert "0800 1111" in text
    assert "999" in text


@pytest.mark.parametrize("reply", REPLIES, ids=lambda f: f.__name__)
@pytest.mark.parametrize(("band", "language", "out_of_hours", "assisted"), EVERY_CASE,
                         ids=CASE_IDS)
def test_a_survey_about_the_iro_names_only_the_duty_team(
    reply: object, band: str, language: str, out_of_hours: bool, assisted: bool
) -> None:
    """Tell Us More alerts go to duty staff, not the IRO: the child is told that, honestly."""
    assert callable(reply)
    text = reply(band, language, out_of_hours=out_of_hours, assisted=assisted, about_iro=True)
    assert "IRO" not in text, text
    duty = {"en": ("safeguarding worker", "duty worker", "keep children safe", "on duty",
                   "grown-up who helps children"),
            "cy": ("gweithiwr diogelu", "ar ddyletswydd", "cadw plant yn ddiogel",
                   "oedolyn sy'n helpu plant")}[language]
    assert any(phrase in text for phrase in duty), text
    told = {"en": ("will be told", "being told", "have to tell", "telling", "let the duty"),
            "cy": ("yn cael gwybod", "dweud wrth", "rhoi gwybod")}[language]
    assert any(phrase in text for phrase in told), text
    assert "Childline" in text and "0800 1111" in text and "999" in text
    assert not SECRECY.search(text), f"reply promises secrecy: {text!r}"


@pytest.mark.parametrize("reply", REPLIES, ids=lambda f: f.__name__)
def test_the_usual_reply_still_names_the_iro_and_the_duty_team(reply: object) -> None:
    assert callable(reply)
    usual = reply("12_15", "en", out_of_hours=False, assisted=False)
    about_iro = reply("12_15", "en", out_of_hours=False, assisted=False, about_iro=True)
    assert "Your IRO and" in usual or "your IRO and" in usual
    assert "IRO" not in about_iro and about_iro != usual


# --- two levels, and Childline and 999 once each -------------------------------------------------

ALL_REPLIES = (support_reply, talk_reply, worry_reply)


@pytest.mark.parametrize("reply", ALL_REPLIES, ids=lambda f: f.__name__)
@pytest.mark.parametrize(("band", "language", "out_of_hours", "assisted"), EVERY_CASE,
                         ids=CASE_IDS)
def test_childline_and_999_are_each_given_once_per_reply(
    reply: object, band: str, language: str, out_of_hours: bool, assisted: bool
) -> None:
    assert callable(reply)
    for about_iro in (False, True):
        text = reply(band, language, out_of_hours=out_of_hours, assisted=assisted,
                     about_iro=about_iro)
        assert text.count("0800 1111") == 1, text
        assert text.count("999") == (0 if reply is worry_reply else 1), text


@pytest.mark.parametrize(("band", "language", "out_of_hours", "assisted"), EVERY_CASE,
                         ids=CASE_IDS)
def test_a_worry_gets_a_kind_reply_childline_and_the_iro_but_no_999(
    band: str, language: str, out_of_hours: bool, assisted: bool
) -> None:
    text = worry_reply(band, language, out_of_hours=out_of_hours, assisted=assisted)
    assert "Childline" in text and "0800 1111" in text
    assert "999" not in text
    assert "IRO" in text
    assert not SECRECY.search(text), f"reply promises secrecy: {text!r}"
    # Not the emergency wording: no "can't keep this between us", no danger.
    assert "between us" not in text and "rhyngon ni" not in text
    assert "danger" not in text and "perygl" not in text
    urgent = support_reply(band, language, out_of_hours=out_of_hours, assisted=assisted)
    assert text != urgent
    about_iro = worry_reply(band, language, out_of_hours=out_of_hours, assisted=assisted,
                            about_iro=True)
    assert "IRO" not in about_iro


def test_a_young_child_with_an_adult_helping_is_told_simply_and_the_adult_is_not_told() -> None:
    for language, adult in (("en", "To the adult helping"), ("cy", "I'r oedolyn sy'n helpu")):
        text = support_reply("4_7", language, out_of_hours=False, assisted=True)
        # Nothing addressed to the adult, who may be the person the child named ...
        assert adult not in text
        assert "safeguarding" not in text and "diogelu" not in text
        assert "duty" not in text and "ddyletswydd" not in text
        # ... and the child hears, in simple words, who will know.
        assert "IRO" in text
    text = support_reply("4_7", "en", out_of_hours=False, assisted=True)
    assert "I have to tell your IRO and another grown-up who helps children." in text
    # A child of 4-7 on their own, and an older child with an adult, keep the usual wording.
    assert "keep children safe" in support_reply("4_7", "en", out_of_hours=False, assisted=False)
    assert "To the adult helping" in support_reply("8_11", "en", out_of_hours=False,
                                                   assisted=True)


def test_a_young_child_with_an_adult_helping_hears_a_worry_simply_and_the_adult_is_not_told(
) -> None:
    # A worry can be about the adult reading along too ("he makes me feel dirty"); staff are
    # told the adult heard nothing, so the reply must not tell them.
    for language, adult in (("en", "To the adult helping"), ("cy", "I'r oedolyn sy'n helpu")):
        text = worry_reply("4_7", language, out_of_hours=False, assisted=True)
        assert adult not in text
        assert "IRO" in text and "0800 1111" in text and "999" not in text
    text = worry_reply("4_7", "en", out_of_hours=True, assisted=True)
    assert "I will tell your IRO, so they can help you." in text
    # An older child with an adult still has the adult spoken to.
    assert "To the adult helping" in worry_reply("8_11", "en", out_of_hours=False,
                                                 assisted=True)
