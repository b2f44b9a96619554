"""One outbox row, from due to done: decide, claim, send, mark (the scheduler's per-row work).

A row is decided on and claimed (``sending``) in one transaction before anything goes out, and
is never claimed again, so a message is sent at most once. An offer's run is opened and its
messages rendered in that same claiming transaction; after the messages went, the row is marked
sent and its reminders planned (``bot.outbox.followups``): in one more commit on a SQLite
file; on PostgreSQL, marked at once under the row's lock alone and planned just after, so the
time a row is in flight is the send's own. With a :class:`~bot.outbox.group_commit.GroupCommit`
the transactions are shared with the other rows being sent at the same moment.

A long offer goes out one message at a time; when one fails, how far it got is kept with the
retry, so a retry after a network error, a 5xx or a 429 carries on where it stopped (after a
crash the row is never re-sent, so nothing more needs remembering).

A child who answers only on the web page gets the same rows; their offers open the run and tell
their IRO instead of pushing messages (``bot.outbox.web_offers``).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

import aiosqlite
from telegram import Bot
from telegram.error import Forbidden, NetworkError, RetryAfter

from bot.channels.telegram import handlers as telegram_channel
from bot.conversation import reachability
from bot.conversation import service as conversation
from bot.conversation.messages import say
from bot.conversation.service import Reply
from bot.outbox import aftercare, due_offers, followups, group_commit, planning, web_offers
from bot.outbox import failures as outbox_failures
from bot.outbox.group_commit import GroupCommit
from bot.outbox.quiet_hours import next_allowed
from bot.outbox.web_offers import WebSend
from bot.services import Services
from bot.staff import after_review
from storage import chats, children, outbox, runs
from storage.outbox import OutboxRow
from surveys.bands import age_on

log = logging.getLogger(__name__)

MAX_ATTEMPTS = outbox_failures.MAX_ATTEMPTS
OPEN_RUN = ("sent", "started")
NOT_ENROLLED_RECHECK = timedelta(days=1)
T = TypeVar("T")
Commits = GroupCommit[Any]


async def _write(
    services: Services,
    commits: Commits | None,
    piece: Callable[[aiosqlite.Connection], Awaitable[T]],
) -> T:
    """Run ``piece`` in a transaction: a shared one when ``commits`` is given, else its own."""
    return await group_commit.write(services.db, commits, piece)


@dataclass(frozen=True)
class _Send:
    """What a claimed row sends: a chat and how to make its messages."""

    chat_id: int
    language: str = "en"
    words: dict[str, str] = field(default_factory=dict)
    closes_at: datetime | None = None
    review_at: datetime | None = None


@dataclass
class _Progress:
    """A claimed row's messages, its run, and how many went out (kept with a retry)."""

    parts_sent: int
    replies: list[Reply] = field(default_factory=list)
    run_id: int | None = None


async def send_row(
    bot: Bot, services: Services, row: OutboxRow, *, now: datetime, commits: Commits | None = None
) -> str:
    """Check, claim and send one due row; returns what became of it (the row's new status).

    Args:
        bot: the bot that sends.
        services: database, settings, surveys.
        row: the due row.
        now: the moment it is sent at.
        commits: shares the claim's and the mark's commits with other rows sent at the same
            time; without it each has its own transaction.
    """
    if row.kind in aftercare.KINDS:
        return await aftercare.send_row(bot, services, row, now=now)
    progress = _Progress(parts_sent=int(row.payload.get("parts_sent", 0)), run_id=row.run_id)

    async def claim(conn: aiosqlite.Connection) -> _Send | WebSend | str:
        return await _claim(conn, services, row, progress, now=now)

    try:
        decision = await _write(services, commits, claim)
    except Exception as error:
        # Everything the claim wrote was rolled back; the row is given up for a person to see.
        log.error("outbox row %d could not be prepared: %s", row.id, type(error).__name__)
        async with services.db.transaction() as conn:
            await outbox.mark_failed(conn, row.id, error=type(error).__name__)
        return "failed"
    if isinstance(decision, str):
        return decision
    try:
        await _deliver(bot, services, row, decision, progress, now=now)
    except Forbidden:
        return await outbox_failures.blocked(services, row, now=now)
    except conversation.NotOffered:
        async with services.db.transaction() as conn:
            await outbox.cancel(conn, row.id, reason="not for this age")
        return "cancelled"
    except (RetryAfter, NetworkError) as error:
        return await outbox_failures.retry(services, row, error, progress.parts_sent, now=now)
    except Exception as error:
        log.error("outbox row %d failed: %s", row.id, type(error).__name__)
        async with services.db.transaction() as conn:
            await outbox.mark_failed(conn, row.id, error=type(error).__name__)
        return "failed"
    implied = followups.Implied(progress.run_id, decision.closes_at, decision.review_at)
    await followups.mark_sent(services, row, implied, now=now, commits=commits)
    return "sent"


async def _claim(
    conn: aiosqlite.Connection,
    services: Services,
    row: OutboxRow,
    progress: _Progress,
    *,
    now: datetime,
) -> _Send | WebSend | str:
    """Inside one transaction: decide, claim, and for an offer open its run and render its
    messages (into ``progress``); a string is what became of a row that goes no further."""
    if row.kind == planning.CLOSE:
        return await _close(conn, row, now=now)
    decision = await _prepare(conn, services, row, now=now)
    if isinstance(decision, str):
        return decision
    if not await outbox.claim(conn, row.id, now=now, worker=services.db.worker):
        return "taken"
    try:
        progress.replies = await _compose(conn, services, row, decision, progress, now=now)
    except conversation.NotOffered:
        # The survey has no version for the child's age today (e.g. they are now under 4).
        await outbox.cancel(conn, row.id, reason="not for this age")
        return "cancelled"
    return decision


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
    profile = await children.get_child(conn, row.child_id)
    if profile is None or profile.status != "active":
        await outbox.cancel(conn, row.id, reason=f"child {profile.status if profile else 'gone'}")
        return "cancelled"
    if await outbox.answers_on_web_only(conn, row.child_id):
        return await _prepare_web(conn, services, row, profile.child_ref, now=now)
    bound = await chats.chats_for_child(conn, row.child_id)
    if not bound and row.kind == planning.OFFER:
        # Not enrolled (yet): keep the offer waiting while its window is open, so that enrolling
        # brings it at once (bot.outbox.due_offers); it is looked at again daily until then.
        window = await due_offers.check_offer(conn, services, row, now=now)
        if isinstance(window, str):
            return window
        await outbox.reschedule(conn, row.id, due_at=now + NOT_ENROLLED_RECHECK)
        return "held"
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
    send = _Send(
        chat_id=open_chats[-1].chat_id, language=profile.language, words=profile.preferred_words
    )
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


async def _compose(
    conn: Any,
    services: Services,
    row: OutboxRow,
    send: _Send | WebSend,
    progress: _Progress,
    *,
    now: datetime,
) -> list[Reply]:
    """Inside the claiming transaction: open an offer's run (attached to the row, so a retry
    re-sends it rather than making another) and render the messages an offer or reminder sends.

    Rendered through the writer, never the shared reader: while any other coroutine has a
    cursor open on the reader, its statements share that cursor's older WAL snapshot, in which
    the run just created does not exist yet. Raises ``NotOffered`` when the survey is not for
    the child's age today. Other rows render nothing here.
    """
    if isinstance(send, WebSend) or row.kind not in (planning.OFFER, planning.REMIND):
        return []
    run_id = row.run_id
    if row.kind == planning.OFFER and run_id is None:
        run_id = await conversation.offer_in(
            services,
            conn,
            child_id=_child_of(row),
            definition_id=str(row.payload["definition_id"]),
            review_id=row.payload.get("review_id"),
            now=now,
            closes_at=send.closes_at,
        )
        await outbox.attach_run(conn, row.id, run_id)
    assert run_id is not None
    progress.run_id = run_id
    replies = await conversation.replies_for_run(
        services, run_id, greeting=row.kind == planning.OFFER, conn=conn
    )
    if row.kind == planning.REMIND:
        replies = [Reply(text=_reminder(row, send)), *replies]
    return replies


async def _deliver(
    bot: Bot,
    services: Services,
    row: OutboxRow,
    send: _Send | WebSend,
    progress: _Progress,
    *,
    now: datetime,
) -> None:
    """Send the row's messages, one at a time, skipping those a previous attempt sent."""
    if isinstance(send, WebSend):
        await web_offers.deliver(bot, services, row, send, now=now)
        return
    if reachability.is_notice(row):
        text = await reachability.notice_text(services, row)
        if text is not None:
            await bot.send_message(send.chat_id, text)
        return
    if row.kind in (planning.PARTICIPATION, planning.STAFF_NOTICE):
        await after_review.send_notice(bot, services, row, send.chat_id, now=now)
        return
    # Fitted to Telegram's length the same way every time, so a retry skips what was sent.
    for index, reply in enumerate(telegram_channel.fit(progress.replies)):
        if index < progress.parts_sent:
            continue
        await telegram_channel.deliver(bot, send.chat_id, [reply])
        progress.parts_sent = index + 1


def _reminder(row: OutboxRow, send: _Send) -> str:
    key = (
        "reminder_my_review"
        if row.payload.get("definition_id") == planning.MY_REVIEW
        else "reminder"
    )
    return say(key, send.language, send.words)


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
