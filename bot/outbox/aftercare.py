"""What must still happen after a child's message when sending it failed the first time.

A channel shows the child's replies and tells staff about alerts independently, so one failing
never holds up the other (``bot.channels.telegram.handlers.on_update``). What a passing failure
(network, 5xx, 429) kept from going out is planned as an outbox row and sent by the scheduler:

* :data:`SUPPORT_REPLY` — the caring reply to a disclosure or a request to talk. The payload
  holds the alert id only; the reply is rendered again from the alert, never from stored words,
  and once sent the alert keeps which reply it was (:class:`CaringReply`): the whole one.
  The child's own transaction already plans it a little ahead (:func:`keep_support_reply`),
  and showing the reply at once stands it down (:func:`support_reply_shown`): a process that
  stops between the commit and the send (a crash, a SIGKILLed worker) leaves a disclosure
  that Telegram's retry finds "already handled", and the child must still hear back.
* :data:`~bot.safeguarding.alerts.ALERT_NOTICE` — an alert for staff chats that were not reached.
* :data:`ERASURE_NOTICE` — a deletion request the admins have not been told about (the web
  page has no bot of its own, so it always goes this way).
* :data:`RETIRED_NOTICE` — a chat that no longer speaks for a child is told so
  (``bot.channels.telegram.chat_retirement``); the payload holds only the language and why.

None of these wait for quiet hours: they answer something a child did.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.conversation.messages import language_of, say
from bot.outbox import planning
from bot.safeguarding import alerts as safeguarding
from bot.safeguarding.about_iro import about_iro
from bot.services import Services
from bot.staff import erasure_requests
from storage import alerts, chats, children, outbox
from storage.outbox import OutboxRow
from storage.times import iso
from surveys.bands import band_for

log = logging.getLogger(__name__)

# How long the reply shown at once has before its planned copy goes: far more than one send
# takes even on a busy machine (so a child is not told twice), and still soon for a child who
# just disclosed harm and heard nothing.
SUPPORT_REPLY_GRACE = timedelta(seconds=10)

SUPPORT_REPLY = "support_reply"
ERASURE_NOTICE = "erasure_notice"
RETIRED_NOTICE = "chat_retired"
KINDS = (SUPPORT_REPLY, safeguarding.ALERT_NOTICE, ERASURE_NOTICE, RETIRED_NOTICE)
# After this many tries a row is given up and stays failed for a person to look at.
MAX_ATTEMPTS = 8


def _support_key(alert_id: int, chat_id: int) -> str:
    return f"{SUPPORT_REPLY}:{alert_id}:{chat_id}"


async def keep_support_reply(
    conn: aiosqlite.Connection, *, alert_id: int, child_id: int, chat_id: int, now: datetime
) -> None:
    """Inside the child's transaction: the caring reply goes from the outbox after
    :data:`SUPPORT_REPLY_GRACE` unless :func:`support_reply_shown` stands it down."""
    await outbox.plan(
        conn,
        kind=SUPPORT_REPLY,
        due_at=now + SUPPORT_REPLY_GRACE,
        dedupe_key=_support_key(alert_id, chat_id),
        child_id=child_id,
        chat_id=chat_id,
        payload={"alert_id": alert_id},
        move_earlier=False,
    )


async def support_reply_shown(services: Services, *, alert_id: int, chat_id: int) -> None:
    """The caring reply reached the chat at once: its planned copy is not needed."""
    async with services.db.transaction() as conn:
        await outbox.stand_down(conn, _support_key(alert_id, chat_id), reason="shown at once")


async def plan_support_reply(services: Services, *, alert_id: int, chat_id: int) -> None:
    """Plan the caring reply for ``alert_id`` to be sent to ``chat_id`` again, due at once."""
    now = services.clock()
    async with services.db.transaction() as conn:
        alert = await alerts.get_alert(conn, services.db.cipher, alert_id)
        if alert is None:
            return
        await outbox.plan(
            conn,
            kind=SUPPORT_REPLY,
            due_at=now,
            dedupe_key=_support_key(alert_id, chat_id),
            child_id=alert.child_id,
            chat_id=chat_id,
            payload={"alert_id": alert_id},
        )
    log.info("support reply for alert id=%s planned again", alert_id)


async def plan_erasure_notice(services: Services, child_ids: Sequence[int]) -> None:
    """Plan a notice to the admins for each child's new deletion request, due at once."""
    now = services.clock()
    async with services.db.transaction() as conn:
        for child_id in child_ids:
            await outbox.plan(
                conn,
                kind=ERASURE_NOTICE,
                due_at=now,
                dedupe_key=f"{ERASURE_NOTICE}:{child_id}:{iso(now)}",
                child_id=child_id,
            )


@dataclass(frozen=True)
class CaringReply:
    """A caring reply a :data:`SUPPORT_REPLY` row sends: its text, and which reply it is
    (``storage.alerts.CHILD_REPLIES``), for the alert to keep once it is sent."""

    alert_id: int
    text: str
    shown: str


async def support_text(services: Services, row: OutboxRow, *, now: datetime) -> CaringReply | None:
    """The caring reply a :data:`SUPPORT_REPLY` row sends, rendered again; None when the
    alert, the child or the chat is gone.

    Always the whole reply for the alert's level, even for a completed disclosure the child
    was answered briefly at once (``caring_reply``'s ``told_more``): a reply sent again after
    a failure may be the first the child sees, so it carries 999 and Childline. Once it is
    sent the alert keeps that (``alerts.child_reply``), so every later message to staff says
    the child has them.
    """
    conn = services.db.reader
    alert = await alerts.get_alert(conn, services.db.cipher, int(row.payload.get("alert_id", 0)))
    child = None if alert is None else await children.get_child(conn, alert.child_id)
    chat = None if row.chat_id is None else await chats.chat_for(conn, row.chat_id)
    if (
        alert is None
        or child is None
        or child.date_of_birth is None
        or child.status == "erased"
        or chat is None
        or chat.child_id != child.id
    ):
        return None
    band = band_for(child.date_of_birth, now.astimezone(services.settings.zone).date())
    text = safeguarding.caring_reply(
        alert.kind,
        band,
        language_of(child.language),
        settings=services.settings,
        now=now,
        assisted=chat.mode == "assisted",
        about_iro=about_iro(alert),
        categories=alert.categories,
    )
    return CaringReply(alert.id, text, safeguarding.whole_reply(alert.kind, alert.categories))


async def send_row(bot: Bot, services: Services, row: OutboxRow, *, now: datetime) -> str:
    """Claim and send one due row of :data:`KINDS`; returns the row's new status."""
    async with services.db.transaction() as conn:
        if not await outbox.claim(conn, row.id, now=now, worker=services.db.worker):
            return "taken"
    try:
        if row.kind == SUPPORT_REPLY:
            return await _support_reply(bot, services, row, now=now)
        if row.kind == safeguarding.ALERT_NOTICE:
            return await _alert_notice(bot, services, row, now=now)
        if row.kind == RETIRED_NOTICE:
            return await _retired_notice(bot, services, row, now=now)
        await erasure_requests.notify_erasure_request(bot, services, row.child_id or 0)
        return await _finish(services, row, "sent", now=now)
    except Exception as error:  # a bad row must not stop the others
        log.error("outbox row %d failed: %s", row.id, type(error).__name__)
        return await _finish(services, row, "failed", now=now, error=type(error).__name__)


async def _support_reply(bot: Bot, services: Services, row: OutboxRow, *, now: datetime) -> str:
    reply = await support_text(services, row, now=now)
    if reply is None or row.chat_id is None:
        return await _finish(services, row, "cancelled", now=now, error="child or chat gone")
    return await _send_text(bot, services, row, row.chat_id, reply.text, now=now, shown=reply)


async def _retired_notice(bot: Bot, services: Services, row: OutboxRow, *, now: datetime) -> str:
    if row.chat_id is None:
        return await _finish(services, row, "cancelled", now=now, error="no chat")
    if await chats.chat_for(services.db.reader, row.chat_id) is not None:
        # Bound again since (an invite opened in the same chat): the notice would be untrue.
        return await _finish(services, row, "cancelled", now=now, error="bound again")
    reason = str(row.payload.get("reason", "unbound"))
    key = "chat_replaced" if reason == "replaced" else "chat_unbound"
    text = say(key, language_of(str(row.payload.get("language", "en"))))
    return await _send_text(bot, services, row, row.chat_id, text, now=now)


async def _send_text(
    bot: Bot,
    services: Services,
    row: OutboxRow,
    chat_id: int,
    text: str,
    *,
    now: datetime,
    shown: CaringReply | None = None,
) -> str:
    """Send one message for a row; a passing failure is tried again, a lasting one is not.
    ``shown``: a caring reply, which its alert keeps as what the child has once it is sent."""
    try:
        await bot.send_message(chat_id, text)
    except Forbidden:
        return await _finish(services, row, "failed", now=now, error="Forbidden")
    except (NetworkError, RetryAfter) as error:
        if isinstance(error, BadRequest):
            return await _finish(services, row, "failed", now=now, error="BadRequest")
        return await _again(services, row, error, now=now)
    log.info("%s for outbox row %d sent", row.kind, row.id)
    return await _finish(services, row, "sent", now=now, shown=shown)


async def _alert_notice(bot: Bot, services: Services, row: OutboxRow, *, now: datetime) -> str:
    alert_id = int(row.payload.get("alert_id", 0))
    only = row.payload.get("staff_ids")
    delivery = await safeguarding.deliver_alert(
        bot, services, alert_id, only=None if only is None else {int(i) for i in only}
    )
    if not delivery.retry:
        return await _finish(services, row, "sent", now=now)
    payload = {**row.payload, "staff_ids": list(delivery.retry)}
    return await _again(services, row, NetworkError("staff chat not reached"), now=now, **payload)


async def _again(
    services: Services, row: OutboxRow, error: TelegramError, *, now: datetime, **payload: object
) -> str:
    """Try the row again later, waiting longer each time, up to :data:`MAX_ATTEMPTS`."""
    attempts = row.attempts + 1
    if attempts >= MAX_ATTEMPTS:
        return await _finish(services, row, "failed", now=now, error=type(error).__name__)
    due = now + planning.retry_delay(attempts, retry_after=retry_after_seconds(error))
    async with services.db.transaction() as conn:
        if payload:
            await outbox.set_payload(conn, row.id, payload)
        await outbox.reschedule(conn, row.id, due_at=due, error=type(error).__name__)
    log.info("outbox row %d: %s, retry %d", row.id, type(error).__name__, attempts)
    return "retry"


def retry_after_seconds(error: TelegramError) -> float | None:
    """Telegram's own wait from a 429, in seconds (None for any other error).

    PTB 22 warns that ``retry_after`` is becoming a ``timedelta``; both forms are read here, so
    the warning says nothing new.
    """
    if not isinstance(error, RetryAfter):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


async def _finish(
    services: Services,
    row: OutboxRow,
    status: str,
    *,
    now: datetime,
    error: str | None = None,
    shown: CaringReply | None = None,
) -> str:
    async with services.db.transaction() as conn:
        if status == "sent":
            await outbox.mark_sent(conn, row.id, now=now)
            if shown is not None:  # in the same commit: the record never lags what was sent
                await alerts.record_child_reply(conn, shown.alert_id, shown.shown)
        elif status == "cancelled":
            await outbox.cancel(conn, row.id, reason=error or "cancelled")
        else:
            await outbox.mark_failed(conn, row.id, error=error or "failed")
    return status
