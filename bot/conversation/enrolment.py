"""Enrolment: a one-time invite code binds a Telegram chat to a child, a helping adult or staff.

Telegram requires users in the UK to be 16 or over, so a ``child`` invite works only for a young
person of 16+; a younger child takes part through an ``assisted`` invite opened by an adult. A
wrong, used or expired code gets one polite sentence and nothing else, and too many wrong codes
silence the chat for a while, so codes cannot be guessed. A chat hearme does not know learns
nothing about any child. A chat speaks for one child only: an invite for a second child opened
in a chat already helping one is refused, kindly, and changes nothing. A child speaks through
their newest chat only: binding one retires every older one (``bot.conversation.chat_retirement``).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import aiosqlite

from bot.conversation import chat_retirement
from bot.conversation.consultation import Reply, Speaker, greeting_replies, replies_for_child
from bot.conversation.messages import privacy_notice, say
from bot.outbox.due_offers import offer_waiting
from bot.services import Services
from storage import alerts, chats, children, invites
from storage.audit import record
from surveys.bands import age_on

log = logging.getLogger(__name__)

SELF_ENROL_MIN_AGE = 16


def deep_link(bot_username: str, code: str) -> str:
    """The link that opens the bot with ``/start <code>``."""
    return f"https://t.me/{bot_username.lstrip('@')}?start={code}"


def _failure_key(channel: str, sender_key: str) -> str:
    return f"{channel}:{sender_key}"


async def is_silenced(
    services: Services, conn: aiosqlite.Connection, channel: str, sender_key: str, now: datetime
) -> bool:
    """Whether too many wrong codes from this sender have silenced it for now."""
    settings = services.settings
    until = await invites.silenced_until(
        conn,
        _failure_key(channel, sender_key),
        now=now,
        limit=settings.wrong_codes_limit,
        window=timedelta(minutes=settings.wrong_codes_window_minutes),
        silence=timedelta(minutes=settings.wrong_codes_silence_minutes),
    )
    return until is not None


async def is_live_invite(conn: aiosqlite.Connection, code: str, *, now: datetime) -> bool:
    """Whether ``code`` is an invite that could still be used (looked up, not used)."""
    return isinstance(await invites.lookup_invite(conn, code.strip(), now=now), invites.Invite)


async def start_with_code(
    services: Services,
    conn: aiosqlite.Connection,
    channel: str,
    sender_key: str,
    code: str,
    *,
    now: datetime,
) -> list[Reply]:
    """Handle ``/start <code>`` inside the caller's transaction; returns what to say."""
    if await is_silenced(services, conn, channel, sender_key, now):
        log.info("enrolment ignored: sender silenced after wrong codes")
        return []
    found = await invites.lookup_invite(conn, code.strip(), now=now)
    usable = isinstance(found, invites.Invite) and channel == "telegram" and found.kind != "web"
    if not usable or not isinstance(found, invites.Invite):
        await invites.record_failed_code(conn, _failure_key(channel, sender_key), now=now)
        log.info(
            "enrolment refused: %s", found.reason if isinstance(found, invites.Refused) else "kind"
        )
        return [Reply(say("bad_code", "en"))]
    chat_id = int(sender_key)
    if found.kind == "staff" and found.staff_id is not None:
        await invites.mark_used(conn, found.id, used_by=sender_key, now=now)
        await invites.bind_staff_chat(conn, found.staff_id, chat_id, now=now)
        staff = await alerts.staff_for_chat(conn, chat_id)
        await record(
            conn,
            at=now,
            actor="system",
            action="staff.enrolled",
            detail={"staff_id": found.staff_id, "invite_id": found.id},
        )
        return [Reply(say("staff_welcome", "en", name=staff[1] if staff else ""))]
    child = await children.get_child(conn, found.child_id or 0)
    if child is None or child.date_of_birth is None or child.status == "erased":
        await invites.record_failed_code(conn, _failure_key(channel, sender_key), now=now)
        return [Reply(say("bad_code", "en"))]
    today = now.astimezone(services.settings.zone).date()
    if found.kind == "child" and age_on(child.date_of_birth, today) < SELF_ENROL_MIN_AGE:
        # Not a wrong code: the invite stays unused so the council can see what happened.
        return [Reply(say("too_young", child.language))]
    bound = await chats.chat_for(conn, chat_id)
    if bound is not None and bound.child_id != child.id:
        # One chat speaks for one child: rebinding would silently cut the first child off.
        # The invite stays unused, so it still works on another phone or account.
        await record(
            conn,
            at=now,
            actor="system",
            action="chat.second_child_refused",
            child_id=child.id,
            detail={"invite_id": found.id, "bound_child_id": bound.child_id},
        )
        log.info("enrolment refused: chat already speaks for another child")
        return [Reply(say("chat_taken", child.language))]
    await invites.mark_used(conn, found.id, used_by=sender_key, now=now)
    mode = "assisted" if found.kind == "assisted" else "self"
    await chats.bind_chat(conn, chat_id=chat_id, child_id=child.id, mode=mode, now=now)
    # A new phone, or a new carer after a placement move: the old chat must not go on acting
    # as the child, reading what is sent to them or answering for them.
    retired = await chat_retirement.retire_chats(
        conn,
        child_id=child.id,
        language=child.language,
        reason=chat_retirement.REPLACED,
        actor="system",
        now=now,
        keep=chat_id,
    )
    if child.status == "unreachable":
        await children.set_status(conn, child.id, "active", now=now)
    await record(
        conn,
        at=now,
        actor=f"child:{child.child_ref}",
        action="chat.enrolled",
        child_id=child.id,
        detail={"invite_id": found.id, "mode": mode, "retired_chats": len(retired)},
    )
    speaker = Speaker.for_child(child, assisted=mode == "assisted", on=today, chat_id=chat_id)
    replies = greeting_replies(speaker)
    first = replies[0]
    notice = privacy_notice(speaker.band, speaker.language, child.preferred_words)
    replies[0] = Reply(f"{first.text}\n\n{notice}", first.buttons)
    # A consultation that fell due before the child enrolled is offered now, straight after
    # the hello (its first question follows; the hello already said who reads the answers).
    offered = await offer_waiting(services, conn, speaker, now=now, introduce=False)
    return replies + (offered or await replies_for_child(services, conn, speaker))


async def unknown_sender(
    services: Services, conn: aiosqlite.Connection, channel: str, sender_key: str, *, now: datetime
) -> list[Reply]:
    """What a chat bound to no child hears: a staff chat is told it is one; anyone else gets
    one general sentence (or nothing at all while silenced)."""
    if await is_silenced(services, conn, channel, sender_key, now):
        return []
    is_chat = channel == "telegram" and sender_key.lstrip("-").isdigit()
    if is_chat and await alerts.staff_for_chat(conn, int(sender_key)) is not None:
        return [Reply(say("staff_no_survey", "en"))]
    return [Reply(say("unknown_chat", "en"))]
