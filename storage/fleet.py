"""This worker among the fleet: its name, and whether another worker is still alive.

On PostgreSQL several ``hearme run`` workers share one database. Each :class:`~storage.db.Database`
is one worker with a name of its own (host, process and a random part, so a restarted process
is a new worker), and on opening it takes a session advisory lock named after itself on its
writer connection. PostgreSQL holds a session lock for exactly as long as the connection lives:
when the worker stops, is killed (SIGKILL, out of memory) or its machine goes, the server
ends the session and the lock is gone. So "the worker is alive" is read from the server's lock
table, never from a clock: a live worker that is slow (waiting out Telegram's flood control)
is never taken for dead, and a dead one is known as soon as the server notices (at once for a
killed process; for a machine cut off, when TCP keepalive gives up on it).

On a SQLite file there is one worker, and it is alive.
"""

from __future__ import annotations

import os
import secrets
import socket

import aiosqlite

from storage.postgres import PgConnection, lock_key


def new_worker_name() -> str:
    """A name no other worker has had: ``host:pid:random``."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def _lock_name(worker: str) -> str:
    return f"worker:{worker}"


async def announce(conn: aiosqlite.Connection, worker: str) -> None:
    """Hold ``worker``'s liveness lock on this (long-lived) connection; nothing on SQLite."""
    if isinstance(conn, PgConnection):
        await conn.raw.execute("SELECT pg_advisory_lock(%s)", (lock_key(_lock_name(worker)),))


async def is_alive(conn: aiosqlite.Connection, worker: str | None) -> bool:
    """Whether ``worker`` still holds its lock (always True on SQLite, False for no name).

    Reads ``pg_locks`` rather than trying the lock, so asking changes nothing and two workers
    asking at once get the same answer. A 64-bit advisory key is listed as two 32-bit halves.
    """
    if not isinstance(conn, PgConnection):
        return True
    if worker is None:
        return False
    key = lock_key(_lock_name(worker))
    cursor = await conn.raw.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
        "WHERE d.datname = current_database() AND l.locktype = 'advisory' AND l.granted "
        "AND l.classid::bigint = %s AND l.objid::bigint = %s AND l.objsubid = 1)",
        (key >> 32, key & 0xFFFFFFFF),
    )
    row = await cursor.fetchone()
    return bool(row and row[0])
