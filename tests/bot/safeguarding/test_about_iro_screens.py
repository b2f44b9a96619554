"""Through the running bot: what a child is shown, and who is told, when their words or their
request to talk are about their IRO.

The child's own screens say truly where words about their IRO go (a safeguarding worker, not
the IRO): the summary before they send, and the thank-you. A request to talk made while the
survey about the IRO is open goes to the duty team. And an IRO whose first name is an everyday
word ("Will") is kept off an alert only where the child used it as a name.
"""

from __future__ import annotations

from bot.safeguarding.iro_named import names_iro
from hearme_dev.sandbox import BotMessage
from surveys.engine import Prompt
from tests.bot.safeguarding.test_words_across_surveys import NAMED, _alerts_to, _jordan_in
from tests.support.council import DUTY_CHAT, IRO_CHAT, Council
from tests.support.telegram import BotWorld, Player, skip_to

ABOUT_IRO = "he hits me when nobody is looking"
SAID_FOR_THE_IRO = "(sent to your IRO and a safeguarding worker)"
NOT_TO_THE_IRO = "(sent to a safeguarding worker, not to your IRO."


def _texts(sent: list[BotMessage]) -> str:
    return "\n".join(m.text for m in sent)


def _caring(sent: list[BotMessage]) -> str:
    return next(m.text for m in sent if "0800 1111" in m.text)


async def _skip_to_review(world: BotWorld, player: Player, run_id: int, since: int) -> str:
    """Press Skip until the run is on its last step; returns all the bot said in the chat
    from message ``since`` on (the summary is the last of it)."""
    for _ in range(40):
        prompt: Prompt = await world.prompt_of(run_id)
        if prompt.kind == "review":
            return _texts(player.messages[since:])
        await player.tap_index(len(prompt.choices))  # Skip is the first control
    raise AssertionError(f"run {run_id} never reached its last step")


async def _send(world: BotWorld, player: Player, run_id: int) -> str:
    prompt = await world.prompt_of(run_id)
    send = next(i for i, c in enumerate(prompt.choices) if c.id == "_send")
    return _texts(await player.tap_index(send))


async def _at_for_iro(world: BotWorld, council: Council) -> tuple[Player, int, int]:
    """Jordan in My Review, on the question for their IRO: the player, the run and how many
    messages the chat had then (what the bot says from there on is read)."""
    jordan, run_id = await _jordan_in(world, council, "my_review")
    await skip_to(world, jordan, run_id, "for_iro")
    return jordan, run_id, len(jordan.messages)


async def test_the_summary_and_thanks_say_words_naming_the_iro_go_to_a_safeguarding_worker(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id, since = await _at_for_iro(world, world_council)
    await jordan.send(NAMED)
    review = await _skip_to_review(world, jordan, run_id, since)
    assert NAMED in review and NOT_TO_THE_IRO in review
    assert SAID_FOR_THE_IRO not in review and "just for" not in review.split(NAMED)[1][:40]
    assert 'marked "not to your IRO" will not be shown to your IRO' in review
    thanks = await _send(world, jordan, run_id)
    assert "went to a safeguarding worker, not to your IRO" in thanks
    [alert] = await world.query("SELECT about_staff_id FROM alerts")
    assert alert["about_staff_id"] == world_council.iro and _alerts_to(world, IRO_CHAT) == []


async def test_words_in_the_survey_about_the_iro_are_shown_going_to_a_safeguarding_worker(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id = await _jordan_in(world, world_council, "tell_us_more")
    await skip_to(world, jordan, run_id, "anything_else_about_iro")
    since = len(jordan.messages)
    told = _texts(await jordan.send(ABOUT_IRO))
    assert "0800 1111" in told and "IRO and" not in told
    review = await _skip_to_review(world, jordan, run_id, since)
    assert ABOUT_IRO in review and NOT_TO_THE_IRO in review and SAID_FOR_THE_IRO not in review
    assert "not to your IRO" in await _send(world, jordan, run_id)


async def test_words_not_about_the_iro_still_say_the_iro_will_see_them(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id, since = await _at_for_iro(world, world_council)
    await jordan.send("my foster dad hits me when nobody is looking")
    review = await _skip_to_review(world, jordan, run_id, since)
    assert SAID_FOR_THE_IRO in review and "not to your IRO" not in review
    assert "not to your IRO" not in await _send(world, jordan, run_id)
    assert len(_alerts_to(world, IRO_CHAT)) == 1


async def test_asking_to_talk_in_the_survey_about_the_iro_goes_to_duty_not_the_iro(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id = await _jordan_in(world, world_council, "tell_us_more")
    await skip_to(world, jordan, run_id, "iro_spends_time_listens")
    reply = _texts(await jordan.send("/talk"))
    assert "duty worker" in reply and "IRO" not in reply.split("0800 1111")[0]
    [alert] = await world.query("SELECT kind, about_staff_id, run_id FROM alerts")
    assert (alert["kind"], alert["about_staff_id"], alert["run_id"]) == (
        "talk",
        world_council.iro,
        run_id,
    )
    assert _alerts_to(world, IRO_CHAT) == []
    [duty] = _alerts_to(world, DUTY_CHAT)
    assert "asked to talk" in duty and "while the survey about their IRO was open" in duty
    assert "the duty team will know" in duty and "their IRO and" not in duty


async def test_asking_to_talk_in_another_survey_still_goes_to_the_iro(
    world: BotWorld, world_council: Council
) -> None:
    jordan, _, _ = await _at_for_iro(world, world_council)
    reply = _texts(await jordan.send("/talk"))
    assert "your IRO" in reply
    [alert] = await world.query("SELECT about_staff_id FROM alerts")
    assert alert["about_staff_id"] is None
    assert len(_alerts_to(world, IRO_CHAT)) == 1 and len(_alerts_to(world, DUTY_CHAT)) == 1


async def _iro_called_will(world: BotWorld, council: Council) -> None:
    async with world.db.transaction() as conn:
        await conn.execute("UPDATE staff SET name = 'Will Jones' WHERE id = ?", (council.iro,))


async def test_an_iro_called_will_is_kept_off_words_using_will_as_their_name(
    world: BotWorld, world_council: Council
) -> None:
    await _iro_called_will(world, world_council)
    jordan, run_id, since = await _at_for_iro(world, world_council)
    words = "will hurts me when nobody is looking"
    assert names_iro(words, iro_name="Will Jones")
    caring = _caring(await jordan.send(words))
    assert "IRO" not in caring
    [alert] = await world.query("SELECT about_staff_id FROM alerts")
    assert alert["about_staff_id"] == world_council.iro
    assert _alerts_to(world, IRO_CHAT) == [] and len(_alerts_to(world, DUTY_CHAT)) == 1
    assert NOT_TO_THE_IRO in await _skip_to_review(world, jordan, run_id, since)


async def test_an_iro_called_will_still_hears_of_words_using_will_as_a_word(
    world: BotWorld, world_council: Council
) -> None:
    await _iro_called_will(world, world_council)
    jordan, run_id, since = await _at_for_iro(world, world_council)
    words = "my foster dad hits me and I will tell my carer"
    caring = _caring(await jordan.send(words))
    assert "Your IRO and" in caring
    [alert] = await world.query("SELECT about_staff_id FROM alerts")
    assert alert["about_staff_id"] is None
    [iro] = _alerts_to(world, IRO_CHAT)
    assert words in iro
    assert SAID_FOR_THE_IRO in await _skip_to_review(world, jordan, run_id, since)


async def test_the_iros_name_far_into_a_long_answer_still_keeps_the_alert_from_them(
    world: BotWorld, world_council: Council
) -> None:
    # The alert keeps the first 500 characters; the IRO is read for in all the child wrote.
    await _iro_called_will(world, world_council)
    jordan, _, _ = await _at_for_iro(world, world_council)
    filler = "School is alright and I like art and football with my mates on Saturdays. " * 8
    words = f"he hits me when nobody is looking. {filler}It was Will who did it."
    assert len(words) > 600
    await jordan.send(words)
    [alert] = await world.query("SELECT about_staff_id FROM alerts")
    assert alert["about_staff_id"] == world_council.iro
    assert _alerts_to(world, IRO_CHAT) == [] and len(_alerts_to(world, DUTY_CHAT)) == 1
