"""What guessing or a too-weak card does to a child's link, in the database: a wrong try counted,
a lock, the card retired, and the audit line that lets staff see when and why (never what was
tried). The rules themselves are pure, in :mod:`bot.channels.web.guessing`.
"""

from __future__ import annotations

import logging
from datetime import datetime

import aiosqlite

from bot.channels.web import guessing
from bot.channels.web.context import WebContext
from storage import audit, web_sessions
from storage.web_sessions import WebAccess, WebSession

log = logging.getLogger(__name__)


RETIRED = "retired"


async def still_open(
    conn: aiosqlite.Connection, invite_id: int, *, now: datetime
) -> WebAccess | datetime | str:
    """Inside the try's transaction: the link as it is now, or when it was locked meanwhile
    the moment the lock ends, or :data:`RETIRED` when it was retired (or is gone)."""
    access = await web_sessions.get_access(conn, invite_id)
    if access is None or access.retired_at is not None:
        return RETIRED
    if access.locked_until is not None and guessing.is_locked(access, now=now):
        return access.locked_until
    return access


async def wrong_try(
    conn: aiosqlite.Connection,
    context: WebContext,
    access: WebAccess,
    session: WebSession,
    *,
    now: datetime,
) -> guessing.AfterWrongTry:
    """Count a wrong try and apply what it leads to: nothing yet, a lock, or retirement."""
    counted = await web_sessions.record_failure(conn, access.invite_id) or access
    verdict = guessing.after_wrong_try(counted, context.limits, now=now)
    if verdict.retire:
        await web_sessions.retire(conn, access.invite_id, now=now)
        log.warning("web link invite id=%s retired after repeated wrong tries", access.invite_id)
    elif verdict.locked_until is not None:
        await web_sessions.lock(conn, access.invite_id, until=verdict.locked_until)
    else:
        return verdict
    # Staff can see when and why a child's card stopped or paused (never what was tried).
    await audit.record(
        conn,
        at=now,
        actor=f"web:{session.id}",
        action="web.link_retired" if verdict.retire else "web.link_locked",
        child_id=session.child_id,
        detail={"invite_id": access.invite_id, "lockout": counted.lockouts + 1},
    )
    return verdict


async def retire_weak_card(context: WebContext, access: WebAccess, *, actor: str) -> None:
    """Retire a card set up with two pictures (132 orders, too few) and say so in the audit
    log, so staff can see why the child needs a new card; its visits end."""
    if access.retired_at is not None:
        return
    now = context.services.clock()
    async with context.services.db.transaction() as conn:
        await web_sessions.retire(conn, access.invite_id, now=now)
        await audit.record(
            conn,
            at=now,
            actor=actor,
            action="web.link_retired",
            child_id=access.child_id,
            detail={"invite_id": access.invite_id, "reason": "two_pictures"},
        )
    log.warning("web link invite id=%s retired: set up with two pictures", access.invite_id)
