"""Safeguarding: a possible disclosure or a request to talk never goes unanswered.

The child gets a caring reply at once (Childline, 999, who will be told and when); an alert row
is written in the same transaction as whatever the child sent; after the commit the alert goes
to the child's IRO and every duty worker with an "Acknowledge" button. Escalation (the other
half, in the scheduler) reuses :func:`notify_alert` and adds the admins, who never see the
child's words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot.services import Services
from bot.settings import Settings
from storage import alerts as alert_store
from storage.chats import ChildProfile, child_profile
from surveys import concerns
from surveys.support import support_reply, talk_reply

log = logging.getLogger(__name__)

ACK_PREFIX = "ack:"
_CATEGORY_WORDS = {
    "self_harm": "self-harm or suicide",
    "physical_abuse": "physical abuse",
    "sexual_abuse": "sexual abuse",
    "emotional_abuse": "emotional abuse",
    "neglect": "neglect",
    "exploitation": "exploitation",
    "missing": "going missing",
    "unsafe_home": "not feeling safe at home",
    "bullying": "bullying",
}


@dataclass(frozen=True)
class Raised:
    """An alert written in the current transaction, and what the child is told at once."""

    alert_id: int
    reply: str


def out_of_hours(settings: Settings, now: datetime) -> bool:
    """Whether nobody is in the office now (evenings, nights, weekends, in the council's zone)."""
    local = now.astimezone(settings.zone)
    if local.weekday() >= 5:
        return True
    return not settings.office_start <= local.time() < settings.office_end


def concern_in(text: str | None) -> tuple[str, ...]:
    """The concern categories in a piece of text (empty when there is none)."""
    if not text:
        return ()
    found = concerns.detect(text)
    return found.categories if found is not None else ()


async def raise_alert(
    services: Services,
    conn: aiosqlite.Connection,
    *,
    child: ChildProfile,
    band: str,
    assisted: bool,
    kind: str,
    categories: Sequence[str],
    excerpt: str | None,
    source: str,
    run_id: int | None,
    now: datetime,
) -> Raised:
    """Write an alert (``kind``: ``concern`` or ``talk``) and the reply the child gets at once.

    Call inside the transaction that handles the child's message, then send the child the
    reply and call :func:`notify_alert` after the commit.
    """
    alert_id = await alert_store.create_alert(
        conn,
        services.db.cipher,
        child_id=child.id,
        run_id=run_id,
        kind=kind,
        categories=categories,
        excerpt=excerpt,
        source=source,
        now=now,
    )
    late = out_of_hours(services.settings, now)
    replier = support_reply if kind == "concern" else talk_reply
    reply = replier(band, child.language, out_of_hours=late, assisted=assisted)
    log.info("alert raised id=%s kind=%s source=%s", alert_id, kind, source)
    return Raised(alert_id, reply)


def alert_text(
    alert: alert_store.Alert,
    child: ChildProfile | None,
    *,
    with_excerpt: bool,
    escalation: bool,
    settings: Settings,
) -> str:
    """The staff message for an alert; the excerpt only when the reader may see it."""
    local = alert.created_at.astimezone(settings.zone).strftime("%a %d %b %H:%M")
    who = f"{child.name} ({child.child_ref})" if child is not None else f"child #{alert.child_id}"
    lines = [
        ("⏰ ESCALATED, nobody has acknowledged this yet. " if escalation else "")
        + f"⚠️ Safeguarding alert #{alert.id}",
        f"Child: {who}",
        f"Raised: {local}",
    ]
    if alert.kind == "talk":
        lines.append("The child asked to talk to a person.")
    else:
        named = ", ".join(_CATEGORY_WORDS.get(c, c) for c in alert.categories) or "a concern"
        lines.append(f"Possible disclosure: {named}.")
    if with_excerpt and alert.excerpt:
        lines.append(f"They wrote: “{alert.excerpt}”")
    elif alert.excerpt:
        lines.append("The child's words are shown to their IRO and the duty team only.")
    lines.append("The child has been given Childline 0800 1111 and told to call 999 if in danger.")
    lines.append("Please contact them and press Acknowledge.")
    return "\n".join(lines)


async def notify_alert(
    bot: Bot, services: Services, alert_id: int, *, escalation: bool = False
) -> int:
    """Send an alert to the child's IRO and every duty worker (and on escalation the admins).

    Each gets an "Acknowledge" button (callback data ``ack:<alert_id>``). A chat that cannot be
    reached is logged by id and skipped: the others must still be told.

    Returns:
        How many staff chats the alert reached.
    """
    async with services.db.transaction() as conn:
        alert = await alert_store.get_alert(conn, services.db.cipher, alert_id)
        if alert is None:
            return 0
        child = await child_profile(conn, alert.child_id)
        recipients = await alert_store.alert_recipients(conn, alert.child_id, escalation=escalation)
    if not recipients:
        log.warning("alert id=%s has nobody to tell: no IRO or duty chat enrolled", alert_id)
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton("✅ Acknowledge", callback_data=f"{ACK_PREFIX}{alert_id}")]]
    )
    reached = 0
    for recipient in recipients:
        text = alert_text(
            alert,
            child,
            with_excerpt=recipient.sees_excerpt,
            escalation=escalation,
            settings=services.settings,
        )
        try:
            await bot.send_message(recipient.chat_id, text, reply_markup=keyboard)
        except TelegramError as error:
            log.error(
                "alert id=%s not delivered to staff id=%s: %s",
                alert_id,
                recipient.staff_id,
                type(error).__name__,
            )
        else:
            reached += 1
    return reached
