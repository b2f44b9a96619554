"""A child's ``/delete``: the request is noted, the child is told what happens next, and every
admin with a staff chat is told at once, so the request never waits unseen in the database.

The admins are given the child's reference only: not their name, not their words. The erasure
itself is done by a person (``hearme child erase``, :func:`storage.rights.erase_child`) once
they have checked it with the child or their IRO.
"""

from __future__ import annotations

import logging
from datetime import datetime

import aiosqlite
from telegram import Bot
from telegram.error import TelegramError

from bot.services import Services
from bot.settings import Settings
from storage import chats, children
from storage import staff as staff_store
from storage.audit import record

log = logging.getLogger(__name__)


async def request_erasure(
    conn: aiosqlite.Connection, *, child_id: int, child_ref: str, channel: str, now: datetime
) -> bool:
    """Note the request inside the caller's transaction and stop hearme starting anything new.

    Returns:
        True for a new request (admins must be told after the commit), False when one is
        already waiting.
    """
    fresh = await children.request_erasure(conn, child_id, now=now)
    if not fresh:
        return False
    # Nothing new is sent while an admin deals with it: the child is told so, and it is true
    # for every chat that speaks for them (the scheduler skips stopped chats).
    for chat in await chats.chats_for_child(conn, child_id):
        await chats.set_stopped(conn, chat.chat_id, True)
    await record(
        conn,
        at=now,
        actor=f"child:{child_ref}",
        action="child.erasure_requested",
        child_id=child_id,
        detail={"channel": channel},
    )
    return True


def admin_notice(child_ref: str, requested_at: datetime, settings: Settings) -> str:
    """What an admin is told: the reference, when, and what to do. Never a name or words."""
    when = requested_at.astimezone(settings.zone).strftime("%a %d %b %Y %H:%M")
    return "\n".join(
        (
            "🗑 Deletion request",
            f"Child {child_ref} asked through hearme on {when} for their data to be deleted.",
            "Please contact them or their IRO to confirm it, then run "
            f"hearme child export {child_ref} if a copy is needed, and "
            f"hearme child erase {child_ref}.",
            "hearme sends them no new questions meanwhile.",
        )
    )


async def notify_erasure_request(bot: Bot, services: Services, child_id: int) -> int:
    """Tell every active admin with a staff chat about the child's deletion request.

    Call after the transaction that noted the request has committed. A chat that cannot be
    reached is logged by id and skipped: the other admins must still be told.

    Returns:
        How many admin chats the notice reached.
    """
    conn = services.db.reader
    child = await children.get_child(conn, child_id)
    if child is None:
        return 0
    admins = [m for m in await staff_store.staff_with_role(conn, "admin") if m.chat_id]
    if not admins:
        log.warning("erasure request for child id=%s: no admin chat enrolled", child_id)
    text = admin_notice(child.child_ref, services.clock(), services.settings)
    reached = 0
    for admin in admins:
        assert admin.chat_id is not None
        try:
            await bot.send_message(admin.chat_id, text)
        except TelegramError as error:
            log.error(
                "erasure notice for child id=%s not delivered to staff id=%s: %s",
                child_id,
                admin.id,
                type(error).__name__,
            )
        else:
            reached += 1
    return reached
