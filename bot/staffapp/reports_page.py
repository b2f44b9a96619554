"""The reports page (participation officers, admins): a period picker, the three reports on
screen, and downloads in HTML, CSV, XLSX and JSON.

Figures are anonymised (small counts suppressed) for everyone; exact figures only for admins
(:func:`bot.staff.access.may_see_exact`). Every report shown or downloaded is audit-logged. A
report read here does not mark runs as exported (``hearme report`` does, in one snapshot); the
web server shares its read connection, so words are kept rather than risk purging some that no
report carried.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from aiohttp import web

from bot.services import Services
from bot.staff import access as policy
from bot.staffapp import pages
from bot.staffapp.context import staff_context
from bot.staffapp.sessions import Browser
from reports import collect
from reports.document import Document
from reports.periods import current_year
from reports.render import FORMATS, render
from storage import audit
from storage.staff import StaffMember

KINDS = {
    "participation": "Participation (PN codes)",
    "satisfaction": "Satisfaction with IROs (Tell Us More)",
    "feedback": "After-review feedback",
}
_TYPES = {
    "html": "text/html",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def _allowed(member: StaffMember) -> None:
    if not policy.may_read_reports(member):
        raise web.HTTPNotFound(text="Reports are for participation officers and admins.")


def period(query: Mapping[str, str], today: date) -> tuple[date, date] | str:
    """The period asked for (default: this April–March year), or what is wrong with it."""
    year = current_year(today)
    try:
        start = date.fromisoformat(query.get("from") or year.start.isoformat())
        end = date.fromisoformat(query.get("to") or year.end.isoformat())
    except ValueError:
        return "Dates must look like 2026-04-01 (year-month-day)."
    if end < start:
        return f"The period ends ({end}) before it starts ({start}): swap the dates."
    return start, end


async def reports_page(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """The period picker and a link to each report in each format."""
    _allowed(member)
    services = staff_context(request).services
    today = services.clock().astimezone(services.settings.zone).date()
    chosen = period(request.query, today)
    problem = None
    if isinstance(chosen, str):
        problem, chosen = chosen, (current_year(today).start, current_year(today).end)
    start, end = chosen
    return pages.page(
        "reports.html",
        member=member,
        csrf=browser.csrf,
        kinds=KINDS,
        formats=FORMATS,
        start=start.isoformat(),
        end=end.isoformat(),
        problem=problem,
        exact_allowed=policy.may_see_exact(member),
    )


async def _document(services: Services, kind: str, start: date, end: date, exact: bool) -> Document:
    db = services.db
    if kind == "participation":
        return await collect.participation_document(db.reader, start, end, exact=exact)
    if kind == "satisfaction":
        return await collect.satisfaction_document(db.reader, db.cipher, start, end, exact=exact)
    return await collect.feedback_document(db.reader, db.cipher, start, end, exact=exact)


async def report(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """One report in one format: HTML on screen, the others as downloads."""
    _allowed(member)
    services = staff_context(request).services
    kind, fmt = request.match_info["kind"], request.match_info["format"]
    if kind not in KINDS or fmt not in FORMATS:
        raise web.HTTPNotFound(text="No such report or format.")
    today = services.clock().astimezone(services.settings.zone).date()
    chosen = period(request.query, today)
    if isinstance(chosen, str):
        return pages.message("Choose the period again", chosen, status=400, member=member)
    start, end = chosen
    exact = request.query.get("exact") == "yes"
    now = services.clock()
    if exact and not policy.may_see_exact(member):
        async with services.db.transaction() as conn:
            await audit.record(
                conn,
                at=now,
                actor=f"staff:{member.staff_ref}",
                action="staff_app.refused",
                detail={"page": f"report.{kind}", "exact": True},
            )
        raise web.HTTPForbidden(text="Exact figures are for admins only.")
    data = render(await _document(services, kind, start, end, exact), fmt)
    async with services.db.transaction() as conn:
        await audit.record(
            conn,
            at=now,
            actor=f"staff:{member.staff_ref}",
            action=f"report.{kind}",
            detail={
                "from": start.isoformat(),
                "to": end.isoformat(),
                "format": fmt,
                "exact": exact,
            },
        )
    if fmt == "html":
        return pages.self_contained(data.decode("utf-8"))
    response = web.Response(body=data, content_type=_TYPES[fmt])
    name = f"{kind}-{start.isoformat()}-{end.isoformat()}.{fmt}"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
