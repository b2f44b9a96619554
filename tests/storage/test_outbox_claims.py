"""Several workers share the due outbox rows: never the same row, and a dead worker's rows are
taken over (issue 19)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from storage import fleet, outbox, outbox_claims, outbox_followups
from storage.db import Database
from tests.storage.conftest import NOW, add_child

KINDS_SENT_AGAIN = ("alert_notice", "support_reply")


async def _plan(db: Database, count: int, *, kind: str = "offer", child: int | None = None) -> None:
    async with db.transaction() as conn:
        for number in range(count):
            await outbox.plan(
                conn,
                kind=kind,
                due_at=NOW - timedelta(minutes=1),
                dedupe_key=f"{kind}:{child}:{number}",
                child_id=child,
            )


async def _statuses(db: Database) -> dict[str, tuple[str, str | None, str | None]]:
    async with db.reader.execute(
        "SELECT dedupe_key, status, claimed_by, last_error FROM outbox ORDER BY id"
    ) as cursor:
        return {row[0]: (row[1], row[2], row[3]) for row in await cursor.fetchall()}


async def test_on_a_file_the_batch_is_the_due_rows(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "hearme.db")
    try:
        await _plan(db, 5)
        batch = await outbox_claims.reserve_due(db, now=NOW, limit=3)
        async with db.transaction() as conn:
            assert batch == await outbox.due_rows(conn, now=NOW, limit=3)
        assert await fleet.is_alive(db.reader, "any worker at all")
    finally:
        await db.close()


async def test_two_workers_fetching_at_once_get_different_rows(postgres_migrated_url: str) -> None:
    first = await Database.open(postgres_migrated_url)
    second = await Database.open(postgres_migrated_url)
    try:
        await _plan(first, 60)
        a, b = await asyncio.gather(
            outbox_claims.reserve_due(first, now=NOW, limit=30),
            outbox_claims.reserve_due(second, now=NOW, limit=30),
        )
        assert len(a) == len(b) == 30
        assert not {row.id for row in a} & {row.id for row in b}
        held = await _statuses(first)
        assert sum(1 for _, by, _ in held.values() if by == first.worker) == 30
        assert sum(1 for _, by, _ in held.values() if by == second.worker) == 30
        # What a worker reserved and has not claimed comes back to it, never to the other...
        again = await outbox_claims.reserve_due(second, now=NOW, limit=100)
        assert {row.id for row in again} == {row.id for row in b}
        # ...until its lease has run out.
        later = NOW + outbox_claims.LEASE + timedelta(seconds=1)
        assert len(await outbox_claims.reserve_due(second, now=later, limit=100)) == 60
    finally:
        await first.close()
        await second.close()


async def test_a_childs_rows_stay_with_one_worker(postgres_migrated_url: str) -> None:
    first = await Database.open(postgres_migrated_url)
    second = await Database.open(postgres_migrated_url)
    try:
        child = await add_child(first)
        await _plan(first, 4, child=child)
        a = await outbox_claims.reserve_due(first, now=NOW, limit=2)
        b = await outbox_claims.reserve_due(second, now=NOW, limit=10)
        assert len(a) == 2 and b == [], "the child's other rows went to a second worker"
    finally:
        await first.close()
        await second.close()


async def test_a_dead_workers_rows_are_taken_over(postgres_migrated_url: str) -> None:
    dying = await Database.open(postgres_migrated_url)
    living = await Database.open(postgres_migrated_url)
    try:
        await _plan(dying, 4, kind="offer")
        await _plan(dying, 1, kind="alert_notice")
        reserved = await outbox_claims.reserve_due(dying, now=NOW, limit=10)
        assert len(reserved) == 5
        async with dying.transaction() as conn:
            for row in reserved[1:]:  # three offers and the alert notice go out; one offer waits
                assert await outbox.claim(conn, row.id, now=NOW, worker=dying.worker)
        # One offer went and was marked sent; the worker dies before planning its reminders.
        [marked] = [row for row in reserved if row.dedupe_key == "offer:None:3"]
        async with dying.row_locks() as conn:
            assert await outbox_followups.mark_sent_first(conn, marked.id, now=NOW)
        # The living worker's own row in flight is never touched.
        await _plan(living, 1, kind="support_reply")
        [own] = [r for r in await outbox_claims.reserve_due(living, now=NOW, limit=10)]
        assert own.kind == "support_reply"
        async with living.transaction() as conn:
            assert await outbox.claim(conn, own.id, now=NOW, worker=living.worker)
            nothing = await outbox_claims.take_over(
                conn, me=living.worker, again=KINDS_SENT_AGAIN, now=NOW
            )
        assert nothing == outbox_claims.TakenOver(), "a live worker's rows were taken"
        assert await fleet.is_alive(living.reader, dying.worker)

        await dying.close()  # its connection ends, and its lock with it
        for _ in range(100):
            if not await fleet.is_alive(living.reader, dying.worker):
                break
            await asyncio.sleep(0.05)
        async with living.transaction() as conn:
            taken = await outbox_claims.take_over(
                conn, me=living.worker, again=KINDS_SENT_AGAIN, now=NOW
            )
        assert taken == outbox_claims.TakenOver(
            released=1, sent_again=1, in_flight=2, handed_back=1
        )
        rows = await _statuses(living)
        assert rows["offer:None:0"] == ("pending", None, None)
        # In flight: never sent again, kept as sent that may not have arrived, nobody's.
        assert rows["offer:None:1"] == ("sent", None, outbox_followups.IN_FLIGHT)
        assert rows["offer:None:2"] == ("sent", None, outbox_followups.IN_FLIGHT)
        assert rows["offer:None:3"] == ("sent", None, None)
        assert rows["alert_notice:None:0"] == ("pending", None, "interrupted; sent again")
        assert rows["support_reply:None:0"] == ("sending", living.worker, None)
        # Each sent offer's follow-ups are due for whoever recovers next (bot.outbox.followups).
        due = await outbox_followups.awaiting(living.reader)
        assert sorted(row.dedupe_key or "" for row in due) == [
            "offer:None:1",
            "offer:None:2",
            "offer:None:3",
        ]
        assert all(row.sent_at == NOW for row in due)
    finally:
        await dying.close()
        await living.close()


async def test_safeguarding_rows_come_before_a_campaign(target: Path | str) -> None:
    db = await Database.open(target)
    try:
        await _plan(db, 120, kind="offer")
        async with db.transaction() as conn:
            await outbox.plan(conn, kind="alert_notice", due_at=NOW, dedupe_key="alert_notice:1")
        batch = await outbox_claims.reserve_due(db, now=NOW, limit=50, first=KINDS_SENT_AGAIN)
        assert batch[0].kind == "alert_notice", "the alert waited behind the campaign's offers"
    finally:
        await db.close()
