"""Consultations for children who answer only on the web page.

A child with a web link they have set up and no Telegram chat gets the same offers on the same
timetable as everyone else, but nothing can be pushed to a web page. So at the due time the
scheduler opens the run (the page shows it the next time the child opens their link) and tells
the child's IRO in their staff chat, so that an adult can prompt them; each reminder is one line
to the IRO too. Nothing here carries a child's words: a survey's name, the child's reference and
a date. Quiet hours do not hold these back: no child's phone buzzes, and staff notices are
never held.

A child with a Telegram chat is reached there as before; whichever channel they answer on, it is
the same run, because runs belong to the child, not to a chat.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import aiosqlite
from telegram import Bot
from telegram.error import BadRequest, Forbidden

from bot.conversation.consultation import offer_in
from bot.outbox import planning
from bot.services import Services
from storage import children, outbox
from storage import staff as staff_store
from storage.outbox import OutboxRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebSend:
    """What a due row of a web-only child does: whom to tell, and the run's window."""

    iro_chat: int | None
    child_ref: str
    closes_at: datetime | None
    review_at: datetime | None = None


async def iro_chat(conn: aiosqlite.Connection, child_id: int) -> int | None:
    """The staff chat of the child's IRO; None when they have no IRO or the IRO no chat."""
    child = await children.get_child(conn, child_id)
    if child is None or child.iro_id is None:
        return None
    iro = await staff_store.get_staff(conn, child.iro_id)
    return None if iro is None or not iro.active else iro.chat_id


def survey_title(services: Services, definition_id: str) -> str:
    """The survey's English name as staff know it (e.g. "My Review")."""
    definition = services.definitions.get(definition_id)
    if definition is None:
        return definition_id
    return definition.title.get("en") or definition_id


def _day(moment: datetime | None, services: Services) -> str:
    if moment is None:
        return ""
    return moment.astimezone(services.settings.zone).strftime(" until %a %d %b %Y")


def opened_text(services: Services, title: str, send: WebSend) -> str:
    """The IRO's line when a web-only child's consultation opens."""
    return (
        f"📝 {title} is open for {send.child_ref} on the web page (they use their link card)"
        f"{_day(send.closes_at, services)}. A word from you or their carer may help them "
        "answer it."
    )


def reminder_text(services: Services, title: str, send: WebSend) -> str:
    """The IRO's line when a web-only child's open consultation is due a reminder."""
    return (
        f"⏰ {title} is still open for {send.child_ref} on the web page (they use their link "
        f"card){_day(send.closes_at, services)}: you may want to remind them."
    )


async def open_run(
    services: Services, row: OutboxRow, *, closes_at: datetime | None, now: datetime
) -> int:
    """Create the offer's run and attach it to the row, in one transaction.

    Together, so that a crash cannot leave a run the row does not know about (a retry would
    then make a second one). Raises ``NotOffered`` when the survey is not for the child's age.
    """
    assert row.child_id is not None
    async with services.db.transaction() as conn:
        run_id = await offer_in(
            services,
            conn,
            child_id=row.child_id,
            definition_id=str(row.payload["definition_id"]),
            review_id=row.payload.get("review_id"),
            now=now,
            closes_at=closes_at,
        )
        await outbox.attach_run(conn, row.id, run_id)
    return run_id


async def deliver(
    bot: Bot, services: Services, row: OutboxRow, send: WebSend, *, now: datetime
) -> None:
    """Open the run of an offer (once) and tell the IRO; or tell the IRO of a reminder.

    A staff chat that blocked the bot or is gone is logged and not retried: the run is open
    whatever happens to the notice, and the child can answer it from their link. Network
    errors and 429s propagate, so the scheduler tries the row again (an attached run is kept).
    """
    title = survey_title(services, str(row.payload.get("definition_id", "")))
    if row.kind == planning.OFFER:
        if row.run_id is None:
            run_id = await open_run(services, row, closes_at=send.closes_at, now=now)
            log.info("outbox row %d opened run %d for the web page", row.id, run_id)
        text = opened_text(services, title, send)
    else:
        text = reminder_text(services, title, send)
    if send.iro_chat is None:
        log.warning("outbox row %d: the child's IRO has no staff chat to tell", row.id)
        return
    try:
        await bot.send_message(send.iro_chat, text)
    except (Forbidden, BadRequest) as error:
        log.error(
            "outbox row %d: the IRO's chat refused the notice: %s", row.id, type(error).__name__
        )
