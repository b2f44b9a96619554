"""A child who enrols, writes, or opens their page while My Review is already due is offered it
there and then, not told "Nothing to answer right now" until the scheduler's next pass; and
After my review goes only to children who were at their meeting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.outbox import scheduler
from storage import outbox, reviews, runs
from tests.bot.channels.web.world import FormClient, build_world, close_world
from tests.bot.outbox.test_child_writes import tick_at
from tests.support.council import YOUNGER_CHAT, Council, add_review
from tests.support.telegram import BotWorld

REVIEW_AT = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
TUESDAY_EVENING = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # ten days before, not quiet
NEW_PHONE = 555_002


async def test_enrolling_while_my_review_is_due_offers_it_before_any_planner_pass(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.teen, REVIEW_AT)
    world.clock.now = TUESDAY_EVENING
    assert await outbox.get_by_key(world.db.reader, "offer:my_review:review:1") is None
    code = await world.invite("child", child_id=world_council.teen)
    replies = await world.chat(NEW_PHONE).send(f"/start {code}")
    assert not any("Nothing to answer" in m.text for m in replies)
    assert "(1/17) How are things where you are living?" in replies[-1].text
    [run] = await runs.runs_for_child(world.db.reader, world_council.teen)
    assert (run.definition_id, run.review_id) == ("my_review", 1)
    row = await outbox.get_by_key(world.db.reader, "offer:my_review:review:1")
    assert row is not None and (row.status, row.run_id) == ("sent", run.id)


async def test_a_child_who_writes_while_my_review_is_due_gets_it_in_the_reply(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.younger, REVIEW_AT)
    world.clock.now = TUESDAY_EVENING
    replies = await world.chat(YOUNGER_CHAT).send("hello")
    assert not any("Nothing to answer" in m.text for m in replies)
    assert "How are things at home" in replies[-1].text
    [run] = await runs.runs_for_child(world.db.reader, world_council.younger)
    assert run.definition_id == "my_review"


async def test_opening_the_page_while_my_review_is_due_shows_its_first_question(
    tmp_path: Path,
) -> None:
    web = await build_world(tmp_path, survey=None)
    try:
        async with web.services.db.transaction() as conn:
            await reviews.upsert_review(
                conn,
                child_id=web.child_id,
                review_at=web.clock() + timedelta(days=9),
                age_band="8_11",
            )
        async with FormClient(web.base_url) as client:
            await client.get(await web.new_link())
            page = await client.choose_pin("4829")
        assert "Nothing to answer" not in page.text()
        assert "How are things at home" in page.text()
        assert [r["definition_id"] for r in web.rows("SELECT definition_id FROM runs")] == [
            "my_review"
        ]
    finally:
        await close_world(web)


async def _held_with_code(world: BotWorld, child_id: int, code: str | None) -> int:
    review_id = await add_review(world.db, child_id, REVIEW_AT)
    if code is not None:
        async with world.db.transaction() as conn:
            await conn.execute(
                "UPDATE reviews SET participation_code = ? WHERE id = ?", (code, review_id)
            )
    return review_id


async def test_after_my_review_is_not_sent_to_a_child_who_was_not_there(
    world: BotWorld, world_council: Council
) -> None:
    away = await _held_with_code(world, world_council.teen, "PN6")
    there = await _held_with_code(world, world_council.younger, "PN1")
    state = scheduler.TickState()
    await tick_at(world, state, REVIEW_AT + timedelta(days=1, hours=1))
    assert await outbox.get_by_key(world.db.reader, f"offer:after_my_review:review:{away}") is None
    offered = await runs.runs_for_child(world.db.reader, world_council.younger)
    assert [r.definition_id for r in offered] == ["after_my_review"]
    assert await runs.runs_for_child(world.db.reader, world_council.teen) == []
    assert offered[0].review_id == there


async def test_a_code_recorded_after_planning_still_stops_after_my_review(
    world: BotWorld, world_council: Council
) -> None:
    review_id = await _held_with_code(world, world_council.teen, None)
    state = scheduler.TickState()
    await tick_at(world, state, REVIEW_AT + timedelta(hours=2))  # planned for the next day
    key = f"offer:after_my_review:review:{review_id}"
    row = await outbox.get_by_key(world.db.reader, key)
    assert row is not None and row.status == "pending"
    async with world.db.transaction() as conn:
        await conn.execute(
            "UPDATE reviews SET participation_code = 'PN7' WHERE id = ?", (review_id,)
        )
    await tick_at(world, state, REVIEW_AT + timedelta(days=1, hours=1))
    row = await outbox.get_by_key(world.db.reader, key)
    assert row is not None and row.status == "cancelled"
    assert await runs.runs_for_child(world.db.reader, world_council.teen) == []


async def test_telegram_offers_a_voice_note_where_one_is_taken(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.younger, REVIEW_AT)
    world.clock.now = TUESDAY_EVENING
    player = world.chat(YOUNGER_CHAT)
    await player.send("hello")
    for _ in range(20):
        prompt = player.last_prompt()
        if "anything else you want your IRO to know" in prompt.text:
            break
        await player.tap("Skip")
    else:
        raise AssertionError("never reached the question for the IRO")
    assert prompt.text.endswith(
        "Is there anything else you want your IRO to know?\nYou can type it or send a voice note."
    )
    # Questions answered with buttons say nothing of voice notes.
    earlier = [m.text for m in player.messages if "/14) " in m.text][:-1]
    assert len(earlier) >= 10 and not any("voice note" in text for text in earlier)
