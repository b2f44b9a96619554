"""The one way staff are told about what a child did: an alert, or a request to delete.

Every channel calls :func:`tell_staff` after the child's turn is committed. Staff are told at
once over the staff channel when one is running (:class:`StaffChannel`); when none is, or telling
them fails, the notice is planned in the outbox and the scheduler sends it. The sending itself is
always :func:`notify_alert` (also used by escalation, which repeats an unacknowledged alert;
the outbox row tries again only the Telegram chats a passing failure missed) and
:func:`bot.staff.erasure_requests.notify_erasure_request`: staff are always told, the same way.

Ways of telling staff other than the Telegram bot (e-mail, from the staff app) are registered
here at start-up with :func:`register` (:class:`Teller`), so safeguarding needs nothing from
the rooms built on top of it: the registered tellers hear of every alert, every escalation and
every consultation that came back.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from telegram import Bot

from bot.outbox import aftercare
from bot.safeguarding import alerts, backstop
from bot.services import Services
from bot.staff import erasure_requests

log = logging.getLogger(__name__)

# Tells staff about one alert (by id) or one child's deletion request (by child id) now.
Notifier = Callable[[int], Awaitable[object]]


class Teller(Protocol):
    """A way of telling staff registered at start-up (e.g. the staff app's e-mail)."""

    async def alert(self, services: Services, alert_id: int, *, escalation: bool) -> int:
        """Tell the staff who must hear of an alert; returns how many were reached."""

    async def views_back(self, services: Services, child_ids: Sequence[int]) -> int:
        """Tell each child's IRO that their consultation came back; returns how many."""


# By name, so registering again (a second app in the same process, a test) replaces.
_TELLERS: dict[str, Teller] = {}


def register(name: str, teller: Teller) -> None:
    """Add (or replace) a way of telling staff; it hears of every alert from now on."""
    _TELLERS[name] = teller


def registered() -> dict[str, Teller]:
    """The ways of telling staff registered so far, by name."""
    return dict(_TELLERS)


async def notify_alert(
    bot: Bot | None, services: Services, alert_id: int, *, escalation: bool = False
) -> int:
    """Tell staff about an alert over the Telegram bot (when one runs) and every registered
    way; one way failing never keeps the others from telling. Returns how many were reached.

    Raises:
        TelegramError: the bot could not send (after the registered ways have told theirs).
    """
    reached = 0
    for name, teller in registered().items():
        try:
            reached += await teller.alert(services, alert_id, escalation=escalation)
        except Exception as error:  # e.g. the mail server is down: Telegram still tells
            log.error("alert id=%s not told by %s: %s", alert_id, name, type(error).__name__)
    if bot is not None:
        reached += await alerts.notify_alert(bot, services, alert_id, escalation=escalation)
    return reached


@dataclass(frozen=True)
class StaffChannel:
    """How staff can be told at once; a missing notifier means the outbox tells them."""

    alert: Notifier | None = None
    erasure: Notifier | None = None

    @classmethod
    def telegram(cls, bot: Bot, services: Services) -> StaffChannel:
        """Staff told through the Telegram bot (and the registered ways)."""

        async def alert(alert_id: int) -> object:
            return await notify_alert(bot, services, alert_id)

        async def erasure(child_id: int) -> object:
            return await erasure_requests.notify_erasure_request(bot, services, child_id)

        return cls(alert, erasure)

    @classmethod
    def without_telegram(cls, services: Services) -> StaffChannel:
        """Staff told only the registered ways (no bot runs); deletion requests wait in the
        outbox for the admins."""

        async def alert(alert_id: int) -> object:
            return await notify_alert(None, services, alert_id)

        return cls(alert, None)


async def tell_staff(
    services: Services,
    channel: StaffChannel,
    *,
    alert_ids: Sequence[int] = (),
    erasure_requests: Sequence[int] = (),
    returned_child_ids: Sequence[int] = (),
) -> None:
    """Tell staff about each alert and each new deletion request, and tell each child's IRO
    whose consultation came back the registered ways (e-mail); never raises.

    What cannot be told at once is planned in the outbox; an alert that cannot even be planned
    is still found by escalation, which reads the alerts table.
    """
    for alert_id in alert_ids:
        if not await _at_once(channel.alert, alert_id, "alert"):
            await isolated(alerts.plan_alert_notice(services, alert_id), "alert plan")
        await isolated(backstop.stand_down(services, alert_id), "alert backstop")
    unsent = [
        child_id
        for child_id in erasure_requests
        if not await _at_once(channel.erasure, child_id, "erasure notice")
    ]
    if unsent:
        await isolated(aftercare.plan_erasure_notice(services, unsent), "erasure plan")
    if returned_child_ids:
        for name, teller in registered().items():
            await isolated(teller.views_back(services, list(returned_child_ids)), f"{name} views")


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
