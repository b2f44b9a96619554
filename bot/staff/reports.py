"""What staff read from the reports room: pre-meeting views, participation figures, reports.

Thin on purpose: ``reports`` builds and renders; this turns the result into a chat message, a
document or a delivered report, and records that children's words reached staff (runs marked
exported, so ``hearme purge`` may later remove them). Who may ask is decided by the caller
(``bot.staff.commands``, the staff app, the command line) before anything here is called.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime

import aiosqlite

from bot.services import Services
from reports import collect, ids
from reports.document import Document
from reports.participation import default_span
from reports.render import participation_summary_text, render, render_views_html, views_text
from reports.views import PreMeetingViews, Viewer
from storage import audit, figures, held_quotes, run_exports
from storage.children import Child
from storage.db import Database

# Telegram's limit for a caption.
CAPTION_LIMIT = 1024


@dataclass(frozen=True)
class VoiceNote:
    """A child's voice note to re-send to the reader: the channel's file id and the question."""

    file_ref: str
    caption: str


@dataclass(frozen=True)
class StaffViews:
    """What ``/views`` sends: a short message, the printable page, and the voice notes."""

    summary: str
    page: bytes | None
    voice_notes: tuple[VoiceNote, ...]


async def views(services: Services, child: Child, *, now: datetime, viewer: Viewer) -> StaffViews:
    """The child's pre-meeting views as this reader may see them.

    Args:
        services: The running bot's services.
        child: A child the reader may see (``bot.staff.commands`` has checked).
        now: The moment asked (the council's calendar decides "next review").
        viewer: What the reader may see: alert words and "just for my IRO" notes only for the
            child's own IRO; voice notes follow the same rule as the written answers.
    """
    today = now.astimezone(services.settings.zone).date()
    found = await collect.pre_meeting_views(
        services.db.reader, services.db.cipher, child.child_ref, today, viewer=viewer
    )
    if found is None:
        return StaffViews(f"No views held for {child.child_ref}.", None, ())
    page = render_views_html(found, today=today).encode("utf-8")
    async with services.db.transaction() as conn:
        await mark_views_delivered(conn, found, viewer)
    notes = tuple(
        VoiceNote(answer.voice_ref, answer.question[:CAPTION_LIMIT])
        for answer in found.voice_notes
        if answer.voice_ref is not None
    )
    return StaffViews(views_text(found), page, notes)


async def mark_views_delivered(
    conn: aiosqlite.Connection, found: PreMeetingViews, viewer: Viewer
) -> int:
    """Mark the My Review run on a rendered views page as exported, if the page is the IRO's.

    Only the child's own IRO gets the whole page (notes kept just for them included), so only
    then have all of the run's words reached staff and may later be purged. Call in a write
    transaction after the page is rendered. Returns how many runs were newly marked.
    """
    if not viewer.private_notes or found.status != "returned" or found.completed_at is None:
        return 0
    shown = await run_exports.completed_runs_at(
        conn, found.child_id, ids.MY_REVIEW, found.completed_at
    )
    return await run_exports.mark_exported(conn, shown)


async def participation_summary(services: Services, *, now: datetime, exact: bool) -> str:
    """Participation figures for the current April–March year and the two before it.

    Args:
        services: The running bot's services.
        now: The moment asked (the council's calendar decides the year).
        exact: Unsuppressed counts (admins); otherwise small counts are hidden.
    """
    start, end = default_span(now.astimezone(services.settings.zone).date())
    document = await collect.participation_document(services.db.reader, start, end, exact=exact)
    return participation_summary_text(document)


# The surveys whose runs a report covers: delivering the report delivers their words to staff.
COVERS = {"satisfaction": ids.TELL_US_MORE, "feedback": ids.AFTER_MY_REVIEW}


async def report_document(db: Database, kind: str, start: date, end: date, exact: bool) -> Document:
    """The report of ``kind`` (participation, timeliness, satisfaction, feedback) for a period.

    Quotes and ``exact`` figures need the data key; participation and timeliness read reviews only.
    """
    if kind == "participation":
        return await collect.participation_document(db.reader, start, end, exact=exact)
    if kind == "timeliness":
        return await collect.timeliness_document(db.reader, start, end, exact=exact)
    if kind == "satisfaction":
        return await collect.satisfaction_document(db.reader, db.cipher, start, end, exact=exact)
    return await collect.feedback_document(db.reader, db.cipher, start, end, exact=exact)


@dataclass(frozen=True)
class DeliveredReport:
    """What delivering a report did besides the bytes: runs newly exported, quotes held."""

    exported: int
    quotes_held: int


async def deliver_report(
    db: Database,
    kind: str,
    start: date,
    end: date,
    *,
    fmt: str,
    exact: bool,
    actor: str,
    now: datetime,
    deliver: Callable[[bytes], Awaitable[None]],
) -> DeliveredReport:
    """Make a report, hand it to ``deliver`` (a file, a download), then record what it did.

    Once ``deliver`` returns, the runs the report covers are marked exported (their words have
    reached staff), heavily redacted quotes are held for a person (``hearme quotes review``),
    and the audit log gets ``report.<kind>``. If ``deliver`` raises, nothing is marked.

    The runs are listed *before* the report is read: every run marked was completed by then,
    so it is in the report. A run completed in between is in the report but left unmarked,
    and is kept until the next report; a run is never marked without being in one.
    """
    covered: list[int] = []
    if kind in COVERS:
        found = await figures.runs_completed_between(db.reader, COVERS[kind], start, end)
        covered = [run.id for run in found]
    doc = await report_document(db, kind, start, end, exact)
    await deliver(render(doc, fmt))
    async with db.transaction() as conn:
        marked = await run_exports.mark_exported(conn, covered)
        held = 0
        if doc.held:
            held = await held_quotes.hold(conn, db.cipher, collect.quotes_to_hold(doc), now=now)
        await audit.record(
            conn,
            at=now,
            actor=actor,
            action=f"report.{kind}",
            detail={
                "from": start.isoformat(),
                "to": end.isoformat(),
                "format": fmt,
                "exact": exact,
                "exported": marked,
                "quotes_held": held,
            },
        )
    return DeliveredReport(marked, held)
