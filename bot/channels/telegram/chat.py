"""A Telegram chat as the conversation's :class:`~bot.conversation.speaker.Seat`.

Telegram's own ids live here and in the rest of this package, never in the conversation: the
chat id (a number), the id of the message a person sent or pressed, and the ``t.me`` link that
opens the bot with an invite code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

import aiosqlite

from bot.channels.telegram import chat_retirement
from bot.conversation.consultation import Speaker
from bot.outbox import aftercare
from storage import alerts, answer_messages, chats, invites


def deep_link(bot_username: str, code: str) -> str:
    """The link that opens the bot with ``/start <code>``."""
    return f"https://t.me/{bot_username.lstrip('@')}?start={code}"


@dataclass(frozen=True)
class TelegramChat:
    """One private chat, and the message of this update (sent, edited or pressed), if any."""

    chat_id: int
    message_id: int | None = None

    async def speaker(
        self, conn: aiosqlite.Connection, *, now: datetime, zone: tzinfo
    ) -> Speaker | None:
        # Every message asks this, so the chat and its child come in one statement.
        bound = await chats.chat_with_child(conn, self.chat_id)
        if bound is None:
            return None
        chat, child = bound
        if child is None or child.status == "erased" or child.date_of_birth is None:
            return None
        on = now.astimezone(zone).date()
        return Speaker.for_child(child, assisted=chat.mode == "assisted", on=on, seat=self)

    async def may_offer(self, conn: aiosqlite.Connection) -> bool:
        chat = await chats.chat_for(conn, self.chat_id)
        return chat is not None and not chat.stopped

    async def set_stopped(self, conn: aiosqlite.Connection, stopped: bool) -> None:
        await chats.set_stopped(conn, self.chat_id, stopped)

    async def remember_answer(
        self, conn: aiosqlite.Connection, *, run_id: int, question_id: str, now: datetime
    ) -> None:
        if self.message_id is None:
            return
        await answer_messages.remember(
            conn,
            chat_id=self.chat_id,
            message_id=self.message_id,
            run_id=run_id,
            question_id=question_id,
            now=now,
        )

    async def answered(
        self, conn: aiosqlite.Connection, *, child_id: int
    ) -> tuple[int, str] | None:
        if self.message_id is None:
            return None
        return await chats.question_for_message(
            conn, child_id=child_id, message_id=self.message_id, chat_id=self.chat_id
        )

    async def bound_child(self, conn: aiosqlite.Connection) -> int | None:
        chat = await chats.chat_for(conn, self.chat_id)
        return None if chat is None else chat.child_id

    async def bind_child(
        self,
        conn: aiosqlite.Connection,
        *,
        child_id: int,
        language: str,
        mode: str,
        now: datetime,
    ) -> int:
        await chats.bind_chat(conn, chat_id=self.chat_id, child_id=child_id, mode=mode, now=now)
        # A new phone, or a new carer after a placement move: the old chat must not go on
        # acting as the child, reading what is sent to them or answering for them.
        retired = await chat_retirement.retire_chats(
            conn,
            child_id=child_id,
            language=language,
            reason=chat_retirement.REPLACED,
            actor="system",
            now=now,
            keep=self.chat_id,
        )
        return len(retired)

    async def bind_staff(self, conn: aiosqlite.Connection, staff_id: int, *, now: datetime) -> str:
        await invites.bind_staff_chat(conn, staff_id, self.chat_id, now=now)
        staff = await alerts.staff_for_chat(conn, self.chat_id)
        return staff[1] if staff else ""

    async def is_staff(self, conn: aiosqlite.Connection) -> bool:
        return await alerts.staff_for_chat(conn, self.chat_id) is not None

    async def keep_caring_reply(
        self, conn: aiosqlite.Connection, *, alert_id: int, child_id: int, now: datetime
    ) -> None:
        # Telegram's retry of this update would find it handled and show no caring reply, so
        # the outbox keeps one until the handler says it was shown (handlers._show_replies).
        await aftercare.keep_support_reply(
            conn, alert_id=alert_id, child_id=child_id, chat_id=self.chat_id, now=now
        )
