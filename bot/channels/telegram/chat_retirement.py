"""A chat stops speaking for a child: a newer binding replaced it, or staff unbound it.

A new invite (a new phone, a new carer after a placement move) binds another chat; every older
chat of the child is then retired, and ``hearme child unbind`` retires them all. The binding
goes at once, in the caller's transaction, so from that commit on the old chat can no longer
answer, press a button, or see the summary or anything else. It is then told so by a notice
from the outbox (:data:`bot.outbox.aftercare.RETIRED_NOTICE`) that names no child and holds
none of their words: the old phone may already be in someone else's hands.
"""

from __future__ import annotations

import logging
from datetime import datetime

import aiosqlite

from bot.outbox.aftercare import RETIRED_NOTICE
from storage import chats, outbox
from storage.audit import record
from storage.times import iso

log = logging.getLogger(__name__)

# Why a chat was retired; each has its own notice (``bot.conversation.messages``:
# ``chat_<reason>``).
REPLACED, UNBOUND = "replaced", "unbound"


async def retire_chats(
    conn: aiosqlite.Connection,
    *,
    child_id: int,
    language: str,
    reason: str,
    actor: str,
    now: datetime,
    keep: int | None = None,
) -> list[int]:
    """Unbind every chat of the child except ``keep``, plan each a notice, and audit it.

    Args:
        conn: the caller's transaction (the new binding's, or the unbind command's).
        child_id: whose chats.
        language: the child's language code, for the notice.
        reason: :data:`REPLACED` or :data:`UNBOUND`.
        actor: who did it, for the audit log.
        now: when.
        keep: the chat that now speaks for the child, if any.

    Returns:
        The chat ids retired.
    """
    if reason not in (REPLACED, UNBOUND):
        raise ValueError(f"reason must be {REPLACED} or {UNBOUND}, not {reason!r}")
    retired = []
    for chat in await chats.chats_for_child(conn, child_id):
        if chat.chat_id == keep:
            continue
        await chats.unbind_chat(conn, chat.chat_id)
        await outbox.plan(
            conn,
            kind=RETIRED_NOTICE,
            due_at=now,
            dedupe_key=f"{RETIRED_NOTICE}:{chat.chat_id}:{iso(now)}",
            child_id=child_id,
            chat_id=chat.chat_id,
            payload={"language": language, "reason": reason},
        )
        await record(
            conn,
            at=now,
            actor=actor,
            action="chat.retired",
            child_id=child_id,
            # No chat id: the audit log outlives an erasure, and a chat id is a person's account.
            detail={"reason": reason, "mode": chat.mode},
        )
        retired.append(chat.chat_id)
    if retired:
        log.info("child id=%s: %d chat(s) retired (%s)", child_id, len(retired), reason)
    return retired
