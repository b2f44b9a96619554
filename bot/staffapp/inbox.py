"""The alerts inbox: open alerts the signed-in member of staff must see, and Acknowledge.

Who sees an alert, and its words, is :func:`bot.staff.access.alert_access`: the child's IRO and
duty with the excerpt, admins without it, never the member of staff it is about. Each alert
carries the lines the Telegram message has that hold no words
(:func:`bot.safeguarding.staff_message.notes`): whether the IRO was kept off it, and what the
child was shown, so staff who use only e-mail and this page know it too.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite
from aiohttp import web

from bot.safeguarding import alerts as safeguarding
from bot.safeguarding import staff_message
from bot.safeguarding.about_iro import about_iro
from bot.services import Services
from bot.staff import access as policy
from bot.staffapp import pages
from bot.staffapp.context import staff_context
from bot.staffapp.sessions import Browser
from storage import alerts, audit, children
from storage import staff as staff_store
from storage.alerts import Alert
from storage.children import Child
from storage.staff import StaffMember


@dataclass(frozen=True)
class InboxAlert:
    alert: Alert
    child_ref: str
    name: str
    excerpt: str | None
    categories: str
    # Whether the IRO was kept off it, an adult helping a young child, what the child was shown.
    notes: tuple[str, ...] = ()


async def inbox(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """Open alerts for this reader, oldest first, with escalation status.

    Whether the reader may see an alert is decided before anything else is read about it, from
    what holds none of the child's words: the child's IRO, whom the alert is about, whether it
    is about the IRO. Only an alert shown has its notes worked out, and its words read for a
    reader who may read them.
    """
    services = staff_context(request).services
    now = services.clock()
    shown: list[InboxAlert] = []
    async with services.db.transaction() as conn:
        for unread in await alerts.open_alerts(conn, services.db.cipher):
            child = await children.get_child(conn, unread.child_id)
            if child is None:
                continue
            access = policy.alert_access(
                member,
                childs_iro_id=child.iro_id,
                about_staff_id=unread.about_staff_id,
                about_iro=about_iro(unread),
            )
            if not access.sees:
                continue
            shown.append(await _shown(conn, services, unread, child, words=access.excerpt))
            await audit.record(
                conn,
                at=now,
                actor=f"staff:{member.staff_ref}",
                action="staff_app.alert_seen",
                child_id=child.id,
                detail={"alert_id": unread.id, "excerpt": access.excerpt},
            )
    return pages.page(
        "alerts.html",
        member=member,
        csrf=browser.csrf,
        alerts=shown,
        done=request.query.get("done", ""),
    )


async def _shown(
    conn: aiosqlite.Connection, services: Services, unread: Alert, child: Child, *, words: bool
) -> InboxAlert:
    """An alert the reader may see, as the inbox shows it; ``words``: they may read them."""
    alert = unread
    if words:
        alert = await alerts.get_alert(conn, services.db.cipher, unread.id) or unread
    facts = await safeguarding.alert_facts(conn, alert, child, settings=services.settings)
    return InboxAlert(
        alert,
        child.child_ref,
        child.name or child.child_ref,
        alert.excerpt if words else None,
        safeguarding.summary(alert.kind, alert.categories),
        tuple(staff_message.notes(alert, facts)),
    )


async def acknowledge(
    request: web.Request, browser: Browser, member: StaffMember
) -> web.StreamResponse:
    """Acknowledge an alert (the first acknowledgement counts; a second says who was first)."""
    services = staff_context(request).services
    alert_id = int(request.match_info["alert"])
    now = services.clock()
    async with services.db.transaction() as conn:
        # Acknowledging needs none of the child's words.
        alert = await alerts.get_alert(conn, services.db.cipher, alert_id, words=False)
        child = None if alert is None else await children.get_child(conn, alert.child_id)
        if alert is None or child is None:
            raise web.HTTPNotFound(text="No such alert.")
        access = policy.alert_access(
            member,
            childs_iro_id=child.iro_id,
            about_staff_id=alert.about_staff_id,
            about_iro=about_iro(alert),
        )
        if not access.may_acknowledge:
            await audit.record(
                conn,
                at=now,
                actor=f"staff:{member.staff_ref}",
                action="staff_app.refused",
                child_id=child.id,
                detail={"alert_id": alert_id},
            )
            raise web.HTTPNotFound(text="No such alert.")
        first = await alerts.acknowledge_alert(conn, alert_id, staff_id=member.id, now=now)
        if first:
            await audit.record(
                conn,
                at=now,
                actor=f"staff:{member.staff_ref}",
                action="alert.acknowledge",
                child_id=child.id,
                detail={"alert_id": alert_id},
            )
            done = "acknowledged"
        else:
            by = (
                None
                if alert.acknowledged_by is None
                else await staff_store.get_staff(conn, alert.acknowledged_by)
            )
            done = f"already:{by.name if by else 'someone'}"
    raise web.HTTPSeeOther(f"/staff/alerts?done={done}")
