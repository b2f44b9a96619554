"""The scheduler with an injected clock: quiet hours, reminders, closing, and a fake Bot API that
answers 500, 429 and 403. Each outbox row is delivered once, never twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.conversation.service import replies_for_run
from bot.outbox import planning, scheduler
from bot.settings import Settings
from bot.staff import commands as staff_commands
from hearme_dev.sandbox import Fault
from storage import outbox, runs
from storage.outbox_followups import IN_FLIGHT
from tests.support.council import (
    IRO_CHAT,
    TEEN_CHAT,
    YOUNGER_CHAT,
    Council,
    add_review,
    seed_council,
)
from tests.support.telegram import BotWorld

REVIEW_AT = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)  # a Friday, before the clocks change


async def tick_at(world: BotWorld, state: scheduler.TickState, moment: datetime) -> None:
    world.clock.now = moment
    await scheduler.tick(world.app.bot, world.services, state)


async def rows(world: BotWorld, sql: str, *params: object) -> list[Any]:
    return await world.query(sql, *params)


async def run_of(world: BotWorld, child_id: int) -> runs.RunRow:
    found = await runs.runs_for_child(world.db.reader, child_id)
    assert len(found) == 1, found
    return found[0]


def texts(world: BotWorld, chat_id: int) -> list[str]:
    return [message.text for message in world.api.messages(chat_id)]


async def test_my_review_waits_for_quiet_hours_reminds_and_closes(
    world: BotWorld, world_council: Council
) -> None:
    council = world_council
    await add_review(world.db, council.teen, REVIEW_AT)
    await add_review(world.db, council.younger, REVIEW_AT)
    state = scheduler.TickState()

    # Tuesday 21:00: the offers (due ten days before, at 10:00) wait for the morning.
    await tick_at(world, state, datetime(2026, 3, 10, 21, 0, tzinfo=UTC))
    assert texts(world, TEEN_CHAT) == [] and texts(world, YOUNGER_CHAT) == []
    held = await outbox.get_by_key(world.db.reader, f"offer:my_review:review:{1}")
    assert held is not None and held.status == "pending"
    assert held.due_at == datetime(2026, 3, 11, 8, 0, tzinfo=UTC)

    # Wednesday 08:00 (before school): both are offered, once.
    await tick_at(world, state, datetime(2026, 3, 11, 8, 0, tzinfo=UTC))
    teen_first, younger_first = texts(world, TEEN_CHAT), texts(world, YOUNGER_CHAT)
    assert teen_first and younger_first
    assert "Jordan" in teen_first[0]
    assert world.api.messages(TEEN_CHAT)[-1].buttons, "the first question comes with buttons"
    teen_run, younger_run = await run_of(world, council.teen), await run_of(world, council.younger)
    assert teen_run.definition_id == "my_review" and teen_run.closes_at == REVIEW_AT
    planned = await rows(
        world,
        "SELECT dedupe_key FROM outbox WHERE run_id = ? AND kind != 'offer' ORDER BY due_at",
        teen_run.id,
    )
    assert [row["dedupe_key"] for row in planned] == [
        f"remind:run:{teen_run.id}:5d",
        f"remind:run:{teen_run.id}:2d",
        f"close:run:{teen_run.id}",
    ]
    await tick_at(world, state, datetime(2026, 3, 11, 8, 5, tzinfo=UTC))
    assert texts(world, TEEN_CHAT) == teen_first, "an outbox row is never sent twice"

    # The teenager finishes; their reminders are dropped, the younger child's are sent.
    async with world.db.transaction() as conn:
        await runs.set_status(conn, teen_run.id, "completed", now=world.clock())
    await tick_at(world, state, datetime(2026, 3, 15, 10, 0, tzinfo=UTC))  # Sunday
    assert texts(world, TEEN_CHAT) == teen_first
    reminded = texts(world, YOUNGER_CHAT)[len(younger_first) :]
    assert reminded and reminded[0].startswith("In case you missed my first message")
    younger_run = await run_of(world, council.younger)
    assert younger_run.reminders == 1

    # Wednesday 10:00 is school time for an 11-year-old: the reminder waits until 15:30.
    before = len(texts(world, YOUNGER_CHAT))
    await tick_at(world, state, datetime(2026, 3, 18, 10, 0, tzinfo=UTC))
    assert len(texts(world, YOUNGER_CHAT)) == before
    waiting = await outbox.get_by_key(world.db.reader, f"remind:run:{younger_run.id}:2d")
    assert waiting is not None and waiting.due_at == datetime(2026, 3, 18, 15, 30, tzinfo=UTC)
    await tick_at(world, state, datetime(2026, 3, 18, 15, 30, tzinfo=UTC))
    assert len(texts(world, YOUNGER_CHAT)) > before
    teen_reminder = await outbox.get_by_key(world.db.reader, f"remind:run:{teen_run.id}:2d")
    assert teen_reminder is not None and teen_reminder.status == "cancelled"

    # Closing at the review time: the unfinished run expires, the finished one is untouched.
    await tick_at(world, state, REVIEW_AT)
    assert (await run_of(world, council.younger)).status == "expired"
    assert (await run_of(world, council.teen)).status == "completed"

    # The day after, the IRO is asked how each child took part (the teen sent views: PN6).
    await tick_at(world, state, REVIEW_AT + timedelta(days=1))
    prompts = [m for m in world.api.messages(IRO_CHAT) if "take part" in m.text]
    assert len(prompts) == 2
    assert any("Suggested: PN6" in m.text and "Jordan" in m.text for m in prompts)


async def test_stopped_chat_gets_nothing(world: BotWorld, world_council: Council) -> None:
    await add_review(world.db, world_council.teen, REVIEW_AT)
    async with world.db.transaction() as conn:
        await conn.execute("UPDATE chats SET stopped = 1 WHERE chat_id = ?", (TEEN_CHAT,))
    await tick_at(world, scheduler.TickState(), datetime(2026, 3, 11, 12, 0, tzinfo=UTC))
    assert texts(world, TEEN_CHAT) == []
    row = await outbox.get_by_key(world.db.reader, "offer:my_review:review:1")
    assert row is not None and (row.status, row.last_error) == ("cancelled", "stopped")


async def test_500_and_429_are_retried_and_nothing_is_sent_twice(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.teen, REVIEW_AT)
    calls = {"n": 0}

    def faults(method: str, params: dict[str, Any]) -> Fault | None:
        if method.lower() != "sendmessage" or int(params["chat_id"]) != TEEN_CHAT:
            return None
        calls["n"] += 1
        # The offer's first message meets a 500, then a 429, then goes through.
        return {1: Fault.server_error(), 2: Fault.too_many_requests(retry_after=90)}.get(calls["n"])

    world.api.faults = faults
    state = scheduler.TickState()
    start = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)
    await tick_at(world, state, start)
    row = await outbox.get_by_key(world.db.reader, "offer:my_review:review:1")
    assert row is not None
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "NetworkError")
    assert row.due_at == start + timedelta(seconds=30)
    assert texts(world, TEEN_CHAT) == []

    await tick_at(world, state, start + timedelta(seconds=30))
    row = await outbox.get_row(world.db.reader, row.id)
    assert row is not None and (row.status, row.last_error) == ("pending", "RetryAfter")
    assert row.due_at == start + timedelta(seconds=120), "Telegram's retry_after is respected"

    await tick_at(world, state, start + timedelta(seconds=60))
    assert texts(world, TEEN_CHAT) == [], "not due yet"
    await tick_at(world, state, start + timedelta(seconds=120))
    row = await outbox.get_row(world.db.reader, row.id)
    assert row is not None and row.status == "sent" and row.attempts == 3
    sent = texts(world, TEEN_CHAT)
    assert len(sent) == len(set(sent)), "no message of the offer was delivered twice"
    assert len(await runs.runs_for_child(world.db.reader, world_council.teen)) == 1
    expected = await replies_for_run(world.services, row.run_id or 0, greeting=True)
    assert len(sent) == len(expected)


async def test_blocked_chat_marks_child_unreachable_and_tells_their_iro(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.younger, REVIEW_AT)

    def faults(method: str, params: dict[str, Any]) -> Fault | None:
        if int(params.get("chat_id", 0)) == YOUNGER_CHAT:
            return Fault.blocked()
        return None

    world.api.faults = faults
    state = scheduler.TickState()
    await tick_at(world, state, datetime(2026, 3, 11, 16, 0, tzinfo=UTC))
    row = await outbox.get_by_key(world.db.reader, "offer:my_review:review:1")
    assert row is not None and (row.status, row.last_error) == ("failed", "Forbidden")
    [child] = await world.query("SELECT status FROM children WHERE id = ?", world_council.younger)
    assert child["status"] == "unreachable"
    await tick_at(world, state, datetime(2026, 3, 11, 16, 1, tzinfo=UTC))
    notices = [m.text for m in world.api.messages(IRO_CHAT) if "blocked hearme" in m.text]
    assert len(notices) == 1 and "Mia (C002)" in notices[0]
    assert await outbox.due_rows(world.db.reader, now=world.clock(), limit=10) == []


async def test_interrupted_send_is_not_repeated_after_a_restart(
    world: BotWorld, world_council: Council
) -> None:
    await add_review(world.db, world_council.teen, REVIEW_AT)
    moment = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)
    world.clock.now = moment
    from bot.outbox import planning

    await planning.plan_reviews(world.services, now=moment)
    async with world.db.transaction() as conn:
        [row] = await outbox.due_rows(conn, now=moment, limit=5)
        assert await outbox.claim(conn, row.id, now=moment)  # a process died right after this
    await tick_at(world, scheduler.TickState(), moment + timedelta(minutes=1))
    assert texts(world, TEEN_CHAT) == []
    again = await outbox.get_row(world.db.reader, row.id)
    # Kept as sent that may not have arrived (tests/bot/outbox/test_in_flight.py: its reminders).
    assert again is not None and (again.status, again.last_error) == ("sent", IN_FLIGHT)


async def test_the_repeating_job_sends_without_being_asked(tmp_path: Path) -> None:
    settings = Settings(outbox_poll_seconds=0.2)
    extra = (staff_commands.register, scheduler.register)
    async with BotWorld(tmp_path, extra=extra, settings=settings, rate_limiter=False) as world:
        world.clock.now = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)
        council = await seed_council(world.db)
        await add_review(world.db, council.teen, REVIEW_AT)
        jobs = world.app.job_queue.get_jobs_by_name(scheduler.JOB_NAME)  # type: ignore[union-attr]
        assert len(jobs) == 1
        greeting = await world.api.wait_for(TEEN_CHAT, lambda m: "Jordan" in m.text, timeout=10)
        assert greeting.text.startswith("Hi Jordan")


async def test_an_offer_goes_out_while_another_reader_holds_an_old_snapshot(
    world: BotWorld, world_council: Council
) -> None:
    """Another coroutine part-way through a read keeps the shared reader in its snapshot; the
    run an offer has just created must still be found (it once failed with a LookupError)."""
    await add_review(world.db, world_council.teen, REVIEW_AT)
    world.clock.now = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
    await planning.plan_reviews(world.services, now=world.clock())
    [due] = await outbox.due_rows(world.db.reader, now=world.clock(), limit=10)
    # A read left half-way: its statement, and so its read transaction, is still open.
    cursor = await world.db.reader.execute("SELECT id FROM children ORDER BY id")
    try:
        assert await cursor.fetchone() is not None
        status = await scheduler.send_row(world.app.bot, world.services, due, now=world.clock())
    finally:
        await cursor.close()
    assert status == "sent"
    assert texts(world, TEEN_CHAT) and "Jordan" in texts(world, TEEN_CHAT)[0]
    sent = await outbox.get_row(world.db.reader, due.id)
    assert sent is not None and sent.status == "sent" and sent.run_id is not None
