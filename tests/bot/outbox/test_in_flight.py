"""An offer in flight when its process stopped (issue 19): never sent again, recorded as sent
that may not have arrived, and its reminders planned as if it went, so the reminder (with the
start button) reaches a child whose offer did not arrive. The same on a SQLite file restarted
and on PostgreSQL, where another worker takes over."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.conversation import service as conversation
from bot.outbox import due_offers, planning, scheduler
from bot.staff import commands as staff_commands
from storage import fleet, outbox, outbox_followups
from storage.db import Database
from storage.outbox import OutboxRow
from tests.support.council import TEEN_CHAT, Council, add_review, seed_council
from tests.support.telegram import BotWorld

REVIEW_AT = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
OFFERED = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)
FIRST_REMINDER = REVIEW_AT - timedelta(days=5)  # a Sunday, 10:00


@pytest.fixture(params=["sqlite", "postgresql"])
async def world(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[BotWorld]:
    database = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    async with BotWorld(
        tmp_path, database=database, extra=(staff_commands.register,), rate_limiter=False
    ) as running:
        yield running


async def _claim_and_stop(world: BotWorld, db: Database, *, marked: bool = False) -> OutboxRow:
    """What a process leaves when it stops mid-send: the teen's offer claimed under ``db``'s
    worker with its run opened (as the claiming transaction does), perhaps marked sent."""
    [row] = await outbox.due_rows(world.db.reader, now=OFFERED, limit=5)
    async with db.transaction() as conn:
        assert await outbox.claim(conn, row.id, now=OFFERED, worker=db.worker)
        window = await due_offers.check_offer(conn, world.services, row, now=OFFERED)
        assert not isinstance(window, str)
        run_id = await conversation.offer_in(
            world.services,
            conn,
            child_id=_child(row),
            definition_id=window.definition_id,
            review_id=window.review_id,
            now=OFFERED,
            closes_at=window.closes_at,
        )
        await outbox.attach_run(conn, row.id, run_id)
    if marked:
        async with db.row_locks() as conn:
            assert await outbox_followups.mark_sent_first(conn, row.id, now=OFFERED)
    found = await outbox.get_row(world.db.reader, row.id)
    assert found is not None
    return found


def _child(row: OutboxRow) -> int:
    assert row.child_id is not None
    return row.child_id


async def _stopped_worker(world: BotWorld, *, marked: bool = False) -> OutboxRow:
    """On a file, the one process stops (a new tick state is the restart); on PostgreSQL a
    second worker stops, its connections gone, and the world's worker takes over."""
    if world.db.url is None:
        return await _claim_and_stop(world, world.db, marked=marked)
    dying = await Database.open(world.db.url, cipher=world.db.cipher)
    try:
        return await _claim_and_stop(world, dying, marked=marked)
    finally:
        await dying.close()
        # The server ends the closed session, and its lock, a moment later: the take-over
        # this test asks for is of a worker already seen as dead.
        for _ in range(100):
            if not await fleet.is_alive(world.db.reader, dying.worker):
                break
            await asyncio.sleep(0.05)


async def _tick(world: BotWorld, state: scheduler.TickState, moment: datetime) -> None:
    world.clock.now = moment
    await scheduler.tick(world.app.bot, world.services, state)


async def _followups(world: BotWorld, run_id: int | None) -> list[str]:
    found = await world.query(
        "SELECT dedupe_key FROM outbox WHERE run_id = ? AND kind != 'offer' ORDER BY due_at",
        run_id,
    )
    return [row["dedupe_key"] for row in found]


async def _council(world: BotWorld) -> Council:
    council = await seed_council(world.db)
    await add_review(world.db, council.teen, REVIEW_AT)
    await planning.plan_reviews(world.services, now=OFFERED)
    return council


async def test_an_offer_in_flight_is_kept_as_sent_and_its_reminder_brings_the_start_button(
    world: BotWorld,
) -> None:
    await _council(world)
    row = await _stopped_worker(world)

    state = scheduler.TickState()
    await _tick(world, state, OFFERED + timedelta(minutes=1))
    # Never sent again: nobody can know whether it arrived.
    assert world.api.messages(TEEN_CHAT) == []
    settled = await outbox.get_row(world.db.reader, row.id)
    assert settled is not None
    assert (settled.status, settled.last_error) == ("sent", outbox_followups.IN_FLIGHT)
    assert settled.sent_at == OFFERED
    # ...but its reminders and closing are planned as for an offer that went.
    assert await _followups(world, row.run_id) == [
        f"remind:run:{row.run_id}:5d",
        f"remind:run:{row.run_id}:2d",
        f"close:run:{row.run_id}",
    ]
    await _tick(world, state, OFFERED + timedelta(minutes=2))
    assert len(await _followups(world, row.run_id)) == 3, "follow-ups planned twice"

    await _tick(world, state, FIRST_REMINDER)
    messages = world.api.messages(TEEN_CHAT)
    assert messages, "the child whose offer may not have arrived got no reminder"
    assert messages[0].text.startswith("In case you missed my first message")
    assert messages[-1].buttons, "the reminder comes with the first question's buttons"


async def test_a_worker_stopped_between_marking_sent_and_planning_loses_no_reminder(
    world: BotWorld,
) -> None:
    if world.db.url is None:
        pytest.skip("on a file the mark and the follow-ups are one commit")
    await _council(world)
    row = await _stopped_worker(world, marked=True)
    assert await _followups(world, row.run_id) == []

    await _tick(world, scheduler.TickState(), OFFERED + timedelta(minutes=1))
    settled = await outbox.get_row(world.db.reader, row.id)
    assert settled is not None and (settled.status, settled.last_error) == ("sent", None)
    assert await _followups(world, row.run_id) == [
        f"remind:run:{row.run_id}:5d",
        f"remind:run:{row.run_id}:2d",
        f"close:run:{row.run_id}",
    ]
    assert await outbox_followups.awaiting(world.db.reader) == []
