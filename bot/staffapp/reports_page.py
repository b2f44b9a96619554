"""The reports page (participation officers, admins): a period picker, the three reports on
screen, and downloads in HTML, CSV, XLSX and JSON.

Figures are anonymised (small counts suppressed) for everyone; exact figures only for admins
(:func:`bot.staff.access.may_see_exact`). A report shown or downloaded here does what
``hearme report`` does once it is sent (:func:`bot.staff.reports.deliver_report`): the runs
it covers are marked exported, heavily redacted quotes are held for a person, and it is
audit-logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from aiohttp import web

from bot.staff import access as policy
from bot.staff.reports import deliver_report
from bot.staffapp import pages
from bot.staffapp.context import staff_context
from bot.staffapp.sessions import Browser
from reports.periods import current_year
from reports.render import FORMATS
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


async def report(request: web.Request, browser: Browser, member: StaffMember) -> web.StreamResponse:
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
    # The response is made, then the runs are marked and the audit line written, then it is
    # sent: the audit log never misses a report that left.
    sent: web.Response | None = None

    async def deliver(data: bytes) -> None:
        nonlocal sent
        if fmt == "html":
            sent = pages.self_contained(data.decode("utf-8"))
        else:
            sent = web.Response(body=data, content_type=_TYPES[fmt])
            name = f"{kind}-{start.isoformat()}-{end.isoformat()}.{fmt}"
            sent.headers["Content-Disposition"] = f'attachment; filename="{name}"'

    await deliver_report(
        services.db,
        kind,
        start,
        end,
        fmt=fmt,
        exact=exact,
        actor=f"staff:{member.staff_ref}",
        now=now,
        deliver=deliver,
    )
    assert sent is not None
    return sent
