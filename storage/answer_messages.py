"""Which question a child's typed message answered, so that editing it can change the answer.

Telegram numbers messages per chat, so a message is named by ``(chat_id, message_id)``. Only
ids are kept, never the words. The rows go with the chat binding (erasure removes it) and with
the run, by foreign keys (migration ``0003_answer_messages``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.times import iso, parse


@dataclass(frozen=True)
class AnswerMessage:
    """A child's message that answered a question of a run."""

    chat_id: int
    message_id: int
    run_id: int
    question_id: str
    at: datetime


def _answer_message(row: aiosqlite.Row) -> AnswerMessage:
    return AnswerMessage(
        chat_id=int(row["chat_id"]),
        message_id=int(row["message_id"]),
        run_id=int(row["run_id"]),
        question_id=str(row["question_id"]),
        at=parse(row["at"]),
    )


async def remember(
    conn: aiosqlite.Connection,
    *,
    chat_id: int,
    message_id: int,
    run_id: int,
    question_id: str,
    now: datetime,
) -> None:
    """Note that message ``message_id`` in ``chat_id`` answered ``question_id`` of ``run_id``.

    A message answers one question; noting it again (an answer given anew) keeps the latest.
    """
    await conn.execute(
        "INSERT INTO answer_messages (chat_id, message_id, run_id, question_id, at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id, message_id) DO UPDATE SET "
        "run_id = excluded.run_id, question_id = excluded.question_id, at = excluded.at",
        (chat_id, message_id, run_id, question_id, iso(now)),
    )


async def answered_by(
    conn: aiosqlite.Connection, *, chat_id: int, message_id: int
) -> AnswerMessage | None:
    """What message ``message_id`` in ``chat_id`` answered, or None when it answered nothing."""
    async with conn.execute(
        "SELECT chat_id, message_id, run_id, question_id, at FROM answer_messages "
        "WHERE chat_id = ? AND message_id = ?",
        (chat_id, message_id),
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else _answer_message(row)


async def answered_by_child(
    conn: aiosqlite.Connection, *, child_id: int, message_id: int, chat_id: int | None = None
) -> AnswerMessage | None:
    """What the child's message ``message_id`` answered in one of the child's own runs.

    With ``chat_id``, only that chat's message counts; without it (a caller that knows the
    child, not the chat) the latest such message in any chat bound to the child. A chat since
    bound to another child never matches the earlier child's runs.
    """
    async with conn.execute(
        "SELECT m.chat_id, m.message_id, m.run_id, m.question_id, m.at FROM answer_messages m "
        "JOIN runs r ON r.id = m.run_id "
        "JOIN chats c ON c.chat_id = m.chat_id AND c.child_id = r.child_id "
        "WHERE r.child_id = ? AND m.message_id = ? AND (? IS NULL OR m.chat_id = ?) "
        "ORDER BY m.at DESC LIMIT 1",
        (child_id, message_id, chat_id, chat_id),
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else _answer_message(row)
