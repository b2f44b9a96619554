"""Telling staff by e-mail: a new alert, an escalation, a consultation that came back.

An e-mail names no child and holds none of their words: it says only that something waits and
links into the staff app, where the reader signs in and :mod:`bot.staff.access` decides what
they see. Recipients follow the same policy as Telegram: the child's IRO and every duty worker
for a new alert (never the member of staff it is about), the admins too on escalation.
Staff are e-mailed at the ``email`` of the staff import. A failed send is logged by staff id
and the others are still told; escalation repeats until someone acknowledges.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from email.message import EmailMessage

import aiosmtplib

from bot.safeguarding import telling
from bot.safeguarding.about_iro import about_iro
from bot.services import Services
from bot.settings import StaffEmail
from bot.staff import access as policy
from storage import alerts, children, staff_sessions
from storage import staff as staff_store
from storage.staff import StaffMember

log = logging.getLogger(__name__)
_TIMEOUT = 10.0


async def send(settings: StaffEmail, to: str, subject: str, body: str) -> None:
    """Send one plain-text e-mail through the council's SMTP server."""
    assert settings.host is not None and settings.from_address is not None
    message = EmailMessage()
    message["From"] = settings.from_address
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    await aiosmtplib.send(
        message,
        hostname=settings.host,
        port=settings.port,
        username=settings.username,
        password=None if settings.password is None else settings.password.get_secret_value(),
        use_tls=settings.security == "tls",
        start_tls=settings.security == "starttls",
        timeout=_TIMEOUT,
    )


def alert_mail(services: Services, alert_id: int, *, escalation: bool) -> tuple[str, str]:
    """Subject and body of an alert e-mail: no name, no words, only a link."""
    link = f"{services.settings.public_url.rstrip('/')}/staff/alerts"
    if escalation:
        subject = f"hearme: alert #{alert_id} is still waiting to be acknowledged"
        first = f"Safeguarding alert #{alert_id} has not been acknowledged yet."
    else:
        subject = f"hearme: new safeguarding alert #{alert_id}"
        first = f"A child has said something that needs a person to look at it (alert #{alert_id})."
    body = (
        f"{first}\n\nSign in to hearme for staff to read it and acknowledge it:\n{link}\n\n"
        "This e-mail holds no details on purpose: they stay in hearme.\n"
    )
    return subject, body


async def _who_to_tell(
    services: Services, alert_id: int, *, escalation: bool
) -> list[tuple[StaffMember, str]]:
    conn = services.db.reader
    # Who is told is decided without the child's words, and an e-mail holds none.
    alert = await alerts.get_alert(conn, services.db.cipher, alert_id, words=False)
    child = None if alert is None else await children.get_child(conn, alert.child_id)
    if alert is None or child is None:
        return []
    kept_from_iro = about_iro(alert)
    roles = ["duty", "iro"] + (["admin"] if escalation or kept_from_iro else [])
    found: list[tuple[StaffMember, str]] = []
    for role in roles:
        for member in await staff_store.staff_with_role(conn, role):
            access = policy.alert_access(
                member,
                childs_iro_id=child.iro_id,
                about_staff_id=alert.about_staff_id,
                about_iro=kept_from_iro,
            )
            email = await staff_sessions.email_of(conn, member.id)
            if access.sees and email is not None:
                found.append((member, email))
    return found


async def email_alert(services: Services, alert_id: int, *, escalation: bool = False) -> int:
    """E-mail the staff who must hear of an alert; returns how many were reached.

    Does nothing (returns 0) when no SMTP server is configured.
    """
    settings = services.settings.staff_email
    if not settings.configured:
        return 0
    subject, body = alert_mail(services, alert_id, escalation=escalation)
    reached = 0
    for member, address in await _who_to_tell(services, alert_id, escalation=escalation):
        try:
            await send(settings, address, subject, body)
        except (aiosmtplib.SMTPException, OSError) as error:
            log.error(
                "alert id=%s e-mail to staff id=%s failed: %s",
                alert_id,
                member.id,
                type(error).__name__,
            )
        else:
            reached += 1
    log.info("alert id=%s e-mailed to %d staff", alert_id, reached)
    return reached


async def email_escalations(services: Services) -> int:
    """E-mail every alert unacknowledged for ``alert_escalate_minutes`` again, admins too, and
    count the escalation (what the Telegram scheduler does when no bot runs)."""
    now = services.clock()
    threshold = now - timedelta(minutes=services.settings.alert_escalate_minutes)
    due = await alerts.unacknowledged_before(services.db.reader, services.db.cipher, threshold)
    for alert in due:
        await email_alert(services, alert.id, escalation=True)
        async with services.db.transaction() as conn:
            await alerts.mark_escalated(conn, alert.id, now=now)
    return len(due)


async def email_consultation_back(services: Services, child_id: int) -> int:
    """Tell the child's IRO by e-mail that a consultation came back (no name, only a link)."""
    settings = services.settings.staff_email
    if not settings.configured:
        return 0
    conn = services.db.reader
    child = await children.get_child(conn, child_id)
    if child is None or child.iro_id is None:
        return 0
    address = await staff_sessions.email_of(conn, child.iro_id)
    if address is None:
        return 0
    link = f"{services.settings.public_url.rstrip('/')}/staff/"
    body = (
        "One of your children has sent back their views for their review.\n\n"
        f"Sign in to hearme for staff to read them:\n{link}\n"
    )
    try:
        await send(settings, address, "hearme: a consultation came back", body)
    except (aiosmtplib.SMTPException, OSError) as error:
        log.error(
            "consultation e-mail to staff id=%s failed: %s", child.iro_id, type(error).__name__
        )
        return 0
    return 1


async def email_views_back(services: Services, child_ids: Sequence[int]) -> int:
    """Tell each child's IRO that their consultation came back; returns how many were e-mailed."""
    sent = 0
    for child_id in child_ids:
        sent += await email_consultation_back(services, child_id)
    return sent


class EmailTeller:
    """E-mail as a way of telling staff (:class:`bot.safeguarding.telling.Teller`); does
    nothing where no SMTP server is configured."""

    async def alert(self, services: Services, alert_id: int, *, escalation: bool) -> int:
        return await email_alert(services, alert_id, escalation=escalation)

    async def views_back(self, services: Services, child_ids: Sequence[int]) -> int:
        return await email_views_back(services, child_ids)


def register() -> None:
    """Tell staff by e-mail from now on (the staff app calls this as it is built)."""
    telling.register("e-mail", EmailTeller())
