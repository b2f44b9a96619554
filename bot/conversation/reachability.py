"""A child who had blocked hearme and writes again is reachable again.

When a chat blocks the bot the scheduler marks the child ``unreachable`` and tells their IRO.
A message from one of the child's chats proves they can be reached: they are made ``active``
again (audit-logged), offers that failed only because of the block are planned again, and
their IRO is told once, from an outbox row (a ``staff_notice`` with ``notice: reachable``).
"""

from __future__ import annotations

import logging
from datetime import datetime

import aiosqlite

from bot.outbox import planning
from bot.services import Services
from storage import audit, children, outbox
from storage.children import Child
from storage.outbox import OutboxRow
from storage.times import iso

log = logging.getLogger(__name__)

NOTICE = "reachable"


async def welcome_back(
    conn: aiosqlite.Connection, child: Child, *, channel: str, now: datetime
) -> None:
    """Make an ``unreachable`` child active again, in the caller's transaction.

    Only a message in a Telegram chat counts: the block was on Telegram, and the web page
    reaching them says nothing about it.
    """
    if child.status != "unreachable" or channel != "telegram":
        return
    await children.set_status(conn, child.id, "active", now=now)
    rearmed = await outbox.rearm_blocked_offers(conn, child.id, now=now)
    await audit.record(
        conn,
        at=now,
        actor=f"child:{child.child_ref}",
        action="child.reachable",
        child_id=child.id,
        detail={"channel": channel, "offers_again": rearmed},
    )
    await outbox.plan(
        conn,
        kind=planning.STAFF_NOTICE,
        due_at=now,
        dedupe_key=f"notice:{NOTICE}:child:{child.id}:{iso(now)}",
        child_id=child.id,
        payload={"notice": NOTICE},
    )
    log.info("child id=%s is reachable again", child.id)


def is_notice(row: OutboxRow) -> bool:
    """Whether an outbox row is the "reachable again" notice to the IRO."""
    return row.kind == planning.STAFF_NOTICE and row.payload.get("notice") == NOTICE


async def notice_text(services: Services, row: OutboxRow) -> str | None:
    """What the IRO is told: the child can be reached on hearme again (None: child gone)."""
    if row.child_id is None:
        return None
    child = await children.get_child(services.db.reader, row.child_id)
    if child is None:
        return None
    return (
        f"📶 {child.name} ({child.child_ref}) has written to hearme again after blocking it, "
        "so hearme can reach them once more."
    )
