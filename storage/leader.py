"""Which worker runs the fleet's scheduled jobs: the one holding the leader's advisory lock.

Several ``hearme run`` workers on one PostgreSQL database all receive children's updates, but
planning, escalation, sending the outbox and housekeeping must run once across the fleet: two
schedulers would each fail the other's rows in flight at start, and escalate the same alert
twice. The leader holds a session-level advisory lock on its writer connection. PostgreSQL
releases it the moment that connection ends (the worker stopped, was killed, or lost the
network), and the next worker to ask takes over. With a SQLite file there is one process: it
leads.
"""

from __future__ import annotations

from storage.db import Database
from storage.postgres import lock_key

LOCK_NAME = "scheduler-leader"


async def take_lead(db: Database) -> bool:
    """Whether this worker now leads: always on SQLite; on PostgreSQL, when the lock was free.

    Ask again until it says True, and not after: the lock stays this worker's for as long as
    its connection lives.
    """
    if db.url is None:
        return True
    async with (
        # Only the advisory lock is asked for: no need to queue behind every worker's writes.
        db.transaction(fleet_lock=False) as conn,
        # A session lock: the transaction's end does not release it, the connection's does.
        conn.execute("SELECT pg_try_advisory_lock(?)", (lock_key(LOCK_NAME),)) as cursor,
    ):
        row = await cursor.fetchone()
    return bool(row and row[0])
