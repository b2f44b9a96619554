"""Children who answer on the web page get the same consultations on the same timetable: the
scheduler opens their run at the due time (quiet hours do not matter, nothing is pushed to them)
and tells their IRO, who is also sent each reminder; closing is as on Telegram. A child with
Telegram too is reached there, and the run is one whichever channel they answer on."""

from __future__ import annotations

from datetime import UTC, date, datetime

import aiosqlite

from bot.conversation.consultation import open_run_for
from bot.outbox import planning, scheduler
from storage import children, invites, outbox, runs, web_sessions
from storage.db import Database
from tests.support.council import (
    IRO_CHAT,
    OTHER_IRO_CHAT,
    TEEN_CHAT,
    Council,
    add_review,
)
from tests.support.telegram import BotWorld

REVIEW_AT = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)  # a Friday
OPENED = "My Review is open for C004 on the web page (they use their link card)"


async def web_child(db: Database, iro_id: int | None, *, ref: str = "C004") -> int:
    """A 10-year-old with no Telegram chat who has set up their web link (chose a PIN)."""
    now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    async with db.transaction() as conn:
        child_id = await children.upsert_child(
            conn,
            child_ref=ref,
            first_name="Zoe",
            date_of_birth=date(2015, 6, 1),
            iro_id=iro_id,
            now=now,
        )
        await set_up_web_link(conn, child_id, now=now)
    return child_id


async def set_up_web_link(conn: aiosqlite.Connection, child_id: int, *, now: datetime) -> None:
    code = await invites.create_invite(conn, kind="web", child_id=child_id, now=now, days=14)
    link = await web_sessions.find_link(conn, invites.code_hash(code))
    assert link is not None
    assert await web_sessions.set_access(
        conn,
        link=link,
        secret_kind="pin",
        secret_hash=b"h" * 32,
        salt=b"s" * 16,
        used_by="web",
        now=now,
    )


async def tick_at(world: BotWorld, state: scheduler.TickState, moment: datetime) -> None:
    world.clock.now = moment
    await scheduler.tick(world.app.bot, world.services, state)


def texts(world: BotWorld, chat_id: int) -> list[str]:
    return [message.text for message in world.api.messages(chat_id)]


async def only_run(world: BotWorld, child_id: int) -> runs.RunRow:
    found = await runs.runs_for_child(world.db.reader, child_id)
    assert len(found) == 1, found
    return found[0]


async def test_web_only_child_is_offered_my_review_and_their_iro_is_told(
    world: BotWorld, world_council: Council
) -> None:
    child_id = await web_child(world.db, world_council.iro)
    await add_review(world.db, child_id, REVIEW_AT)
    state = scheduler.TickState()

    # Tuesday 21:00, ten days before: quiet hours hold nothing back, as nothing buzzes.
    await tick_at(world, state, datetime(2026, 3, 10, 21, 0, tzinfo=UTC))
    run = await only_run(world, child_id)
    assert run.definition_id == "my_review" and run.status == "sent"
    assert run.closes_at == REVIEW_AT
    told = texts(world, IRO_CHAT)
    assert len(told) == 1 and OPENED in told[0] and "Fri 20 Mar 2026" in told[0]
    assert texts(world, OTHER_IRO_CHAT) == []
    offer = await outbox.get_by_key(world.db.reader, "offer:my_review:review:1")
    assert offer is not None and offer.status == "sent" and offer.run_id == run.id
    # The page the child opens with their link shows this run's first question.
    loaded = await open_run_for(world.services, world.db.reader, child_id)
    assert loaded is not None and loaded.run.id == run.id
    assert loaded.prompt.kind == "question"

    await tick_at(world, state, datetime(2026, 3, 11, 9, 0, tzinfo=UTC))
    assert len(texts(world, IRO_CHAT)) == 1, "an outbox row is never sent twice"

    # Five days before: the reminder is one line to the IRO, counted on the run.
    await tick_at(world, state, datetime(2026, 3, 15, 10, 0, tzinfo=UTC))
    reminder = texts(world, IRO_CHAT)[1:]
    assert len(reminder) == 1
    assert "still open for C004 on the web page" in reminder[0]
    assert (await only_run(world, child_id)).reminders == 1

    # The child finishes on the page before the two-day reminder: the IRO hears nothing more.
    async with world.db.transaction() as conn:
        await runs.set_status(conn, run.id, "completed", now=world.clock())
    await tick_at(world, state, datetime(2026, 3, 18, 10, 0, tzinfo=UTC))
    assert len(texts(world, IRO_CHAT)) == 2
    later = await outbox.get_by_key(world.db.reader, f"remind:run:{run.id}:2d")
    assert later is not None and later.status == "cancelled"


async def test_unanswered_web_run_closes_at_the_review(
    world: BotWorld, world_council: Council
) -> None:
    child_id = await web_child(world.db, world_council.iro)
    await add_review(world.db, child_id, REVIEW_AT)
    state = scheduler.TickState()
    await tick_at(world, state, datetime(2026, 3, 10, 10, 0, tzinfo=UTC))
    await tick_at(world, state, REVIEW_AT)
    assert (await only_run(world, child_id)).status == "expired"
    # The IRO was told of the opening and each reminder; then asked how the child took part.
    await tick_at(world, state, datetime(2026, 3, 21, 10, 0, tzinfo=UTC))
    told = texts(world, IRO_CHAT)
    assert [OPENED in text for text in told[:1]] == [True]
    assert sum("still open for C004" in text for text in told) == 2
    assert any("take part" in text for text in told)


async def test_child_on_telegram_and_web_is_reached_on_telegram_with_one_run(
    world: BotWorld, world_council: Council
) -> None:
    async with world.db.transaction() as conn:
        await set_up_web_link(conn, world_council.teen, now=world.clock())
    await add_review(world.db, world_council.teen, REVIEW_AT)
    state = scheduler.TickState()
    # 21:00 is quiet hours for Telegram: nothing yet, and no run is opened behind their back.
    await tick_at(world, state, datetime(2026, 3, 10, 21, 0, tzinfo=UTC))
    assert texts(world, TEEN_CHAT) == []
    assert await runs.runs_for_child(world.db.reader, world_council.teen) == []
    await tick_at(world, state, datetime(2026, 3, 11, 8, 0, tzinfo=UTC))
    assert texts(world, TEEN_CHAT) and "Jordan" in texts(world, TEEN_CHAT)[0]
    assert not any("web page" in text for text in texts(world, IRO_CHAT))
    run = await only_run(world, world_council.teen)
    loaded = await open_run_for(world.services, world.db.reader, world_council.teen)
    assert loaded is not None and loaded.run.id == run.id


async def test_web_reminder_without_an_iro_chat_is_cancelled_and_the_run_still_opens(
    world: BotWorld, world_council: Council
) -> None:
    child_id = await web_child(world.db, None)
    await add_review(world.db, child_id, REVIEW_AT)
    state = scheduler.TickState()
    await tick_at(world, state, datetime(2026, 3, 10, 10, 0, tzinfo=UTC))
    run = await only_run(world, child_id)
    assert run.status == "sent"
    await tick_at(world, state, datetime(2026, 3, 15, 10, 0, tzinfo=UTC))
    reminder = await outbox.get_by_key(world.db.reader, f"remind:run:{run.id}:5d")
    assert reminder is not None and reminder.status == "cancelled"
    assert reminder.last_error == "nobody to tell"
    assert texts(world, IRO_CHAT) == []


async def test_campaign_reaches_web_only_children_but_not_stopped_ones(
    world: BotWorld, world_council: Council
) -> None:
    web_only = await web_child(world.db, world_council.iro)
    async with world.db.transaction() as conn:
        # A child who sent /stop in Telegram asked for no new questions, web link or not.
        await conn.execute("UPDATE chats SET stopped = 1 WHERE chat_id = ?", (TEEN_CHAT,))
        await set_up_web_link(conn, world_council.teen, now=world.clock())
    added = await planning.start_campaign(
        world.services, "tell_us_more", ages=(8, 17), close_days=14
    )
    planned = await world.query("SELECT child_id FROM outbox WHERE kind = 'offer'")
    assert sorted(row["child_id"] for row in planned) == sorted(
        [web_only, world_council.younger, world_council.other_child]
    )
    assert added == 3
    await tick_at(world, scheduler.TickState(), world.clock())
    survey_run = await only_run(world, web_only)
    assert survey_run.definition_id == "tell_us_more"
    assert any(
        "Tell Us More is open for C004 on the web page" in text for text in texts(world, IRO_CHAT)
    )


async def test_a_retired_web_link_reaches_no_one(world: BotWorld, world_council: Council) -> None:
    child_id = await web_child(world.db, world_council.iro)
    async with world.db.transaction() as conn:
        await conn.execute("DELETE FROM web_access WHERE child_id = ?", (child_id,))
    await add_review(world.db, child_id, REVIEW_AT)
    await tick_at(world, scheduler.TickState(), datetime(2026, 3, 10, 10, 0, tzinfo=UTC))
    assert await runs.runs_for_child(world.db.reader, child_id) == []
    assert await outbox.get_by_key(world.db.reader, "offer:my_review:review:1") is None


async def test_a_link_locked_out_for_good_or_stopped_by_the_child_reaches_no_one(
    world: BotWorld, world_council: Council
) -> None:
    retired = await web_child(world.db, world_council.iro, ref="C004")
    stopped = await web_child(world.db, world_council.iro, ref="C005")
    async with world.db.transaction() as conn:
        await conn.execute(
            "UPDATE web_access SET retired_at = '2026-03-01T09:00:00+00:00' WHERE child_id = ?",
            (retired,),
        )
        await conn.execute(
            "UPDATE web_access SET stopped_at = '2026-03-01T09:00:00+00:00' WHERE child_id = ?",
            (stopped,),
        )
    await add_review(world.db, retired, REVIEW_AT)
    await add_review(world.db, stopped, REVIEW_AT)
    await tick_at(world, scheduler.TickState(), datetime(2026, 3, 10, 10, 0, tzinfo=UTC))
    assert await runs.runs_for_child(world.db.reader, retired) == []
    assert await runs.runs_for_child(world.db.reader, stopped) == []
    assert not await outbox.answers_on_web_only(world.db.reader, retired)
