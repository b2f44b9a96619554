"""A disclosure in a survey about the IRO alerts the duty team, not the IRO, and the child is
told exactly that; anywhere else the child hears that their IRO will be told too."""

from __future__ import annotations

from bot.channels.telegram import handlers as telegram_channel
from bot.conversation.consultation import replies_for_run
from tests.support.council import TEEN_CHAT, Council
from tests.support.telegram import BotWorld, skip_to


async def caring_reply_in(world: BotWorld, council: Council, survey: str, question: str) -> str:
    run_id = await world.offer(council.teen, survey)
    # The offer as the scheduler sends it, so the buttons are in the chat.
    replies = await replies_for_run(world.services, run_id, greeting=True)
    await telegram_channel.deliver(world.app.bot, TEEN_CHAT, replies)
    teen = world.chat(TEEN_CHAT)
    await skip_to(world, teen, run_id, question)
    answered = await teen.send("he hits me when nobody is looking")
    [caring] = [m.text for m in answered if "0800 1111" in m.text]
    return caring


async def test_tell_us_more_disclosure_names_the_safeguarding_worker_not_the_iro(
    world: BotWorld, world_council: Council
) -> None:
    caring = await caring_reply_in(world, world_council, "tell_us_more", "anything_else_about_iro")
    assert "safeguarding worker" in caring
    assert "IRO" not in caring


async def test_my_review_disclosure_still_names_the_iro(
    world: BotWorld, world_council: Council
) -> None:
    caring = await caring_reply_in(world, world_council, "my_review", "for_iro")
    assert "Your IRO and the safeguarding duty worker will be told" in caring
