"""After each review: marking it held, the IRO's participation prompt, notices to the IRO.

The prompt is sent by the scheduler from an outbox row (``participation``), the day after the
review or as soon as the IRO marks it held; the IRO answers with buttons
(``bot.staff.participation``) and the review row is written once, at the last answer. Then
the IRO may add a short "you said / we did" note (``/wedid CHILD_REF note``): what was done
about the child's wishes, shown under "Last time" on the next review's views. Every button
is checked against who presses it (``bot.staff.access``), exactly like the commands.
"""

from __future__ import annotations

from datetime import datetime

import aiosqlite
from telegram import Bot, CallbackQuery, Update
from telegram.ext import ContextTypes

from bot.outbox import planning
from bot.services import Services
from bot.staff import access, consultations, participation, replies
from storage import audit, children, review_notes, reviews
from storage import staff as staff_store
from storage.children import Child
from storage.outbox import OutboxRow
from storage.staff import StaffMember
from surveys.bands import age_on


async def held_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, services: Services, member: StaffMember
) -> None:
    child = await replies.child_for(update, context, services, member)
    if child is None:
        return
    due = await _reviews_so_far(services, child)
    if not due:
        await replies.reply(
            update, f"{replies.child_label(child)} has no review today or before to mark held."
        )
        return
    await replies.reply(update, await mark_held(services, member, due[-1].id))


async def held_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, services: Services, member: StaffMember
) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    await query.answer()
    await replies.reply(update, await mark_held(services, member, int(query.data.split(":")[1])))


async def _reviews_so_far(services: Services, child: Child) -> list[reviews.Review]:
    """The child's reviews up to and including today, oldest first."""
    today = services.clock().astimezone(services.settings.zone).date()
    found = await reviews.reviews_for_child(services.db.reader, child.id)
    return [review for review in found if review.review_date <= today]


async def mark_held(services: Services, member: StaffMember, review_id: int) -> str:
    """Mark a review held; the child's after-meeting survey and the IRO's prompt come forward."""
    now = services.clock()
    async with services.db.transaction() as conn:
        review = await reviews.get_review(conn, review_id)
        child = None if review is None else await children.get_child(conn, review.child_id)
        if review is None or child is None or not access.may_see(member, child):
            return access.NOT_YOURS
        if review.held:
            return f"The review of {replies.child_label(child)} was already marked held."
        await reviews.record_outcome(
            conn,
            review_id,
            participation_code=None,
            held_at=now,
            child_chaired=review.child_chaired,
            iro_spoke_beforehand=review.iro_spoke_beforehand,
            recorded_by=member.id,
            now=now,
        )
        await _audit(conn, member, "review.held", child, {"review_id": review_id}, now=now)
    # Plan again at once: the after-meeting survey and this prompt are now due.
    await planning.plan_reviews(services, now=services.clock())
    return f"Marked held: the review of {replies.child_label(child)}. I'll ask how they took part."


async def _audit(
    conn: aiosqlite.Connection,
    member: StaffMember,
    action: str,
    child: Child,
    detail: dict[str, object],
    *,
    now: datetime,
) -> None:
    """One audit line for what ``member`` did about ``child``'s review, in the same
    transaction as the change itself."""
    await audit.record(
        conn, at=now, actor=access.actor(member), action=action, child_id=child.id, detail=detail
    )


async def consultation_status(services: Services, review_id: int) -> str:
    """How the child's ``my_review`` for a review stands (:mod:`bot.staff.consultations`)."""
    db = services.db
    cipher = db.cipher if db.has_cipher else None
    return await consultations.stage_of_review(db.reader, cipher, review_id)


async def participation_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, services: Services, member: StaffMember
) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    answers = participation.parse(query.data)
    conn = services.db.reader
    review = None if answers is None else await reviews.get_review(conn, answers.review_id)
    child = None if review is None else await children.get_child(conn, review.child_id)
    if answers is None or review is None or child is None or not access.may_see(member, child):
        await query.answer(access.NOT_YOURS, show_alert=True)
        return
    label = replies.child_label(child)
    refused = participation.refusal(answers, child=label, under_four=_under_four(child, review))
    if refused is not None:
        await query.answer(refused, show_alert=True)
        return
    await query.answer()
    if answers.complete:
        await _record(query, services, member, answers, child)
        return
    text, rows = await participation_question(services, review, child, answers)
    await query.edit_message_text(text, reply_markup=replies.markup(rows))


async def _record(
    query: CallbackQuery,
    services: Services,
    member: StaffMember,
    answers: participation.Answers,
    child: Child,
) -> None:
    """Write the IRO's answers (:func:`write_participation`) and say what happened."""
    label = replies.child_label(child)
    recorded_text = await write_participation(services, member, child, answers)
    if recorded_text is None:
        await query.edit_message_text(
            participation.summary(answers, child=label) + "\n\n" + we_did_hint(child)
        )
    elif answers.confirm == participation.KEEP:
        await query.edit_message_text(f"Kept {recorded_text} for {label}. Nothing was changed.")
    else:
        text, rows = participation.confirm_question(answers, child=label, recorded=recorded_text)
        await query.edit_message_text(text, reply_markup=replies.markup(rows))


async def write_participation(
    services: Services, member: StaffMember, child: Child, answers: participation.Answers
) -> str | None:
    """Write the IRO's answers for a review, unless they would replace a code recorded earlier
    without the IRO having said so (a stale message's buttons, an old tab, a second IRO).

    Returns:
        None when written; otherwise the code kept ("nothing" when none was recorded), because
        the IRO chose to keep it or has not yet confirmed replacing it.
    """
    now = services.clock()
    async with services.db.transaction() as write:
        review = await reviews.get_review(write, answers.review_id)
        assert review is not None  # reviews are never deleted, only kept for the figures
        recorded = review.participation_code
        replaces = recorded is not None and recorded != answers.code
        if answers.confirm == participation.KEEP or (
            replaces and answers.confirm != participation.REPLACE
        ):
            return recorded or "nothing"
        await reviews.record_outcome(
            write,
            review.id,
            participation_code=answers.code,
            held_at=review.held_at or now,
            child_chaired=answers.chaired,
            iro_spoke_beforehand=answers.spoke,
            recorded_by=member.id,
            now=now,
            mode=participation.MODES.get(answers.mode or ""),
        )
        detail: dict[str, object] = {"review_id": review.id, "code": answers.code}
        if replaces:
            detail["replaced"] = recorded
        await _audit(write, member, "review.participation", child, detail, now=now)
    return None


def _under_four(child: Child, review: reviews.Review) -> bool:
    """Whether the child was under 4 on the review date (PN0, always and only then)."""
    return (
        child.date_of_birth is not None
        and age_on(child.date_of_birth, review.review_date) < planning.CONSULT_FROM_AGE
    )


async def participation_question(
    services: Services, review: reviews.Review, child: Child, answers: participation.Answers
) -> tuple[str, participation.Buttons]:
    """The next participation question for a review, with the bot's suggested code."""
    under_four = _under_four(child, review)
    status = await consultation_status(services, review.id)
    suggested = participation.suggestion(
        under_four=under_four, sent_views=status == consultations.RETURNED
    )
    return participation.question(
        answers, child=replies.child_label(child), under_four=under_four, suggested=suggested
    )


async def notice_chat(conn: aiosqlite.Connection, row: OutboxRow) -> int | None:
    """The staff chat a participation prompt or notice goes to; None when there is no need."""
    if row.child_id is None:
        return None
    child = await children.get_child(conn, row.child_id)
    if child is None or child.iro_id is None:
        return None
    if row.kind == planning.PARTICIPATION:
        review = await reviews.get_review(conn, int(row.payload.get("review_id", 0)))
        if review is None or review.participation_code not in (None, "PN0"):
            return None
    iro = await staff_store.get_staff(conn, child.iro_id)
    return None if iro is None or not iro.active else iro.chat_id


async def send_notice(
    bot: Bot, services: Services, row: OutboxRow, chat_id: int, *, now: datetime
) -> None:
    """Send a staff row: the participation prompt, or a notice that a child is unreachable."""
    conn = services.db.reader
    child = None if row.child_id is None else await children.get_child(conn, row.child_id)
    if child is None:
        return
    if row.kind == planning.STAFF_NOTICE:
        await bot.send_message(
            chat_id,
            f"📵 {replies.child_label(child)} has blocked hearme on Telegram, so hearme can no "
            "longer reach them. You may want to check in with them another way.",
        )
        return
    review = await reviews.get_review(conn, int(row.payload["review_id"]))
    if review is None:
        return
    text, rows = await participation_question(
        services, review, child, participation.Answers(review.id)
    )
    await bot.send_message(
        chat_id,
        f"After the review on {replies.day_text(review.review_moment, services)}:\n{text}",
        reply_markup=replies.markup(rows),
    )


def we_did_hint(child: Child) -> str:
    """How to add the "you said / we did" note, offered once the participation is recorded."""
    return (
        f"Add a “you said / we did” note for next time, e.g. /wedid {child.child_ref} You asked "
        "for more family time: it is now every Saturday. It shows under “Last time” on the "
        "views for their next review."
    )


async def we_did_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, services: Services, member: StaffMember
) -> None:
    """``/wedid CHILD_REF note``: what was done about the child's wishes at their last review."""
    child = await replies.child_for(update, context, services, member)
    if child is None:
        return
    note = " ".join((context.args or [])[1:]).strip()
    if not note:
        await replies.reply(update, f"What was done? For example: {we_did_hint(child)}")
        return
    if len(note) > review_notes.MAX_CHARS:
        await replies.reply(
            update, f"Please keep the note under {review_notes.MAX_CHARS} characters."
        )
        return
    now = services.clock()
    past = await _reviews_so_far(services, child)
    if not past:
        await replies.reply(update, f"{replies.child_label(child)} has had no review yet.")
        return
    review = past[-1]
    async with services.db.transaction() as conn:
        await review_notes.save_note(
            conn, services.db.cipher, review_id=review.id, note=note, staff_id=member.id, now=now
        )
        await _audit(conn, member, "review.we_did", child, {"review_id": review.id}, now=now)
    await replies.reply(
        update,
        f"Saved for the review of {replies.child_label(child)} on "
        f"{replies.day_text(review.review_moment, services)}. It shows under “Last time” on the "
        "views for their next review.",
    )
