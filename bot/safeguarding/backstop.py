"""An alert still reaches staff when the worker that raised it dies before telling them.

Staff are told about an alert after the child's transaction commits (``telling.tell_staff``).
One process that stops there finds nothing to redo when it starts again, and nor does a fleet:
the webhook post is delivered again to another worker, whose update claim says it was handled.
So on a fleet (PostgreSQL) the child's transaction also plans an alert notice due a few
seconds later, and telling staff stands it down once they were told (or a notice of its own was
planned). If the worker died in between, any other worker sends the notice when it falls due:
at least once, as an alert must be.

A SQLite file keeps its behaviour: its one process tells staff or plans the notice itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import aiosqlite

from bot.services import Services
from storage import outbox

# Long enough that telling staff at once (a few Bot API calls) is done by then, short enough
# that with a tick's wait on top duty is told within seconds.
DELAY = timedelta(seconds=3)
KIND = "alert_notice"  # bot.safeguarding.alerts.ALERT_NOTICE, sent by bot.outbox.aftercare


def _key(alert_id: int) -> str:
    return f"{KIND}:{alert_id}:backstop"


async def plan(
    services: Services, conn: aiosqlite.Connection, *, alert_id: int, child_id: int, now: datetime
) -> None:
    """Inside the child's transaction: the notice that goes unless :func:`stand_down` runs."""
    if services.db.url is None:
        return
    await outbox.plan(
        conn,
        kind=KIND,
        due_at=now + DELAY,
        dedupe_key=_key(alert_id),
        child_id=child_id,
        payload={"alert_id": alert_id},
        move_earlier=False,
    )


async def stand_down(services: Services, alert_id: int) -> None:
    """Staff were told (or a notice is planned): the backstop is not needed."""
    if services.db.url is None:
        return
    async with services.db.transaction() as conn:
        await outbox.stand_down(conn, _key(alert_id), reason="told at once")
