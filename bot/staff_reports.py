"""What staff commands read from the reports room: pre-meeting views and participation figures.

Thin on purpose: ``reports`` builds and renders; this turns the result into a chat message and
a document. Who may ask is decided in ``bot.staff`` before anything here is called.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.services import Services
from reports import collect
from reports.participation import default_span
from reports.render import participation_summary_text, render_views_html, views_text
from reports.views import Viewer
from storage.children import Child

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
        child: A child the reader may see (``bot.staff`` has checked).
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
    notes = tuple(
        VoiceNote(answer.voice_ref, answer.question[:CAPTION_LIMIT])
        for answer in found.voice_notes
        if answer.voice_ref is not None
    )
    return StaffViews(views_text(found), page, notes)


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
