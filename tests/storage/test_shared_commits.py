"""Short transactions (a child's turn, an outbox row's claim): no hand-over per statement, and
those that queue up share one commit, each still all-or-nothing and durable before its caller
goes on (issue 20). Run on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Awaitable, Callable

import pytest

from storage import audit
from storage.db import Database
from storage.updates import claim_update
from storage.writer import INLINE_BUDGET, WriterConnection
from tests.storage.conftest import NOW


async def _actions(db: Database) -> list[str]:
    async with db.reader.execute("SELECT action FROM audit_log ORDER BY id") as cursor:
        return [str(row[0]) for row in await cursor.fetchall()]


async def _queue_behind_a_slow_one(
    db: Database, bodies: list[Callable[[int], Awaitable[None]]]
) -> list[BaseException | None]:
    """Run ``bodies`` as short transactions that all queue behind a first one still working.

    Each body gets its number; after its block is left, the reader (another connection) must
    already see its ``done:<n>`` line: the block is left only once it is committed.
    """
    started = asyncio.Event()
    seen_after: dict[int, list[str]] = {}

    async def slow_first() -> None:
        async with db.transaction(short=True) as conn:
            await audit.record(conn, at=NOW, actor="test", action="first")
            started.set()
            await asyncio.sleep(0.2)  # everyone else queues for the writer meanwhile

    async def one(n: int) -> None:
        await started.wait()
        async with db.transaction(short=True) as conn:
            await audit.record(conn, at=NOW, actor="test", action=f"done:{n}")
            await bodies[n](n)
        seen_after[n] = await _actions(db)

    results = await asyncio.gather(
        slow_first(), *(one(n) for n in range(len(bodies))), return_exceptions=True
    )
    for n, result in enumerate(results[1:]):
        if result is None:
            assert f"done:{n}" in seen_after[n], "left the block before its commit"
    return [r if isinstance(r, BaseException) else None for r in results[1:]]


async def _nothing(_: int) -> None:
    return None


async def test_short_transactions_queued_together_share_one_commit(db: Database) -> None:
    before = db.shared_commits
    failures = await _queue_behind_a_slow_one(db, [_nothing] * 10)

    assert failures == [None] * 10
    assert sorted(await _actions(db)) == sorted(["first", *(f"done:{n}" for n in range(10))])
    # The first found the ten queued behind it when done, so left its transaction open for
    # them; the last of them committed all eleven at once.
    assert db.shared_commits - before == 1


async def test_one_that_fails_leaves_nothing_and_the_others_keep_their_work(
    db: Database,
) -> None:
    async def fails_on_three(n: int) -> None:
        if n == 3:
            raise RuntimeError("this turn fails")

    failures = await _queue_behind_a_slow_one(db, [fails_on_three] * 6)

    assert [type(f).__name__ if f else None for f in failures] == [
        None,
        None,
        None,
        "RuntimeError",
        None,
        None,
    ]
    assert sorted(await _actions(db)) == sorted(["first", *(f"done:{n}" for n in (0, 1, 2, 4, 5))])


async def test_the_first_of_a_group_failing_leaves_the_rest_untouched(db: Database) -> None:
    async def fails_first(n: int) -> None:
        if n == 0:
            raise RuntimeError("the first in the group fails")

    failures = await _queue_behind_a_slow_one(db, [fails_first] * 4)

    assert [f is not None for f in failures] == [True, False, False, False]
    assert sorted(await _actions(db)) == sorted(["first", "done:1", "done:2", "done:3"])


async def test_an_update_delivered_twice_in_one_group_counts_once(db: Database) -> None:
    claimed: list[bool] = []

    async def claim(_: int) -> None:
        async with db.transaction(short=True) as conn:
            claimed.append(await claim_update(conn, 4242, now=NOW))

    await asyncio.gather(*(claim(n) for n in range(5)))

    assert sorted(claimed) == [False, False, False, False, True]
    async with db.reader.execute(
        "SELECT count(*) FROM processed_updates WHERE update_id = 4242"
    ) as cursor:
        row = await cursor.fetchone()
    assert row is not None and row[0] == 1


async def test_a_long_transaction_commits_an_open_group_first(db: Database) -> None:
    started = asyncio.Event()

    async def short(action: str, *, hold: float = 0.0) -> None:
        async with db.transaction(short=True) as conn:
            await audit.record(conn, at=NOW, actor="test", action=action)
            started.set()
            await asyncio.sleep(hold)

    async def long_one() -> list[str]:
        async with db.transaction() as conn:
            rows = await conn.execute_fetchall("SELECT action FROM audit_log ORDER BY id")
            return [str(row[0]) for row in rows]

    first = asyncio.create_task(short("first", hold=0.2))
    await started.wait()
    # Queued in this order behind the first: a short one, the long one, another short one.
    second = asyncio.create_task(short("second"))
    await asyncio.sleep(0.01)
    long_task = asyncio.create_task(long_one())
    await asyncio.sleep(0.01)
    third = asyncio.create_task(short("third"))
    await asyncio.gather(first, second, third)

    # The first two were left open for the third, but the long one came between: it committed
    # them before beginning its own transaction, so it sees them (and not the third).
    assert await long_task == ["first", "second"]
    assert await _actions(db) == ["first", "second", "third"]


async def test_concurrent_short_and_long_transactions_never_interleave(db: Database) -> None:
    workers = 30

    async def worker(n: int) -> None:
        actor = f"worker:{n}"
        async with db.transaction(short=n % 3 != 0) as conn:
            await audit.record(conn, at=NOW, actor=actor, action="begin")
            for _ in range(n % 4):
                await asyncio.sleep(0)
            await audit.record(conn, at=NOW, actor=actor, action="end")
            if n % 5 == 0:
                raise RuntimeError("this one fails and must leave nothing behind")

    results = await asyncio.gather(*(worker(n) for n in range(workers)), return_exceptions=True)
    failed = {n for n, result in enumerate(results) if isinstance(result, RuntimeError)}
    assert failed == {n for n in range(workers) if n % 5 == 0}
    async with db.reader.execute("SELECT actor, action FROM audit_log ORDER BY id") as cursor:
        rows = [(str(row[0]), str(row[1])) for row in await cursor.fetchall()]
    assert len(rows) == 2 * (workers - len(failed))
    for first, second in zip(rows[::2], rows[1::2], strict=True):
        assert first[0] == second[0] and (first[1], second[1]) == ("begin", "end")


@pytest.mark.sqlite_file
async def test_a_short_transaction_runs_its_statements_without_a_hand_over(
    db: Database,
) -> None:
    async with db.transaction() as conn:
        assert isinstance(conn, WriterConnection)
        await conn.create_function("thread_id", 0, threading.get_ident)

    async def where_it_ran(*, short: bool) -> int:
        async with db.transaction(short=short) as conn:
            [row] = await conn.execute_fetchall("SELECT thread_id()")
        return int(row[0])

    here = threading.get_ident()
    assert await where_it_ran(short=True) == here
    assert await where_it_ran(short=False) != here  # long work stays on the database's thread


@pytest.mark.sqlite_file
async def test_turns_that_join_a_group_take_their_savepoints_without_a_hand_over(
    db: Database,
) -> None:
    # SQLite calls a trace callback on the thread that runs the statement.
    ran: list[tuple[str, int]] = []
    async with db.transaction() as conn:
        await conn.set_trace_callback(lambda sql: ran.append((sql, threading.get_ident())))
    try:
        failures = await _queue_behind_a_slow_one(db, [_nothing] * 5)
    finally:
        async with db.transaction() as conn:
            await conn.set_trace_callback(None)

    assert failures == [None] * 5
    savepoints = [thread for sql, thread in ran if "SAVEPOINT" in sql]
    assert len(savepoints) == 2 * 5  # each that joined: its savepoint, then its release
    # Before issue 20's last round each was a hand-over to the database's thread and back.
    assert set(savepoints) == {threading.get_ident()}


@pytest.mark.sqlite_file
async def test_a_short_transaction_that_runs_long_goes_back_to_the_thread(
    db: Database,
) -> None:
    async with db.transaction() as conn:
        await conn.create_function("thread_id", 0, threading.get_ident)
    here = threading.get_ident()
    async with db.transaction(short=True) as conn:
        async with conn.execute("SELECT thread_id()") as cursor:
            first = await cursor.fetchone()
        # Longer than the budget for the event loop's thread: a count to a few million.
        slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        async with conn.execute(slow + "SELECT count(*) FROM n", (3_000_000,)) as cursor:
            counted = await cursor.fetchone()
        async with conn.execute("SELECT thread_id()") as cursor:
            after = await cursor.fetchone()
    assert first is not None and counted is not None and after is not None
    assert counted[0] == 3_000_000
    assert INLINE_BUDGET < 0.1
    assert first[0] == here and after[0] != here


@pytest.mark.sqlite_file
async def test_a_failed_commit_fails_every_member_and_keeps_nothing(db: Database) -> None:
    started = asyncio.Event()

    async def breaks_a_link_checked_at_commit() -> None:
        async with db.transaction(short=True) as conn:
            await audit.record(conn, at=NOW, actor="test", action="first")
            started.set()
            await asyncio.sleep(0.2)

    async def member(n: int) -> None:
        await started.wait()
        async with db.transaction(short=True) as conn:
            if n == 0:
                # Checked only when the transaction commits: the whole group's commit fails.
                await conn.execute("PRAGMA defer_foreign_keys = ON")
                await conn.execute(
                    "INSERT INTO answers (run_id, question_id, kind, answered_at) "
                    "VALUES (999999, 'q', 'skipped', ?)",
                    (NOW.isoformat(),),
                )
            await audit.record(conn, at=NOW, actor="test", action=f"done:{n}")

    results = await asyncio.gather(
        breaks_a_link_checked_at_commit(), *(member(n) for n in range(3)), return_exceptions=True
    )

    # The first was left open for the three queued behind it: the group fails as one.
    assert all(isinstance(r, sqlite3.IntegrityError) for r in results), results
    assert await _actions(db) == []
    async with db.transaction(short=True) as conn:  # the writer carries on afterwards
        await audit.record(conn, at=NOW, actor="test", action="later")
    assert await _actions(db) == ["later"]


@pytest.mark.sqlite_file
async def test_a_short_transaction_waits_for_another_process_without_holding_up_the_loop(
    db: Database,
) -> None:
    assert db.path is not None
    other = sqlite3.connect(db.path, isolation_level=None)  # as `hearme import` would
    try:
        other.execute("BEGIN IMMEDIATE")  # holds the file's write lock
        done = asyncio.Event()

        async def turn() -> None:
            async with db.transaction(short=True) as conn:
                await audit.record(conn, at=NOW, actor="test", action="after the import")
            done.set()

        waiting = asyncio.create_task(turn())
        ticks = 0
        for _ in range(20):  # the event loop keeps running while the turn waits
            await asyncio.sleep(0.01)
            ticks += 1
        assert ticks == 20 and not done.is_set()
        other.execute("COMMIT")
        await asyncio.wait_for(waiting, 10)
    finally:
        other.close()
    assert await _actions(db) == ["after the import"]
