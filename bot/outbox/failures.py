"""What becomes of an outbox row whose send failed: blocked, or to be tried again later.

Each happens in its own transaction, after the claim's commit and instead of the mark's.
"""

from __future__ import annotations

import logging
from datetime import datetime

from telegram.error import TelegramError

from bot.outbox import aftercare, planning
from bot.services import Services
from storage import children, outbox, runs
from storage.outbox import OutboxRow
from storage.times import iso

log = logging.getLogger(__name__)

# After this many tries a row is given up and stays failed for a person to look at.
MAX_ATTEMPTS = 8


async def blocked(services: Services, row: OutboxRow, *, now: datetime) -> str:
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
            await children.set_status(conn, row.child_id, "unreachable", now=now)
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


async def retry(
    services: Services, row: OutboxRow, error: TelegramError, parts_sent: int, *, now: datetime
) -> str:
    """A network error, 5xx or 429: try again later, doubling the wait, up to a limit.

    How many messages already went (``parts_sent``) is kept with the retry, so it carries on
    from there.
    """
    attempts = row.attempts + 1
    async with services.db.transaction() as conn:
        if parts_sent != int(row.payload.get("parts_sent", 0)):
            payload = {**row.payload, "parts_sent": parts_sent}
            await outbox.set_payload(conn, row.id, payload)
        if attempts >= MAX_ATTEMPTS:
            await outbox.mark_failed(conn, row.id, error=type(error).__name__)
            return "failed"
        due = now + planning.retry_delay(attempts, retry_after=aftercare.retry_after_seconds(error))
        await outbox.reschedule(conn, row.id, due_at=due, error=type(error).__name__)
    log.info("outbox row %d: %s, retry %d", row.id, type(error).__name__, attempts)
    return "retry"
