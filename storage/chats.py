"""Chats that speak for a child, and the few facts about the child the conversation needs.

A chat is bound to one child by an enrolment invite: the young person themself (``self``, 16+)
or an adult helping a younger child (``assisted``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

import aiosqlite

from storage import answer_messages
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


@dataclass(frozen=True)
class ChildProfile:
    """What the bot needs to speak to a child: name, language, preferred words, age, IRO."""

    id: int
    child_ref: str
    name: str
    date_of_birth: date | None
    iro_id: int | None
    language: str
    words: dict[str, str] = field(default_factory=dict)
    status: str = "active"


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


_PROFILE_COLUMNS = (
    "id, child_ref, first_name, preferred_name, date_of_birth, iro_id, language, "
    "preferred_words, status"
)


# The same columns from the children table when joined with chats.
_JOINED_PROFILE_COLUMNS = ", ".join("children." + c for c in _PROFILE_COLUMNS.split(", "))


async def child_profile(conn: aiosqlite.Connection, child_id: int) -> ChildProfile | None:
    """The child as the bot speaks to them, or None when there is no such child."""
    rows = await conn.execute_fetchall(
        f"SELECT {_PROFILE_COLUMNS} FROM children WHERE id = ?", (child_id,)
    )
    row = next(iter(rows), None)
    return None if row is None else _profile(row)


async def chat_with_profile(
    conn: aiosqlite.Connection, chat_id: int
) -> tuple[ChatRow, ChildProfile | None] | None:
    """The binding of ``chat_id`` and the child it is bound to, in one statement (every
    message a child sends asks); None for a chat hearme does not know."""
    rows = await conn.execute_fetchall(
        "SELECT chats.chat_id, chats.child_id, chats.mode, chats.stopped, chats.bound_at, "
        f"{_JOINED_PROFILE_COLUMNS} "
        "FROM chats LEFT JOIN children ON children.id = chats.child_id WHERE chats.chat_id = ?",
        (chat_id,),
    )
    row = next(iter(rows), None)
    if row is None:
        return None
    return _chat(row), None if row["id"] is None else _profile(row)


def _profile(row: aiosqlite.Row) -> ChildProfile:
    try:
        words = {str(k): str(v) for k, v in json.loads(row["preferred_words"] or "{}").items()}
    except (ValueError, AttributeError):
        # A malformed import must not stop a child answering; default words are used instead.
        words = {}
    born = row["date_of_birth"]
    return ChildProfile(
        id=int(row["id"]),
        child_ref=str(row["child_ref"]),
        name=str(row["preferred_name"] or row["first_name"] or ""),
        date_of_birth=date.fromisoformat(born[:10]) if born else None,
        iro_id=row["iro_id"],
        language=str(row["language"] or "en"),
        words=words,
        status=str(row["status"]),
    )


async def set_child_status(
    conn: aiosqlite.Connection, child_id: int, status: str, *, now: datetime
) -> None:
    """Record a child's contact status (``active``, ``opted_out``, ``unreachable``)."""
    await conn.execute(
        "UPDATE children SET status = ?, updated_at = ? WHERE id = ? AND status != 'erased'",
        (status, iso(now), child_id),
    )


async def request_erasure(conn: aiosqlite.Connection, child_id: int, *, now: datetime) -> bool:
    """Note the child's ``/delete`` request for an admin. Returns False if already requested."""
    cursor = await conn.execute(
        "UPDATE children SET erasure_requested_at = ?, updated_at = ? "
        "WHERE id = ? AND erasure_requested_at IS NULL",
        (iso(now), iso(now), child_id),
    )
    return cursor.rowcount == 1


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
