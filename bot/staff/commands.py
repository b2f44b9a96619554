"""The staff side of the bot: IROs, participation officers, admins and duty workers.

Commands (registered through ``bot.channels.telegram.app.build_application(extra=...)``):

* ``/upcoming`` — an IRO's children's next reviews with consultation status (admins: everyone's).
* ``/views CHILD_REF`` — the pre-meeting views: a short message, the HTML page as a document,
  and the child's voice notes sent again so the reader can play them. Only the child's own IRO
  gets alert words and what the child kept "just for my IRO" (spoken or written).
* ``/held CHILD_REF`` — mark the child's review today (or the last one) as held.
* ``/wedid CHILD_REF note`` — the "you said / we did" note on the child's last review.
* ``/report`` — participation figures, anonymised (participation officers and admins).

Buttons: ``ack:<alert>`` acknowledges a safeguarding alert and tells the others it is handled;
``pr:...`` records how a child took part (``bot.staff.participation``); ``held:<review>`` marks
held.

An IRO sees only their own children, by every command and every button: a child who is not
theirs gets the same answer as a child who does not exist. A chat that is not a member of staff
is not answered here at all (the child-facing handlers see it). Every view is audit-logged.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

import aiosqlite
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    filters,
)

from bot.safeguarding.about_iro import about_iro
from bot.services import Services
from bot.staff import access as policy
from bot.staff import after_review
from bot.staff import reports as staff_reports
from bot.staff.access import actor, may_see, viewer_of
from bot.staff.replies import child_for, child_label, day_text, guarded, markup, reply
from storage import alerts, audit, children, reviews
from storage import staff as staff_store
from storage.staff import StaffMember

log = logging.getLogger(__name__)

# Staff handlers run before the child-facing ones (their commands and buttons never overlap).
GROUP = -1


def register(application: Application[Any, Any, Any, Any, Any, Any], services: Services) -> None:
    """Add the staff commands and buttons (an ``extra`` for
    ``bot.channels.telegram.app.build_application``)."""
    commands = {
        "upcoming": _upcoming,
        "views": _views,
        "held": after_review.held_command,
        "wedid": after_review.we_did_command,
        "report": _report,
    }
    for name, handler in commands.items():
        application.add_handler(
            CommandHandler(name, guarded(services, handler), filters=filters.ChatType.PRIVATE),
            GROUP,
        )
    for pattern, handler in (
        (r"^ack:\d{1,12}$", _acknowledge),
        (r"^pr:", after_review.participation_button),
        (r"^held:\d{1,12}$", after_review.held_button),
    ):
        application.add_handler(
            CallbackQueryHandler(guarded(services, handler), pattern=pattern), GROUP
        )


async def _upcoming(
    update: Update, context: ContextTypes.DEFAULT_TYPE, services: Services, member: StaffMember
) -> None:
    if member.role not in ("iro", "admin"):
        await reply(update, "/upcoming is for IROs and admins.")
        return
    now = services.clock()
    today = now.astimezone(services.settings.zone).date()
    conn = services.db.reader
    if member.role == "iro":
        found = await reviews.reviews_of_iro(conn, member.id, on_or_after=today)
    else:
        found = await _all_upcoming(conn, today)
    lines, buttons, seen = [], [], set()
    for review in found:
        if review.child_id in seen:
            continue  # the next review only
        seen.add(review.child_id)
        child = await children.get_child(conn, review.child_id)
        if child is None or not may_see(member, child):
            continue
        status = await after_review.consultation_status(services, review.id)
        when = day_text(review.review_moment, services)
        lines.append(f"• {child_label(child)}: {when}. My Review: {status}")
        if review.review_date <= today and not review.held:
            label = f"✅ Mark held: {child.name or child.child_ref}"
            buttons.append([(label, f"held:{review.id}")])
    async with services.db.transaction() as write:
        await audit.record(
            write, at=now, actor=actor(member), action="upcoming", detail={"reviews": len(lines)}
        )
    text = "Your children's next reviews:\n" + "\n".join(lines) if lines else "No upcoming reviews."
    await reply(update, text, markup(buttons) if buttons else None)


async def _all_upcoming(conn: aiosqlite.Connection, today: date) -> list[reviews.Review]:
    return await reviews.reviews_between(conn, today, today + timedelta(days=366))


async def _views(
    update: Update, context: ContextTypes.DEFAULT_TYPE, services: Services, member: StaffMember
) -> None:
    child = await child_for(update, context, services, member)
    if child is None:
        return
    now = services.clock()
    found = await staff_reports.views(services, child, now=now, viewer=viewer_of(member, child))
    async with services.db.transaction() as conn:
        await audit.record(
            conn,
            at=now,
            actor=actor(member),
            action="views",
            child_id=child.id,
            detail={"voice_notes": len(found.voice_notes)},
        )
    await reply(update, found.summary)
    message = update.effective_message
    if found.page is not None and message is not None:
        await message.reply_document(
            found.page, filename=f"views-{child.child_ref}.html", caption="Pre-meeting views (HTML)"
        )
    if message is not None:
        await _send_voice_notes(context, message.chat_id, found.voice_notes)


async def _send_voice_notes(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, notes: tuple[staff_reports.VoiceNote, ...]
) -> None:
    """Re-send the child's voice notes (a bot may send again any file it has received)."""
    failed = 0
    for note in notes:
        try:
            await context.bot.send_voice(chat_id, voice=note.file_ref, caption=note.caption)
        except TelegramError as error:
            failed += 1
            log.error("voice note to chat id=%s failed: %s", chat_id, type(error).__name__)
    if failed:
        await context.bot.send_message(
            chat_id,
            f"{failed} voice note{'s' if failed != 1 else ''} could not be sent. "
            "Please try /views again later.",
        )


async def _report(
    update: Update, context: ContextTypes.DEFAULT_TYPE, services: Services, member: StaffMember
) -> None:
    if not policy.may_read_reports(member):
        await reply(update, "/report is for participation officers and admins.")
        return
    now = services.clock()
    # Admins may see exact counts; a participation officer's figures leave the IRO service.
    exact = policy.may_see_exact(member)
    text = await staff_reports.participation_summary(services, now=now, exact=exact)
    async with services.db.transaction() as conn:
        await audit.record(
            conn,
            at=now,
            actor=actor(member),
            action="report.participation",
            detail={"exact": exact},
        )
    await reply(update, text)


async def _acknowledge(
    update: Update, context: ContextTypes.DEFAULT_TYPE, services: Services, member: StaffMember
) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    alert_id = int(query.data.split(":")[1])
    now = services.clock()
    async with services.db.transaction() as conn:
        # Acknowledging needs none of the child's words.
        alert = await alerts.get_alert(conn, services.db.cipher, alert_id, words=False)
        # Everyone who could have been sent this alert, escalation included; an alert from a
        # survey about the IRO was never sent to that IRO, so their button (forged) is refused.
        told = (
            []
            if alert is None
            else await alerts.alert_recipients(
                conn,
                alert.child_id,
                escalation=True,
                about_iro=about_iro(alert),
                about_staff_id=alert.about_staff_id,
            )
        )
        child = None if alert is None else await children.get_child(conn, alert.child_id)
        allowed = (
            alert is not None
            and child is not None
            and policy.alert_access(
                member,
                childs_iro_id=child.iro_id,
                about_staff_id=alert.about_staff_id,
                about_iro=about_iro(alert),
            ).may_acknowledge
        )
        if alert is None or not allowed:
            await query.answer("This alert is not one you can acknowledge.", show_alert=True)
            return
        first = await alerts.acknowledge_alert(conn, alert_id, staff_id=member.id, now=now)
        if first:
            await audit.record(
                conn,
                at=now,
                actor=actor(member),
                action="alert.acknowledge",
                child_id=alert.child_id,
                detail={"alert_id": alert_id},
            )
        else:
            by = (
                None
                if alert.acknowledged_by is None
                else await staff_store.get_staff(conn, alert.acknowledged_by)
            )
    if not first:
        who = by.name if by is not None else "someone"
        await query.answer(f"Already acknowledged by {who}.", show_alert=True)
        return
    await query.answer("Acknowledged. Thank you.")
    at = now.astimezone(services.settings.zone).strftime("%H:%M")
    handled = f"✅ Alert #{alert_id} is being handled by {member.name} (acknowledged {at})."
    await query.edit_message_reply_markup(None)
    await reply(update, handled)
    for recipient in told:
        if recipient.staff_id == member.id:
            continue
        try:
            await context.bot.send_message(recipient.chat_id, handled)
        except Exception as error:  # one unreachable colleague must not stop the rest
            log.error(
                "ack notice to staff id=%s failed: %s", recipient.staff_id, type(error).__name__
            )
