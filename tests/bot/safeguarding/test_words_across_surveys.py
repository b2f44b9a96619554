"""Through the running bot: which of a child's words are read together, and who is told.

A disclosure split over messages is caught within one conversation: one survey's answers, and
whatever the child writes that answers no question (outside a survey, a caption). An answer to
one survey is never read with another survey's answers. And whatever was joined, an alert about
words written in the survey about the IRO, or that name or concern the IRO, never reaches that
IRO: the duty team is told, with the words, and the child is told so truly.
"""

from __future__ import annotations

from datetime import timedelta

from bot.channels.telegram import handlers as telegram_channel
from bot.conversation.consultation import replies_for_run
from hearme_dev.sandbox import BotMessage
from surveys.engine import Prompt
from tests.bot.staff.test_staff import NOW
from tests.support.council import (
    ADMIN_CHAT,
    DUTY_CHAT,
    IRO_CHAT,
    TEEN_CHAT,
    Council,
    add_review,
)
from tests.support.telegram import BotWorld, Player, play_run, skip_to

# Neither half raises anything alone, to the rules or the learned layer; together they do.
FIRST, SECOND = "i walk past the bridge every day", "and i think about jumping off it"
NAMED = "alice hurts me when nobody is looking"  # Alice Reviewer is Jordan's IRO


def _page(sent: list[BotMessage]) -> str:
    """The views page a staff command sent as a document."""
    data = getattr(sent[1], "file_bytes", None) or b""
    return bytes(data).decode("utf-8")


def _alerts_to(world: BotWorld, chat_id: int) -> list[str]:
    return [
        m.text
        for m in world.api.messages(chat_id)
        if m.button_data[:1] and m.button_data[0].startswith("ack:")
    ]


async def _jordan_in(world: BotWorld, council: Council, survey: str) -> tuple[Player, int]:
    """Jordan (16) with ``survey`` offered and its buttons in the chat."""
    world.clock.now = NOW
    # Beyond My Review's window, so nothing else is offered in between.
    await add_review(world.db, council.teen, NOW + timedelta(days=30))
    run_id = await world.offer(council.teen, survey)
    replies = await replies_for_run(world.services, run_id, greeting=True)
    await telegram_channel.deliver(world.app.bot, TEEN_CHAT, replies)
    return world.chat(TEEN_CHAT), run_id


def _first_words_last(prompt: Prompt) -> str | int:
    """Tell Us More answered with FIRST as its last written answer, the other skipped."""
    if prompt.accepts_text:
        return FIRST if prompt.question_id == "one_thing_to_change" else len(prompt.choices)
    return 0


async def _told_duty_not_the_iro(world: BotWorld, council: Council, *words: str) -> str:
    """One alert, about the IRO: the duty team has the words, the IRO nothing, the admin no
    words. Returns what the duty worker read."""
    [alert] = await world.query("SELECT about_staff_id, excerpt FROM alerts")
    assert alert["about_staff_id"] == council.iro
    assert world.db.cipher.decrypt(alert["excerpt"]) == "\n".join(words)
    assert _alerts_to(world, IRO_CHAT) == []
    [duty] = _alerts_to(world, DUTY_CHAT)
    assert all(w in duty for w in words) and "their IRO has not been sent it" in duty
    assert "the duty team will know" in duty and "IRO and the duty team will know" not in duty
    [admin] = _alerts_to(world, ADMIN_CHAT)
    assert not any(w in admin for w in words)
    return duty


async def test_words_in_the_survey_about_the_iro_joined_with_the_next_never_reach_the_iro(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id = await _jordan_in(world, world_council, "tell_us_more")
    await play_run(world, jordan, run_id, _first_words_last)
    assert await world.query("SELECT id FROM alerts") == []
    # The survey is over; Jordan talks on, outside any survey: read with the last words.
    replies = [m.text for m in await jordan.send(SECOND)]
    assert "0800 1111" in replies[0] and "IRO" not in replies[0]
    duty = await _told_duty_not_the_iro(world, world_council, FIRST, SECOND)
    assert "began in the survey about them" in duty


async def test_an_answer_in_the_next_survey_is_not_read_with_the_last_surveys_answers(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id = await _jordan_in(world, world_council, "tell_us_more")
    await play_run(world, jordan, run_id, _first_words_last)
    review_id = await world.offer(world_council.teen, "my_review")
    await telegram_channel.deliver(
        world.app.bot, TEEN_CHAT, await replies_for_run(world.services, review_id, greeting=True)
    )
    await skip_to(world, jordan, review_id, "for_iro")
    # An answer to a new survey's question: a new thought, for other readers.
    replies = [m.text for m in await jordan.send(SECOND)]
    assert not any("0800 1111" in text for text in replies)
    assert await world.query("SELECT id FROM alerts") == []


async def test_a_split_disclosure_within_the_survey_about_the_iro_goes_to_duty_only(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id = await _jordan_in(world, world_council, "tell_us_more")
    await skip_to(world, jordan, run_id, "anything_else_about_iro")
    await jordan.send(FIRST)
    await jordan.send(SECOND)  # on whatever comes next in the same survey
    await _told_duty_not_the_iro(world, world_council, FIRST, SECOND)


async def test_a_disclosure_naming_the_iro_anywhere_never_reaches_them(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id = await _jordan_in(world, world_council, "my_review")
    await skip_to(world, jordan, run_id, "for_iro")
    replies = [m.text for m in await jordan.send(NAMED)]
    caring = next(text for text in replies if "0800 1111" in text)
    assert "IRO" not in caring and "safeguarding worker" in caring
    # Nor is the child told the words will go to their IRO on the next screen.
    assert not any("will go to your IRO" in text for text in replies)
    assert any("What you wrote will go to a safeguarding worker" in text for text in replies)
    duty = await _told_duty_not_the_iro(world, world_council, NAMED)
    assert "name or concern their IRO" in duty

    # My Review comes back: the IRO's views hold Jordan's other answers, but not those words
    # (kept "just for my IRO" once alerted); the duty team has them in the alert.
    await play_run(world, jordan, run_id)
    iro_page = _page(await world.chat(IRO_CHAT).send("/views C001"))
    assert "Jordan" in iro_page and "(skipped)" in iro_page
    assert NAMED not in iro_page and "An alert was raised" not in iro_page


async def test_a_caption_sent_during_the_survey_about_the_iro_never_reaches_them(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id = await _jordan_in(world, world_council, "tell_us_more")
    await skip_to(world, jordan, run_id, "anything_else_about_iro")
    await jordan.photo(caption="he hits me when nobody is looking")
    await _told_duty_not_the_iro(world, world_council, "he hits me when nobody is looking")
