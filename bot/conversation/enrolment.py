"""Enrolment: a one-time invite code binds a chat to a child, a helping adult or staff.

Telegram requires users in the UK to be 16 or over, so a ``child`` invite works only for a young
person of 16+; a younger child takes part through an ``assisted`` invite opened by an adult. A
wrong, used or expired code gets one polite sentence and nothing else, and too many wrong codes
silence the chat for a while, so codes cannot be guessed. A chat hearme does not know learns
nothing about any child. A chat speaks for one child only: an invite for a second child opened
in a chat already helping one is refused, kindly, and changes nothing. A child speaks through
their newest chat only: binding one retires every older one (the seat's ``bind_child``). The
chat itself is the channel's :class:`~bot.conversation.speaker.Seat`: its ids never come here.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import aiosqlite

from bot.conversation.consultation import Reply, Speaker, greeting_replies, replies_for_child
from bot.conversation.messages import privacy_notice, say
from bot.conversation.turn import Incoming
from bot.outbox.due_offers import offer_waiting
from bot.services import Services
from storage import children, invites
from storage.audit import record
from surveys.bands import age_on

log = logging.getLogger(__name__)

SELF_ENROL_MIN_AGE = 16


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
    incoming: Incoming,
    code: str,
    *,
    now: datetime,
) -> list[Reply]:
    """Handle ``/start <code>`` inside the caller's transaction; returns what to say."""
    channel, sender_key, seat = incoming.channel, incoming.sender_key, incoming.seat
    if await is_silenced(services, conn, channel, sender_key, now):
        log.info("enrolment ignored: sender silenced after wrong codes")
        return []
    found = await invites.lookup_invite(conn, code.strip(), now=now)
    # Only a channel with chats of its own (Telegram) binds one; a web card opens its page.
    usable = isinstance(found, invites.Invite) and seat is not None and found.kind != "web"
    if not usable or not isinstance(found, invites.Invite) or seat is None:
        await invites.record_failed_code(conn, _failure_key(channel, sender_key), now=now)
        log.info(
            "enrolment refused: %s", found.reason if isinstance(found, invites.Refused) else "kind"
        )
        return [Reply(say("bad_code", "en"))]
    if found.kind == "staff" and found.staff_id is not None:
        await invites.mark_used(conn, found.id, used_by=sender_key, now=now)
        name = await seat.bind_staff(conn, found.staff_id, now=now)
        await record(
            conn,
            at=now,
            actor="system",
            action="staff.enrolled",
            detail={"staff_id": found.staff_id, "invite_id": found.id},
        )
        return [Reply(say("staff_welcome", "en", name=name))]
    child = await children.get_child(conn, found.child_id or 0)
    if child is None or child.date_of_birth is None or child.status == "erased":
        await invites.record_failed_code(conn, _failure_key(channel, sender_key), now=now)
        return [Reply(say("bad_code", "en"))]
    today = now.astimezone(services.settings.zone).date()
    if found.kind == "child" and age_on(child.date_of_birth, today) < SELF_ENROL_MIN_AGE:
        # Not a wrong code: the invite stays unused so the council can see what happened.
        return [Reply(say("too_young", child.language))]
    bound = await seat.bound_child(conn)
    if bound is not None and bound != child.id:
        # One chat speaks for one child: rebinding would silently cut the first child off.
        # The invite stays unused, so it still works on another phone or account.
        await record(
            conn,
            at=now,
            actor="system",
            action="chat.second_child_refused",
            child_id=child.id,
            detail={"invite_id": found.id, "bound_child_id": bound},
        )
        log.info("enrolment refused: chat already speaks for another child")
        return [Reply(say("chat_taken", child.language))]
    await invites.mark_used(conn, found.id, used_by=sender_key, now=now)
    mode = "assisted" if found.kind == "assisted" else "self"
    retired = await seat.bind_child(
        conn, child_id=child.id, language=child.language, mode=mode, now=now
    )
    if child.status == "unreachable":
        await children.set_status(conn, child.id, "active", now=now)
    await record(
        conn,
        at=now,
        actor=f"child:{child.child_ref}",
        action="chat.enrolled",
        child_id=child.id,
        detail={"invite_id": found.id, "mode": mode, "retired_chats": retired},
    )
    speaker = Speaker.for_child(child, assisted=mode == "assisted", on=today, seat=seat)
    replies = greeting_replies(speaker)
    first = replies[0]
    notice = privacy_notice(speaker.band, speaker.language, child.preferred_words)
    replies[0] = Reply(f"{first.text}\n\n{notice}", first.buttons)
    # A consultation that fell due before the child enrolled is offered now, straight after
    # the hello (its first question follows; the hello already said who reads the answers).
    offered = await offer_waiting(services, conn, speaker, now=now, introduce=False)
    return replies + (offered or await replies_for_child(services, conn, speaker))


async def unknown_sender(
    services: Services, conn: aiosqlite.Connection, incoming: Incoming, *, now: datetime
) -> list[Reply]:
    """What a chat bound to no child hears: a staff chat is told it is one; anyone else gets
    one general sentence (or nothing at all while silenced)."""
    if await is_silenced(services, conn, incoming.channel, incoming.sender_key, now):
        return []
    seat = incoming.seat
    if seat is not None and await seat.is_staff(conn):
        return [Reply(say("staff_no_survey", "en"))]
    return [Reply(say("unknown_chat", "en"))]
