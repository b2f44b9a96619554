"""Chats that speak for a child, and which question a typed message answered.

A chat is bound to one child by an enrolment invite: the young person themself (``self``, 16+)
or an adult helping a younger child (``assisted``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage import answer_messages
from storage.children import COLUMNS, Child, child_from_row
from storage.times import iso, parse

CHAT_MODES = ("self", "assisted")


@dataclass(frozen=True)
class ChatRow:
    """One bound chat."""

    chat_id: int
    child_id: int
    mode: str
    stopped: bool
    bound_at: datetime


def _chat(row: aiosqlite.Row) -> ChatRow:
    return ChatRow(
        chat_id=int(row["chat_id"]),
        child_id=int(row["child_id"]),
        mode=str(row["mode"]),
        stopped=bool(row["stopped"]),
        bound_at=parse(row["bound_at"]),
    )


async def bind_chat(
    conn: aiosqlite.Connection, *, chat_id: int, child_id: int, mode: str, now: datetime
) -> bool:
    """Make ``chat_id`` speak for ``child_id``.

    A chat already bound to the same child is bound afresh (new mode, not stopped); a chat bound
    to another child is left as it is, so no child is ever cut off by someone else's invite.

    Returns:
        False when the chat speaks for another child and nothing was changed.
    """
    if mode not in CHAT_MODES:
        raise ValueError(f"mode must be one of {', '.join(CHAT_MODES)}, not {mode!r}")
    cursor = await conn.execute(
        "INSERT INTO chats (chat_id, child_id, mode, stopped, bound_at) VALUES (?, ?, ?, 0, ?) "
        "ON CONFLICT (chat_id) DO UPDATE SET mode = excluded.mode, stopped = 0, "
        "bound_at = excluded.bound_at WHERE chats.child_id = excluded.child_id",
        (chat_id, child_id, mode, iso(now)),
    )
    return cursor.rowcount == 1


async def chat_for(conn: aiosqlite.Connection, chat_id: int) -> ChatRow | None:
    """The binding of ``chat_id``, or None for a chat hearme does not know."""
    # One call to the driver's thread, not three (execute, fetch, close): the hot path.
    rows = await conn.execute_fetchall(
        "SELECT chat_id, child_id, mode, stopped, bound_at FROM chats WHERE chat_id = ?",
        (chat_id,),
    )
    row = next(iter(rows), None)
    return None if row is None else _chat(row)


async def chats_for_child(conn: aiosqlite.Connection, child_id: int) -> list[ChatRow]:
    """Every chat bound to the child, oldest binding first."""
    async with conn.execute(
        "SELECT chat_id, child_id, mode, stopped, bound_at FROM chats WHERE child_id = ? "
        "ORDER BY bound_at, chat_id",
        (child_id,),
    ) as cursor:
        rows = await cursor.fetchall()
    return [_chat(row) for row in rows]


async def set_stopped(conn: aiosqlite.Connection, chat_id: int, stopped: bool) -> None:
    """``/stop`` (True): hearme starts nothing in this chat until ``/start`` (False)."""
    await conn.execute("UPDATE chats SET stopped = ? WHERE chat_id = ?", (int(stopped), chat_id))


async def unbind_chat(conn: aiosqlite.Connection, chat_id: int) -> None:
    """Forget the chat (the child or helper no longer uses it)."""
    await conn.execute("DELETE FROM chats WHERE chat_id = ?", (chat_id,))


async def chat_with_child(
    conn: aiosqlite.Connection, chat_id: int
) -> tuple[ChatRow, Child | None] | None:
    """The binding of ``chat_id`` and the child it is bound to, in one statement (every
    message a child sends asks); None for a chat hearme does not know."""
    joined = ", ".join("children." + column for column in COLUMNS.split(", "))
    rows = await conn.execute_fetchall(
        "SELECT chats.chat_id, chats.child_id, chats.mode, chats.stopped, chats.bound_at, "
        f"{joined} FROM chats LEFT JOIN children ON children.id = chats.child_id "
        "WHERE chats.chat_id = ?",
        (chat_id,),
    )
    row = next(iter(rows), None)
    if row is None:
        return None
    return _chat(row), None if row["id"] is None else child_from_row(row)


async def answer_count(conn: aiosqlite.Connection, child_id: int) -> int:
    """How many answers the child has stored, over all their runs (for ``/mydata``)."""
    async with conn.execute(
        "SELECT COUNT(*) FROM answers a JOIN runs r ON r.id = a.run_id WHERE r.child_id = ?",
        (child_id,),
    ) as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def remember_answer_message(
    conn: aiosqlite.Connection,
    *,
    child_id: int,
    run_id: int,
    question_id: str,
    message_id: int,
    now: datetime,
    chat_id: int | None = None,
) -> None:
    """Note which question a typed message answered, so an edit of it can be matched later.

    Kept in ``answer_messages`` (:mod:`storage.answer_messages`), ids only. Without ``chat_id``
    the note is made for every chat bound to the child.
    """
    targets = (
        [chat_id]
        if chat_id is not None
        else [chat.chat_id for chat in await chats_for_child(conn, child_id)]
    )
    for target in targets:
        await answer_messages.remember(
            conn,
            chat_id=target,
            message_id=message_id,
            run_id=run_id,
            question_id=question_id,
            now=now,
        )


async def question_for_message(
    conn: aiosqlite.Connection, *, child_id: int, message_id: int, chat_id: int | None = None
) -> tuple[int, str] | None:
    """The ``(run_id, question_id)`` a typed message of the child answered, if it answered one."""
    found = await answer_messages.answered_by_child(
        conn, child_id=child_id, message_id=message_id, chat_id=chat_id
    )
    return None if found is None else (found.run_id, found.question_id)
