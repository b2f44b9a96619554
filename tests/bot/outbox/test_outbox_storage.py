"""The outbox rows: planned once, claimed once, never sent twice."""

from __future__ import annotations

from datetime import timedelta

from storage import outbox, outbox_followups
from storage.db import Database
from tests.support.council import MONDAY, Council, add_review


async def test_a_row_is_planned_once_and_only_brought_forward(db: Database) -> None:
    later, earlier = MONDAY + timedelta(days=2), MONDAY + timedelta(days=1)
    async with db.transaction() as conn:
        assert await outbox.plan(conn, kind="offer", due_at=later, dedupe_key="k", payload={"a": 1})
        assert not await outbox.plan(
            conn, kind="offer", due_at=later + timedelta(days=9), dedupe_key="k"
        )
        row = await outbox.get_by_key(conn, "k")
        assert row is not None and row.due_at == later and row.payload == {"a": 1}
        assert not await outbox.plan(conn, kind="offer", due_at=earlier, dedupe_key="k")
        row = await outbox.get_by_key(conn, "k")
        assert row is not None and row.due_at == earlier
    async with db.reader.execute("SELECT COUNT(*) FROM outbox") as cursor:
        assert (await cursor.fetchone())[0] == 1  # type: ignore[index]


async def test_claim_is_exclusive_and_interrupted_rows_are_never_resent(db: Database) -> None:
    async with db.transaction() as conn:
        await outbox.plan(conn, kind="offer", due_at=MONDAY, dedupe_key="once")
        row = await outbox.get_by_key(conn, "once")
        assert row is not None
        assert not await outbox.claim(conn, row.id, now=MONDAY - timedelta(seconds=1))
        assert await outbox.claim(conn, row.id, now=MONDAY)
        assert not await outbox.claim(conn, row.id, now=MONDAY)
        assert await outbox.due_rows(conn, now=MONDAY, limit=10) == []
        assert await outbox_followups.settle_interrupted(conn, now=MONDAY) == 1
        settled = await outbox.get_row(conn, row.id)
    assert settled is not None
    # Never sent again; recorded as sent that may not have arrived, its follow-ups due.
    assert (settled.status, settled.attempts, settled.last_error) == (
        "sent",
        1,
        outbox_followups.IN_FLIGHT,
    )
    assert [due.id for due in await outbox_followups.awaiting(db.reader)] == [row.id]


async def test_reschedule_and_finish(db: Database) -> None:
    async with db.transaction() as conn:
        await outbox.plan(conn, kind="offer", due_at=MONDAY, dedupe_key="r")
        row = await outbox.get_by_key(conn, "r")
        assert row is not None
        await outbox.claim(conn, row.id, now=MONDAY)
        await outbox.reschedule(
            conn, row.id, due_at=MONDAY + timedelta(minutes=1), error="NetworkError"
        )
        assert await outbox.due_rows(conn, now=MONDAY, limit=10) == []
        [due] = await outbox.due_rows(conn, now=MONDAY + timedelta(minutes=1), limit=10)
        assert (due.status, due.attempts, due.last_error) == ("pending", 1, "NetworkError")
        await outbox.claim(conn, row.id, now=MONDAY + timedelta(minutes=1))
        await outbox.mark_sent(conn, row.id, now=MONDAY + timedelta(minutes=1))
        sent = await outbox.get_row(conn, row.id)
    assert sent is not None and sent.status == "sent" and sent.attempts == 2
    assert sent.sent_at == MONDAY + timedelta(minutes=1)


async def test_planner_reads_only_reachable_enrolled_children(
    db: Database, council: Council
) -> None:
    soon = MONDAY + timedelta(days=5)
    teen_review = await add_review(db, council.teen, soon)
    await add_review(db, council.younger, soon)
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE children SET status = 'opted_out' WHERE id = ?", (council.younger,)
        )
        await conn.execute(
            "UPDATE chats SET stopped = 1 WHERE child_id = ?", (council.other_child,)
        )
    found = await outbox.reviews_to_plan(db.reader, start=MONDAY.date(), end=soon.date())
    assert [(r.review_id, r.child_id, r.review_at) for r in found] == [
        (teen_review, council.teen, soon)
    ]
    assert [child for child, _ in await outbox.reachable_children(db.reader)] == [council.teen]
