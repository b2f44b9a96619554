"""The scheduler: plans outbox rows and sends the due ones, from ONE repeating job.

Every tick (``settings.outbox_poll_seconds``) it

1. plans the rows upcoming reviews imply (``bot.outbox.planning``; each row once, by
``dedupe_key``),
2. escalates safeguarding alerts nobody has acknowledged within ``alert_escalate_minutes``,
3. sends what is due: offers, reminders, closings, the IRO's participation prompt, notices,
   up to ``settings.outbox_concurrent_sends`` rows at once (``bot.outbox.sending``),
4. once an hour, forgets processed update ids and wrong codes that no longer count
   (``bot.outbox.housekeeping``).

A child who answers only on the web page gets the same rows; their offers open the run and tell
their IRO instead of pushing messages (``bot.outbox.web_offers``).

The rows are the truth; the job keeps nothing that must survive a restart. Each row is claimed
before anything goes out and never claimed twice (``bot.outbox.rows``); rows claimed or marked
at the same moment share their commits (``bot.outbox.group_commit``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot.outbox import aftercare, followups, group_commit, housekeeping, planning, send_pacing
from bot.outbox import rows as outbox_rows
from bot.outbox import sending as outbox_sending
from bot.outbox.group_commit import GroupCommit
from bot.outbox.rows import send_row as send_row
from bot.safeguarding import telling
from bot.services import Services
from storage import alerts, outbox_claims, outbox_followups
from storage.leader import take_lead
from storage.outbox import OutboxRow

log = logging.getLogger(__name__)

JOB_NAME = "hearme-outbox"
# Rows read at a time by tests and tools that look at the due rows.
BATCH = 50
# A tick starts new sends for at most this long, so alerts are escalated and reviews planned
# every few seconds even while a campaign drains. Children's replies never wait for the tick:
# updates are handled in their own tasks, and the rate limiter shares Telegram's rate fairly.
SEND_BUDGET_SECONDS = 10.0
MAX_ATTEMPTS = outbox_rows.MAX_ATTEMPTS
# Planning reads every review in its window, so it runs once a minute rather than every tick.
PLAN_EVERY = timedelta(minutes=1)
FLEET_GROUP = 4


@dataclass
class TickState:
    """What one running scheduler remembers between ticks; losing it costs nothing."""

    recovered: bool = False
    leading: bool = False  # runs the fleet's scheduled jobs (storage.leader)
    last_planned: datetime | None = None
    last_housekept: datetime | None = None


def register(application: Application[Any, Any, Any, Any, Any, Any], services: Services) -> None:
    """Add the one repeating outbox job (an ``extra`` for
    ``bot.channels.telegram.app.build_application``)."""
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
    """One pass: recover, plan, escalate, send. Safe to call at any time, any number of times.

    What it sends is paced per chat as well as overall (``bot.outbox.send_pacing``): a stream to one
    chat, such as escalations to the duty chat, settles at the chat's rate.
    """
    # Several workers on one PostgreSQL database: only the leader plans, escalates and
    # housekeeps; every worker sends due rows (storage.outbox_claims shares them out) and
    # takes over the rows of any worker that died. A SQLite file's one process leads.
    if not state.leading:
        state.leading = await take_lead(services.db)
    with send_pacing.pacing_each_chat():
        await _tick(bot, services, state)


async def _recover(services: Services, state: TickState) -> None:
    """Rows a stopped process left in flight: once at start on a file, every tick on a fleet.

    A row in flight is never sent again; it counts as sent ("may not have arrived") and its
    follow-ups are planned, as are those of a row marked sent just before its worker stopped.
    """
    now = services.clock()
    if services.db.url is not None:
        # Looked for without the fleet's writer lock; taken only when a worker has died.
        if await outbox_claims.orphaned(services.db.reader, me=services.db.worker):
            async with services.db.transaction() as conn:
                taken = await outbox_claims.take_over(
                    conn, me=services.db.worker, again=aftercare.KINDS, now=now
                )
            if taken.sent_again or taken.in_flight:
                log.warning(
                    "a worker died mid-send: %d outbox rows sent again (safeguarding), %d in "
                    "flight kept as sent, may not have arrived (never sent twice)",
                    taken.sent_again,
                    taken.in_flight,
                )
    elif not state.recovered:
        # As on a fleet: what must arrive (a caring reply, an alert notice) is sent again.
        async with services.db.transaction() as conn:
            again = await outbox_followups.send_again(conn, kinds=aftercare.KINDS, now=now)
            interrupted = await outbox_followups.settle_interrupted(conn, now=now)
        if again or interrupted:
            log.warning(
                "outbox rows interrupted mid-send: %d sent again (safeguarding), %d kept as "
                "sent, may not have arrived (never sent twice)",
                again,
                interrupted,
            )
        state.recovered = True
    else:
        return
    await followups.recover(services, now=now)


async def _tick(bot: Bot, services: Services, state: TickState) -> None:
    now = services.clock()
    await _recover(services, state)
    if state.leading:
        if state.last_planned is None or now - state.last_planned >= PLAN_EVERY:
            await planning.plan_reviews(services, now=now)
            state.last_planned = now
        await escalate_alerts(bot, services, now=now)
        if state.last_housekept is None or now - state.last_housekept >= housekeeping.EVERY:
            await housekeeping.housekeep(services, now=now)
            state.last_housekept = now

    # On a fleet a group holds the writer lock every worker's answers wait for: smaller groups.
    most = FLEET_GROUP if services.db.url is not None else group_commit.MOST
    commits: GroupCommit[Any] = GroupCommit(services.db, most=most)

    async def send(row: OutboxRow) -> str:
        return await send_row(bot, services, row, now=now, commits=commits)

    await outbox_sending.send_due(
        services,
        send,
        now=now,
        concurrent=services.settings.outbox_concurrent_sends,
        budget=SEND_BUDGET_SECONDS,
    )


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
            await telling.notify_alert(bot, services, alert.id, escalation=True)
        except TelegramError as error:
            log.error("escalation of alert %d failed: %s", alert.id, type(error).__name__)
        async with services.db.transaction() as conn:
            await alerts.mark_escalated(conn, alert.id, now=now)
        log.info("alert %d escalated", alert.id)
    return len(open_alerts)
