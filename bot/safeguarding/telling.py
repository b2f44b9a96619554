"""The one way staff are told about what a child did: an alert, or a request to delete.

Every channel calls :func:`tell_staff` after the child's turn is committed. Staff are told at
once over the staff channel when one is running (:class:`StaffChannel`); when none is, or telling
them fails, the notice is planned in the outbox and the scheduler sends it. The sending itself is
always :func:`bot.safeguarding.alerts.notify_alert` (also used by the outbox row and by
escalation, which repeats an unacknowledged alert) and
:func:`bot.staff.erasure_requests.notify_erasure_request`: staff are always told, the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from telegram import Bot

from bot.outbox import aftercare
from bot.safeguarding import alerts
from bot.services import Services
from bot.staff import erasure_requests

log = logging.getLogger(__name__)

# Tells staff about one alert (by id) or one child's deletion request (by child id) now.
Notifier = Callable[[int], Awaitable[object]]


@dataclass(frozen=True)
class StaffChannel:
    """How staff can be told at once; a missing notifier means the outbox tells them."""

    alert: Notifier | None = None
    erasure: Notifier | None = None

    @classmethod
    def telegram(cls, bot: Bot, services: Services) -> StaffChannel:
        """Staff told through the Telegram bot."""

        async def alert(alert_id: int) -> object:
            return await alerts.notify_alert(bot, services, alert_id)

        async def erasure(child_id: int) -> object:
            return await erasure_requests.notify_erasure_request(bot, services, child_id)

        return cls(alert, erasure)


async def tell_staff(
    services: Services,
    channel: StaffChannel,
    *,
    alert_ids: Sequence[int] = (),
    erasure_requests: Sequence[int] = (),
    returned_child_ids: Sequence[int] = (),
) -> None:
    """Tell staff about each alert and each new deletion request, and e-mail each child's IRO
    whose consultation came back (where staff e-mail is set up); never raises.

    What cannot be told at once is planned in the outbox; an alert that cannot even be planned
    is still found by escalation, which reads the alerts table.
    """
    for alert_id in alert_ids:
        if not await _at_once(channel.alert, alert_id, "alert"):
            await isolated(alerts.plan_alert_notice(services, alert_id), "alert plan")
    unsent = [
        child_id
        for child_id in erasure_requests
        if not await _at_once(channel.erasure, child_id, "erasure notice")
    ]
    if unsent:
        await isolated(aftercare.plan_erasure_notice(services, unsent), "erasure plan")
    if returned_child_ids:
        # Imported late: the staff app is a channel built on top of this room.
        from bot.staffapp import mail

        await isolated(mail.email_views_back(services, list(returned_child_ids)), "views e-mail")


async def _at_once(notifier: Notifier | None, subject: int, what: str) -> bool:
    if notifier is None:
        log.warning("%s id=%s: no staff channel running, planned in the outbox", what, subject)
        return False
    return await isolated(notifier(subject), what)


async def isolated(work: Awaitable[object], what: str) -> bool:
    """Await ``work``; a failure is logged by type only and reported as False."""
    try:
        await work
    except Exception as error:  # one failure must not stop what comes after it
        log.error("%s failed: %s", what, type(error).__name__)
        return False
    return True
