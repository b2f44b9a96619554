"""The bot's own sentences fill the child's words the way the surveys do: ``{review}`` and
``{iro}`` are whole phrases, so every sentence reads right with the defaults and with a child's
own "my meeting" and their IRO's first name."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot.conversation.messages import _TEXTS, privacy_notice, say
from tests.support.telegram import BotWorld

OWN_WORDS = {"review": "my meeting", "iro": "Priya"}
# Doubled or clashing determiners: what a phrase placed after "your"/"my" looks like.
_CLASH = re.compile(
    r"\b(your|my|dy|fy)\s+(your|my|dy|fy|Priya)\b|\b(Your|My)\s+Priya\b", re.IGNORECASE
)


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("words", [{}, OWN_WORDS], ids=["defaults", "own words"])
def test_every_sentence_reads_right(language: str, words: dict[str, str]) -> None:
    for key in _TEXTS:
        text = say(key, language, words, name="Sam", answers=3, limit=3000)
        assert "{" not in text and "}" not in text, (key, text)
        assert _CLASH.search(text) is None, (key, text)


def test_defaults_and_a_name_in_the_sentences_children_see_first() -> None:
    assert say("greeting", "en", {}, name="Sam") == (
        "Hi Sam! I'm hearme. I help you say what you think, before and after your meeting."
    )
    assert say("greeting", "en", OWN_WORDS, name="Sam").endswith("before and after my meeting.")
    assert privacy_notice("8_11", "en", {}).startswith("🔒 Who reads your answers: your IRO.")
    assert privacy_notice("8_11", "en", OWN_WORDS).startswith("🔒 Who reads your answers: Priya.")
    older = privacy_notice("12_15", "en", OWN_WORDS)
    assert "Who reads this: Priya, and the people at my meeting" in older
    assert "just for Priya" in older and "tell Priya or the duty team" in older
    default = privacy_notice("16_plus", "en", {})
    # hearme speaks to the child: "your IRO" (the child says "my IRO" on their own buttons).
    assert "just for your IRO" in default and "my IRO" not in default
    assert say("private_word_button", "en", {}) == "🗣 A private word with my IRO"
    assert say("private_word_button", "en", OWN_WORDS) == "🗣 A private word with Priya"
    assert say("thanks_done", "en", {}, name="Sam").endswith("have gone to your IRO.")
    assert "dy Swyddog Adolygu" in say("help", "cy", {})


async def test_the_child_is_greeted_in_their_own_words(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await world.add_child("C1", "Sam", date(2009, 5, 5), words=OWN_WORDS)
        sam = await world.enrol_child(child, 601)
        first = sam.messages[0].text
        assert first.startswith(
            "Hi Sam! I'm hearme. I help you say what you think, before and after my meeting."
        )
        assert "Who reads this: Priya" in first and "your my" not in first
        help_text = (await sam.send("/help"))[0].text
        assert help_text.startswith(
            "I ask you what you think before and after my meeting, and pass it to Priya."
        )
