"""Through the running bot: words a child writes about their IRO never reach that IRO's views.

The child is told that words marked "not to your IRO" will not be shown to them. So the answer
holding them stays out of the IRO's views for the coming review (not "just for my IRO" either),
and out of "last time" at the next one, however long it was or however the child changed it
afterwards; the duty team reads the alert, with the words. An admin reads the views but never
a disclosure's words: the alert is listed for them, its answer left out.
"""

from __future__ import annotations

from datetime import timedelta

from bot.channels.telegram import handlers as telegram_channel
from bot.conversation.consultation import replies_for_run
from surveys.engine import Prompt
from tests.bot.safeguarding.test_about_iro_screens import _at_for_iro
from tests.bot.safeguarding.test_alerts_about_iro import ABOUT_IRO
from tests.bot.safeguarding.test_words_across_surveys import (
    NAMED,
    _alerts_to,
    _page,
    _told_duty_not_the_iro,
)
from tests.bot.staff.test_staff import NOW
from tests.support.council import (
    ADMIN_CHAT,
    DUTY_CHAT,
    IRO_CHAT,
    TEEN_CHAT,
    Council,
    add_review,
)
from tests.support.telegram import BotWorld, Player, play_run

CHANGED = "i would like to talk about school"


async def _pages(world: BotWorld) -> tuple[str, str]:
    """The views page as Jordan's IRO and as the admin read it: neither reads the words (the
    IRO may not know of the alert, an admin never reads a disclosure's words)."""
    iro = _page(await world.chat(IRO_CHAT).send("/views C001"))
    admin = _page(await world.chat(ADMIN_CHAT).send("/views C001"))
    assert "Jordan" in iro and "Jordan" in admin
    return iro, admin


async def test_a_long_answer_naming_the_iro_stays_out_of_their_views(
    world: BotWorld, world_council: Council
) -> None:
    # Longer than an answer keeps: the words naming the IRO come after the part kept, so no
    # part of the stored answer is the alert's words.
    world.services.settings.max_text_chars = 60
    said = "there is something i have to say and it is hard to say it. " * 2 + NAMED
    jordan, run_id, _ = await _at_for_iro(world, world_council)
    await jordan.send(said)
    await _told_duty_not_the_iro(world, world_council, said)
    await play_run(world, jordan, run_id)
    [answer] = await world.query("SELECT text FROM answers WHERE question_id = 'for_iro'")
    assert world.db.cipher.decrypt(answer["text"]) == said[:60]
    iro, admin = await _pages(world)
    assert "An alert was raised" not in iro and "(skipped)" in iro
    assert "An alert was raised" in admin and "just for their IRO" not in admin
    # The admin is told truly who reads the words: duty alone, not the IRO they are about.
    assert "shown only to duty staff: they are about a member of staff" in admin
    assert "their IRO and duty staff" not in admin
    for page in (iro, admin):
        assert "there is something i have to say" not in page and NAMED not in page


async def _change(world: BotWorld, player: Player, run_id: int, question_id: str) -> None:
    prompt: Prompt = await world.prompt_of(run_id)
    assert prompt.kind == "review"
    index = next(i for i, c in enumerate(prompt.choices) if c.id == f"_change:{question_id}")
    await player.tap_index(index)


async def test_an_answer_changed_after_naming_the_iro_stays_out_of_their_views(
    world: BotWorld, world_council: Council
) -> None:
    jordan, run_id, _ = await _at_for_iro(world, world_council)
    await jordan.send(NAMED)
    await _told_duty_not_the_iro(world, world_council, NAMED)
    # From the summary Jordan goes back and writes something else, which raises nothing.
    await _change(world, jordan, run_id, "for_iro")
    await jordan.send(CHANGED)
    await play_run(world, jordan, run_id)
    assert len(await world.query("SELECT id FROM alerts")) == 1
    [answer] = await world.query("SELECT text FROM answers WHERE question_id = 'for_iro'")
    assert world.db.cipher.decrypt(answer["text"]) == CHANGED
    iro, admin = await _pages(world)
    assert "An alert was raised" not in iro and "An alert was raised" in admin
    for page in (iro, admin):
        assert CHANGED not in page and NAMED not in page


def _feedback_naming_the_iro(prompt: Prompt) -> str | int:
    """After my review: the reason for the rating names the IRO; other words are skipped."""
    if prompt.accepts_text:
        return NAMED if prompt.question_id == "how_it_went_why" else len(prompt.choices)
    return 0


async def test_feedback_naming_the_iro_stays_out_of_last_time_at_the_next_review(
    world: BotWorld, world_council: Council
) -> None:
    world.clock.now = NOW
    last = await add_review(world.db, world_council.teen, NOW - timedelta(days=1))
    await add_review(world.db, world_council.teen, NOW + timedelta(days=60))
    run_id = await world.offer(world_council.teen, "after_my_review", review_id=last)
    replies = await replies_for_run(world.services, run_id, greeting=True)
    await telegram_channel.deliver(world.app.bot, TEEN_CHAT, replies)
    jordan = world.chat(TEEN_CHAT)
    await play_run(world, jordan, run_id, _feedback_naming_the_iro)
    await _told_duty_not_the_iro(world, world_council, NAMED)
    [reason] = await world.query(
        "SELECT text FROM answers WHERE question_id = 'how_it_went_why'"
    )
    assert world.db.cipher.decrypt(reason["text"]) == NAMED
    iro, admin = await _pages(world)
    assert "An alert was raised" not in iro and "An alert was raised" in admin
    for page in (iro, admin):
        # The rest of last time is there; the reason the child gave is not.
        assert "Afterwards, last time: 🟢 Green." in page
        assert NAMED not in page and "because" not in page


async def test_words_about_the_iro_stay_out_of_the_views_of_an_iro_recorded_after_them(
    world: BotWorld, world_council: Council
) -> None:
    # Jordan had no IRO on record when writing about their IRO, so the alert names nobody:
    # it is kept as about the IRO, and the IRO recorded afterwards does not read the words.
    async with world.db.transaction() as conn:
        await conn.execute("UPDATE children SET iro_id = NULL WHERE id = ?", (world_council.teen,))
    jordan, run_id, _ = await _at_for_iro(world, world_council)
    await jordan.send(ABOUT_IRO)
    await play_run(world, jordan, run_id)
    [alert] = await world.query("SELECT about_iro, about_staff_id FROM alerts")
    assert (alert["about_iro"], alert["about_staff_id"]) == (1, None)
    [to_duty] = _alerts_to(world, DUTY_CHAT)
    assert ABOUT_IRO in to_duty

    async with world.db.transaction() as conn:
        await conn.execute(
            "UPDATE children SET iro_id = ? WHERE id = ?", (world_council.iro, world_council.teen)
        )
    iro, admin = await _pages(world)
    assert "An alert was raised" not in iro and "An alert was raised" in admin
    assert "shown only to duty staff: they are about a member of staff" in admin
    for page in (iro, admin):
        assert ABOUT_IRO not in page and "hurts me" not in page
