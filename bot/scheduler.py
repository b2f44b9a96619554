"""The scheduler: plans outbox rows and sends the due ones, from ONE repeating job.

Every tick (``settings.outbox_poll_seconds``) it

1. plans the rows upcoming reviews imply (``bot.planning``; each row once, by ``dedupe_key``),
2. escalates safeguarding alerts nobody has acknowledged within ``alert_escalate_minutes``,
3. sends what is due: offers, reminders, closings, the IRO's participation prompt, notices.

A child who answers only on the web page gets the same rows; their offers open the run and tell
their IRO instead of pushing messages (``bot.web_offers``).

The rows are the truth; the job keeps nothing that must survive a restart. A row is claimed
(``sending``) in a transaction before anything goes out and is never claimed again, so a message
is sent at most once; a long offer goes out one message at a time, remembering how far it got,
so a retry after a network error, a 5xx or a 429 carries on where it stopped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from telegram import Bot
from telegram.error import Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes

from bot import (
    after_review,
    aftercare,
    conversation,
    due_offers,
    outbox_planner,
    planning,
    reachability,
    safeguarding,
    telegram_channel,
    web_offers,
)
from bot.conversation import Reply
from bot.messages import say
from bot.quiet_hours import next_allowed
from bot.services import Services
from bot.web_offers import WebSend
from storage import alerts, chats, outbox, runs
from storage.outbox import OutboxRow
from storage.times import iso
from surveys.bands import age_on

log = logging.getLogger(__name__)

JOB_NAME = "hearme-outbox"
# Rows sent per tick: a backlog drains over a few ticks without starving children's replies.
BATCH = 50
# After this many tries a row is given up and stays failed for a person to look at.
MAX_ATTEMPTS = 8
# Planning reads every review in its window, so it runs once a minute rather than every tick.
PLAN_EVERY = timedelta(minutes=1)
OPEN_RUN = ("sent", "started")


@dataclass
class TickState:
    """What one running scheduler remembers between ticks; losing it costs nothing."""

    recovered: bool = False
    last_planned: datetime | None = None


def register(application: Application[Any, Any, Any, Any, Any, Any], services: Services) -> None:
    """Add the one repeating outbox job (an ``extra`` for ``bot.app.build_application``)."""
    if application.job_queue is None:
        raise RuntimeError("the scheduler needs python-telegram-bot's job-queue extra")
    application.job_queue.run_repeating(
        _job,
        interval=services.settings.outbox_poll_seconds,
        first=0.1,
        name=JOB_NAME,
        data=(services, TickState()),
    )


async def _job(context: ContextTypes.DEFAULT_TYPE) -> None:
    assert context.job is not None
    services, state = cast(tuple[Services, TickState], context.job.data)
    try:
        await tick(context.bot, services, state)
    except Exception as error:  # a bad tick must not stop the next one
        log.error("outbox tick failed: %s", type(error).__name__)


async def tick(bot: Bot, services: Services, state: TickState) -> None:
    """One pass: recover, plan, escalate, send. Safe to call at any time, any number of times."""
    now = services.clock()
    if not state.recovered:
        async with services.db.transaction() as conn:
            interrupted = await outbox.fail_interrupted(conn)
        if interrupted:
            log.warning("%d outbox rows were interrupted mid-send; not re-sent", interrupted)
        state.recovered = True
    if state.last_planned is None or now - state.last_planned >= PLAN_EVERY:
        await outbox_planner.plan_reviews(services, now=now)
        state.last_planned = now
    await escalate_alerts(bot, services, now=now)
    async with services.db.transaction() as conn:
        due = await outbox.due_rows(conn, now=now, limit=BATCH)
    for row in due:
        await send_row(bot, services, row, now=now)


async def escalate_alerts(bot: Bot, services: Services, *, now: datetime) -> int:
    """Send again every alert unacknowledged for ``alert_escalate_minutes``, to duty and admins.

    Repeats every interval until someone acknowledges. The escalation is counted even when a
    send fails, so a broken chat is retried at the next interval rather than every tick.
    """
    threshold = now - timedelta(minutes=services.settings.alert_escalate_minutes)
    open_alerts = await alerts.unacknowledged_before(
        services.db.reader, services.db.cipher, threshold
    )
    for alert in open_alerts:
        try:
            await safeguarding.notify_alert(bot, services, alert.id, escalation=True)
        except TelegramError as error:
            log.error("escalation of alert %d failed: %s", alert.id, type(error).__name__)
        async with services.db.transaction() as conn:
            await alerts.mark_escalated(conn, alert.id, now=now)
        log.info("alert %d escalated", alert.id)
    return len(open_alerts)


@dataclass(frozen=True)
class _Send:
    """What a claimed row sends: a chat and how to make its messages."""

    chat_id: int
    language: str = "en"
    words: dict[str, str] = field(default_factory=dict)
    closes_at: datetime | None = None
    review_at: datetime | None = None


async def send_row(bot: Bot, services: Services, row: OutboxRow, *, now: datetime) -> str:
    """Check, claim and send one due row; returns what became of it (the row's new status)."""
    if row.kind in aftercare.KINDS:
        return await aftercare.send_row(bot, services, row, now=now)
    async with services.db.transaction() as conn:
        if row.kind == planning.CLOSE:
            return await _close(conn, row, now=now)
        decision = await _prepare(conn, services, row, now=now)
        if isinstance(decision, str):
            return decision
        if not await outbox.claim(conn, row.id, now=now):
            return "taken"
    try:
        await _deliver(bot, services, row, decision, now=now)
    except Forbidden:
        return await _blocked(services, row, now=now)
    except conversation.NotOffered:
        # The survey has no version for the child's age today (e.g. they are now under 4).
        async with services.db.transaction() as conn:
            await outbox.cancel(conn, row.id, reason="not for this age")
        return "cancelled"
    except (RetryAfter, NetworkError) as error:
        return await _retry(services, row, error, now=now)
    except Exception as error:
        log.error("outbox row %d failed: %s", row.id, type(error).__name__)
        async with services.db.transaction() as conn:
            await outbox.mark_failed(conn, row.id, error=type(error).__name__)
        return "failed"
    async with services.db.transaction() as conn:
        await outbox.mark_sent(conn, row.id, now=now)
        await _after_sent(conn, services, row, decision, now=now)
    return "sent"


async def _prepare(
    conn: Any, services: Services, row: OutboxRow, *, now: datetime
) -> _Send | WebSend | str:
    """Decide, inside the claiming transaction, whether the row goes now, later or never."""
    if row.kind in (planning.PARTICIPATION, planning.STAFF_NOTICE):
        target = await after_review.notice_chat(conn, row)
        if target is None:
            await outbox.cancel(conn, row.id, reason="nobody to tell")
            return "cancelled"
        return _Send(chat_id=target)
    if row.child_id is None:
        await outbox.mark_failed(conn, row.id, error="no child")
        return "failed"
    profile = await chats.child_profile(conn, row.child_id)
    if profile is None or profile.status != "active":
        await outbox.cancel(conn, row.id, reason=f"child {profile.status if profile else 'gone'}")
        return "cancelled"
    if await outbox.answers_on_web_only(conn, row.child_id):
        return await _prepare_web(conn, services, row, profile.child_ref, now=now)
    bound = await chats.chats_for_child(conn, row.child_id)
    open_chats = [chat for chat in bound if not chat.stopped]
    if not open_chats:
        await outbox.cancel(conn, row.id, reason="stopped")
        return "cancelled"
    local_day = now.astimezone(services.settings.zone).date()
    age = None if profile.date_of_birth is None else age_on(profile.date_of_birth, local_day)
    allowed = next_allowed(now, services.settings, age=age)
    if allowed > now:
        await outbox.reschedule(conn, row.id, due_at=allowed)
        return "held"
    send = _Send(chat_id=open_chats[-1].chat_id, language=profile.language, words=profile.words)
    if row.kind == planning.REMIND:
        run = await _open_run_of(conn, row)
        return send if run is not None else "cancelled"
    return await _prepare_offer(conn, services, row, send, now=now)


async def _open_run_of(conn: Any, row: OutboxRow) -> runs.RunRow | None:
    """A reminder's run while it is still open; otherwise the row is cancelled and None."""
    run = None if row.run_id is None else await runs.get_run(conn, row.run_id)
    if run is None or run.status not in OPEN_RUN:
        await outbox.cancel(conn, row.id, reason=f"run {run.status if run else 'gone'}")
        return None
    return run


async def _prepare_web(
    conn: Any, services: Services, row: OutboxRow, child_ref: str, *, now: datetime
) -> WebSend | str:
    """A web-only child: nothing is pushed to them, so quiet hours do not apply; the offer opens
    the run and their IRO is told; a reminder is a line to the IRO, or nothing without one."""
    assert row.child_id is not None
    iro_chat = await web_offers.iro_chat(conn, row.child_id)
    if row.kind == planning.REMIND:
        run = await _open_run_of(conn, row)
        if run is None:
            return "cancelled"
        if iro_chat is None:
            await outbox.cancel(conn, row.id, reason="nobody to tell")
            return "cancelled"
        return WebSend(iro_chat=iro_chat, child_ref=child_ref, closes_at=run.closes_at)
    window = await due_offers.check_offer(conn, services, row, now=now)
    if isinstance(window, str):
        return window
    return WebSend(
        iro_chat=iro_chat,
        child_ref=child_ref,
        closes_at=window.closes_at,
        review_at=window.review_at,
    )


async def _prepare_offer(
    conn: Any, services: Services, row: OutboxRow, send: _Send, *, now: datetime
) -> _Send | str:
    window = await due_offers.check_offer(conn, services, row, now=now)
    if isinstance(window, str):
        return window
    return _Send(
        chat_id=send.chat_id,
        language=send.language,
        words=send.words,
        closes_at=window.closes_at,
        review_at=window.review_at,
    )


def _child_of(row: OutboxRow) -> int:
    assert row.child_id is not None
    return row.child_id


async def _deliver(
    bot: Bot, services: Services, row: OutboxRow, send: _Send | WebSend, *, now: datetime
) -> None:
    """Send the row's messages, one at a time, skipping those a previous attempt sent."""
    if isinstance(send, WebSend):
        await web_offers.deliver(bot, services, row, send, now=now)
        return
    if reachability.is_notice(row):
        await reachability.send_notice(bot, services, row, send.chat_id)
        return
    if row.kind in (planning.PARTICIPATION, planning.STAFF_NOTICE):
        await after_review.send_notice(bot, services, row, send.chat_id, now=now)
        return
    run_id = row.run_id
    if row.kind == planning.OFFER and run_id is None:
        run_id = await web_offers.open_run(services, row, closes_at=send.closes_at, now=now)
    assert run_id is not None
    # Read through the writer, never the shared reader: while any other coroutine has a cursor
    # open on the reader, its statements share that cursor's older WAL snapshot, in which the
    # run just created does not exist yet (a LookupError once in a thousand offers).
    async with services.db.transaction() as conn:
        replies = await conversation.replies_for_run(
            services, run_id, greeting=row.kind == planning.OFFER, conn=conn
        )
    if row.kind == planning.REMIND:
        replies = [Reply(text=_reminder(row, send)), *replies]
    done = int(row.payload.get("parts_sent", 0))
    for index, reply in enumerate(replies):
        if index < done:
            continue
        await telegram_channel.deliver(bot, send.chat_id, [reply])
        async with services.db.transaction() as conn:
            await outbox.set_payload(conn, row.id, {**row.payload, "parts_sent": index + 1})


def _reminder(row: OutboxRow, send: _Send) -> str:
    key = (
        "reminder_my_review"
        if row.payload.get("definition_id") == planning.MY_REVIEW
        else "reminder"
    )
    return say(key, send.language, send.words)


async def _after_sent(
    conn: Any, services: Services, row: OutboxRow, send: _Send | WebSend, *, now: datetime
) -> None:
    """Plan an offer's reminders and closing; count a reminder on its run."""
    if row.kind == planning.REMIND and row.run_id is not None:
        await runs.record_reminder(conn, row.run_id, now=now)
        return
    if row.kind != planning.OFFER or send.closes_at is None:
        return
    sent = await outbox.get_row(conn, row.id)
    assert sent is not None and sent.run_id is not None
    await due_offers.plan_followups(
        conn,
        services,
        definition_id=str(row.payload["definition_id"]),
        run_id=sent.run_id,
        child_id=_child_of(row),
        offered_at=now,
        closes=send.closes_at,
        review_at=send.review_at,
    )


async def _close(conn: Any, row: OutboxRow, *, now: datetime) -> str:
    """Closing time: an unfinished run stops taking answers; what is still planned is dropped."""
    if not await outbox.claim(conn, row.id, now=now):
        return "taken"
    run = None if row.run_id is None else await runs.get_run(conn, row.run_id)
    if run is not None and run.status in OPEN_RUN:
        await runs.set_status(conn, run.id, "expired", now=now)
        await outbox.cancel_pending_for_run(conn, run.id, reason="closed")
    await outbox.mark_sent(conn, row.id, now=now)
    return "sent"


async def _blocked(services: Services, row: OutboxRow, *, now: datetime) -> str:
    """The chat blocked the bot: the child is unreachable and their IRO is told.

    A run made for this very offer was never seen, so it is closed rather than left looking
    as if it waits for the child.
    """
    async with services.db.transaction() as conn:
        await outbox.mark_failed(conn, row.id, error="Forbidden")
        current = await outbox.get_row(conn, row.id)
        run = (
            None
            if current is None or current.run_id is None
            else await runs.get_run(conn, current.run_id)
        )
        if row.kind == planning.OFFER and run is not None and run.status == "sent":
            await runs.set_status(conn, run.id, "expired", now=now)
            await outbox.cancel_pending_for_run(conn, run.id, reason="blocked")
        if row.kind in (planning.OFFER, planning.REMIND) and row.child_id is not None:
            await chats.set_child_status(conn, row.child_id, "unreachable", now=now)
            await outbox.plan(
                conn,
                kind=planning.STAFF_NOTICE,
                due_at=now,
                dedupe_key=f"notice:unreachable:child:{row.child_id}:{iso(now)}",
                child_id=row.child_id,
                payload={"notice": "unreachable"},
            )
    log.info("outbox row %d: chat blocked the bot", row.id)
    return "failed"


async def _retry(services: Services, row: OutboxRow, error: TelegramError, *, now: datetime) -> str:
    """A network error, 5xx or 429: try again later, doubling the wait, up to a limit."""
    attempts = row.attempts + 1
    async with services.db.transaction() as conn:
        if attempts >= MAX_ATTEMPTS:
            await outbox.mark_failed(conn, row.id, error=type(error).__name__)
            return "failed"
        due = now + planning.retry_delay(attempts, retry_after=aftercare.retry_after_seconds(error))
        await outbox.reschedule(conn, row.id, due_at=due, error=type(error).__name__)
    log.info("outbox row %d: %s, retry %d", row.id, type(error).__name__, attempts)
    return "retry"
