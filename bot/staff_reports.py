"""What staff commands read from the reports room: pre-meeting views and participation figures.

Thin on purpose: ``reports`` builds and renders; this turns the result into a chat message and
a document. Who may ask is decided in ``bot.staff`` before anything here is called.
"""

from __future__ import annotations

from datetime import datetime

from bot.services import Services
from reports import collect
from reports.participation import default_span
from reports.render import participation_summary_text, render_views_html, views_text
from storage.children import Child


async def views(services: Services, child: Child, *, now: datetime) -> tuple[str, bytes | None]:
    """The child's pre-meeting views: a short message and the printable HTML page.

    Returns:
        ``(summary, page)``; ``page`` is None when the child has no views to show.
    """
    today = now.astimezone(services.settings.zone).date()
    found = await collect.pre_meeting_views(
        services.db.reader, services.db.cipher, child.child_ref, today
    )
    if found is None:
        return f"No views held for {child.child_ref}.", None
    page = render_views_html(found, today=today).encode("utf-8")
    return views_text(found), page


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
