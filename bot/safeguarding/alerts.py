"""Safeguarding: a possible disclosure or a request to talk never goes unanswered.

The child gets a caring reply at once, in proportion: an urgent concern (a risk of serious harm)
gets Childline, 999 and who will be told and when, and goes to the IRO and the duty team; a
worry (bullying, feeling low) gets a kind reply with Childline and goes to the IRO (see
:func:`surveys.concerns.level_of`). An alert row
is written in the same transaction as whatever the child sent; after the commit the alert goes
to the child's IRO and every duty worker with an "Acknowledge" button. Escalation (the other
half, in the scheduler) reuses :func:`notify_alert` and adds the admins, who never see the
child's words.

An alert about the IRO (raised in the survey about them, or on words that name or concern
them: :mod:`bot.safeguarding.about_iro` decides) never goes to that IRO: the duty team (with
the words) and the admins (without them) are told instead. What staff read is
:mod:`bot.safeguarding.staff_message`. A staff chat that could
not be reached for a passing reason (network, 5xx, 429) is tried again from an outbox row
(:data:`ALERT_NOTICE`), so a hiccup never leaves an alert waiting for escalation.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError

from bot.safeguarding import backstop
from bot.safeguarding.about_iro import about_iro, raised_about_iro
from bot.safeguarding.recent_words import Answered
from bot.safeguarding.staff_message import AlertFacts, alert_text, is_worry
from bot.safeguarding.staff_message import summary as summary
from bot.services import Services
from bot.settings import Settings
from storage import alerts as alert_store
from storage import outbox
from storage.chats import chats_for_child
from storage.children import Child, get_child
from storage.times import iso
from surveys.bands import band_for
from surveys.support import support_reply, talk_reply, worry_reply
from surveys.support_more import told_more_reply

log = logging.getLogger(__name__)

ACK_PREFIX = "ack:"
# The outbox kind that tries an alert again for staff chats a passing failure kept it from.
ALERT_NOTICE = "alert_notice"
__all__ = ["AlertFacts", "alert_text", "is_worry", "summary"]


@dataclass(frozen=True)
class Raised:
    """An alert written in the current transaction, and what the child is told at once.

    ``answered``: the child was given the urgent reply (999, Childline, who will know), and to
    whom it said the words go; None for a worry, a request to talk, or a short reply.
    ``about_iro``: the alert is about the child's IRO, who is not told.
    """

    alert_id: int
    reply: str
    answered: Answered | None = None
    # The alert is about the child's IRO (so they were not told, and the child heard who was).
    about_iro: bool = False


def out_of_hours(settings: Settings, now: datetime) -> bool:
    """Whether nobody is in the office now (evenings, nights, weekends, in the council's zone)."""
    local = now.astimezone(settings.zone)
    if local.weekday() >= 5:
        return True
    return not settings.office_start <= local.time() < settings.office_end


def caring_reply(
    kind: str,
    band: str,
    language: str,
    *,
    settings: Settings,
    now: datetime,
    assisted: bool,
    about_iro: bool = False,
    categories: Sequence[str] = (),
    told_more: bool = False,
) -> str:
    """What the child is told about an alert of ``kind``: support, who is told and when.

    ``about_iro``: the alert is about the IRO (raised in the survey about them, or its words
    name them), so the duty team is told instead of the IRO, and the child hears exactly that.
    ``categories`` set the level: a worry gets the kind reply without 999. ``told_more``: an
    urgent concern completing words that got the urgent reply just before, for the same
    readers: the child is thanked for telling more and told the same people will know
    (``surveys.support_more``), not given 999 and Childline again.
    """
    if told_more and kind == "concern" and not is_worry(kind, categories):
        return told_more_reply(band, language, about_iro=about_iro)
    if kind == "talk":
        replier = talk_reply
    else:
        replier = worry_reply if is_worry(kind, categories) else support_reply
    late = out_of_hours(settings, now)
    return replier(band, language, out_of_hours=late, assisted=assisted, about_iro=about_iro)


async def raise_alert(
    services: Services,
    conn: aiosqlite.Connection,
    *,
    child: Child,
    band: str,
    assisted: bool,
    kind: str,
    categories: Sequence[str],
    excerpt: str | None,
    source: str,
    run_id: int | None,
    now: datetime,
    follows: Answered | None = None,
    iro_survey_open: bool = False,
    words: str | None = None,
    from_answers: Sequence[tuple[int, str]] = (),
) -> Raised:
    """Write an alert (``kind``: ``concern`` or ``talk``) and the reply the child gets at once.

    Call inside the transaction that handles the child's message, then send the child the
    reply and call :func:`notify_alert` after the commit. ``follows``: the concern completes
    earlier words that already got the urgent reply; when this one is urgent too and goes to
    the same readers, the child gets the short reply (:func:`caring_reply`'s ``told_more``).
    ``iro_survey_open`` (the words were partly written while the survey about the IRO was
    open) and ``words`` (all the child wrote that the alert is on) say whether the alert is
    about the IRO, with its run (:func:`bot.safeguarding.about_iro.raised_about_iro`): then
    the IRO is not told and the child hears who is. The alert keeps that, what the child was
    shown, for staff, and ``from_answers``: the answers its words came from, as (run id,
    question id), so that an IRO the alert is about is shown none of them (the views, "last
    time").
    """
    about = await raised_about_iro(
        conn, child, run_id=run_id, iro_survey_open=iro_survey_open, words=words
    )
    urgent = kind == "concern" and not is_worry(kind, categories)
    told_more = urgent and follows is not None and follows.about_iro == about
    alert_id = await alert_store.create_alert(
        conn,
        services.db.cipher,
        child_id=child.id,
        run_id=run_id,
        kind=kind,
        categories=categories,
        excerpt=excerpt,
        source=source,
        now=now,
        about_iro=about,
        child_reply=_child_reply(kind, urgent=urgent, told_more=told_more),
        from_answers=from_answers,
    )
    reply = caring_reply(
        kind,
        band,
        child.language,
        settings=services.settings,
        now=now,
        assisted=assisted,
        about_iro=about,
        categories=categories,
        told_more=told_more,
    )
    await backstop.plan(services, conn, alert_id=alert_id, child_id=child.id, now=now)
    log.info("alert raised id=%s kind=%s source=%s", alert_id, kind, source)
    answered = Answered(about_iro=about) if urgent and not told_more else None
    return Raised(alert_id, reply, answered, about)


def _child_reply(kind: str, *, urgent: bool, told_more: bool) -> str:
    """Which reply :func:`caring_reply` gives (``storage.alerts.CHILD_REPLIES``)."""
    if kind == "talk":
        return "talk"
    if told_more:
        return "told_more"
    return "urgent" if urgent else "worry"


def whole_reply(kind: str, categories: Sequence[str]) -> str:
    """Which reply :func:`caring_reply` gives without ``told_more``: the whole reply for the
    alert's level, as a caring reply sent again from the outbox is."""
    urgent = kind == "concern" and not is_worry(kind, categories)
    return _child_reply(kind, urgent=urgent, told_more=False)


@dataclass(frozen=True)
class Delivery:
    """How sending an alert went: chats reached, and staff worth trying again."""

    reached: int
    retry: tuple[int, ...] = ()


def _passing(error: TelegramError) -> bool:
    """A failure that may clear by itself (network, 5xx, 429), not a refusal or a bad request."""
    return isinstance(error, (NetworkError, RetryAfter)) and not isinstance(error, BadRequest)


async def helped_young(
    conn: aiosqlite.Connection,
    child: Child | None,
    alert: alert_store.Alert,
    *,
    settings: Settings,
) -> bool:
    """Whether the child was 4-7 when the alert was raised and answers with an adult helping
    (an assisted chat and no chat of their own: how the conversation decides it too)."""
    if alert.kind != "concern" or band_then(child, alert, settings=settings) != "4_7":
        return False
    assert child is not None
    modes = {chat.mode for chat in await chats_for_child(conn, child.id)}
    return "assisted" in modes and "self" not in modes


def band_then(child: Child | None, alert: alert_store.Alert, *, settings: Settings) -> str | None:
    """The child's age band on the day the alert was raised (None when not known)."""
    if child is None or child.date_of_birth is None:
        return None
    return band_for(child.date_of_birth, alert.created_at.astimezone(settings.zone).date())


async def alert_facts(
    conn: aiosqlite.Connection,
    alert: alert_store.Alert,
    child: Child | None,
    *,
    settings: Settings,
) -> AlertFacts:
    """What staff are told about an alert besides its row, read once for every place that
    tells them (a chat here, the staff app's inbox)."""
    return AlertFacts(
        about_iro=about_iro(alert),
        in_iro_survey=await alert_store.raised_in_iro_survey(conn, alert),
        helped_young=await helped_young(conn, child, alert, settings=settings),
        for_carer=band_then(child, alert, settings=settings) == "under_4",
    )


async def deliver_alert(
    bot: Bot,
    services: Services,
    alert_id: int,
    *,
    escalation: bool = False,
    only: Collection[int] | None = None,
) -> Delivery:
    """Send an alert to the staff who must see it (``only``: just these staff ids).

    Each gets an "Acknowledge" button (callback data ``ack:<alert_id>``). A chat that cannot be
    reached is logged by id and skipped: the others must still be told. Plans nothing.
    """
    # Reads only: on a fleet it need not queue behind every worker's writes (storage.db).
    async with services.db.transaction(fleet_lock=False) as conn:
        alert = await alert_store.get_alert(conn, services.db.cipher, alert_id)
        if alert is None:
            return Delivery(0)
        child = await get_child(conn, alert.child_id)
        facts = await alert_facts(conn, alert, child, settings=services.settings)
        recipients = await alert_store.alert_recipients(
            conn,
            alert.child_id,
            escalation=escalation,
            about_iro=facts.about_iro,
            about_staff_id=alert.about_staff_id,
            worry=is_worry(alert.kind, alert.categories),
        )
    if not recipients:
        log.warning("alert id=%s has nobody to tell: no IRO or duty chat enrolled", alert_id)
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton("✅ Acknowledge", callback_data=f"{ACK_PREFIX}{alert_id}")]]
    )
    reached = 0
    retry: list[int] = []
    for recipient in recipients:
        if only is not None and recipient.staff_id not in only:
            continue
        text = alert_text(
            alert,
            child,
            with_excerpt=recipient.sees_excerpt,
            escalation=escalation,
            settings=services.settings,
            facts=facts,
        )
        try:
            await bot.send_message(recipient.chat_id, text, reply_markup=keyboard)
        except TelegramError as error:
            log.error(
                "alert id=%s not delivered to staff id=%s: %s",
                alert_id,
                recipient.staff_id,
                type(error).__name__,
            )
            if _passing(error):
                retry.append(recipient.staff_id)
        else:
            reached += 1
    return Delivery(reached, tuple(retry))


async def plan_alert_notice(
    services: Services, alert_id: int, *, staff_ids: Sequence[int] | None = None
) -> bool:
    """Plan an outbox row that sends the alert again (to ``staff_ids``, or everyone who must
    see it), due at once. Returns False when the alert no longer exists."""
    now = services.clock()
    async with services.db.transaction() as conn:
        alert = await alert_store.get_alert(conn, services.db.cipher, alert_id)
        if alert is None:
            return False
        payload: dict[str, object] = {"alert_id": alert_id}
        if staff_ids is not None:
            payload["staff_ids"] = sorted(staff_ids)
        await outbox.plan(
            conn,
            kind=ALERT_NOTICE,
            due_at=now,
            dedupe_key=f"{ALERT_NOTICE}:{alert_id}:{iso(now)}",
            child_id=alert.child_id,
            payload=payload,
        )
    log.info("alert id=%s planned again for staff from the outbox", alert_id)
    return True


async def notify_alert(
    bot: Bot, services: Services, alert_id: int, *, escalation: bool = False
) -> int:
    """Send an alert to the child's IRO and every duty worker (and on escalation the admins).

    An alert from a survey about the IRO goes to duty and admins instead of the IRO. Staff a
    passing failure kept it from are tried again from the outbox (not on escalation, which
    repeats by itself). The other ways of telling staff (e-mail) are added by
    :func:`bot.safeguarding.telling.notify_alert`, which calls this for the bot.

    Returns:
        How many staff chats the alert reached.
    """
    delivery = await deliver_alert(bot, services, alert_id, escalation=escalation)
    if delivery.retry and not escalation:
        await plan_alert_notice(services, alert_id, staff_ids=delivery.retry)
    return delivery.reached
