"""The IRO's pages: caseload, a child's pre-meeting views, recording how a child took part.

Who may see a child is decided by :mod:`bot.staff.access`; a child who is not the reader's gets
the same 404 as a child who does not exist, and the refusal is audit-logged. Every view of a
child's data is audit-logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from aiohttp import web

from bot.services import Services
from bot.staff import access as policy
from bot.staff import after_review, consultations, participation
from bot.staff import reports as staff_reports
from bot.staffapp import pages
from bot.staffapp.context import staff_context
from bot.staffapp.sessions import Browser
from storage import audit, children, reviews
from storage.children import Child
from storage.reviews import Review
from storage.staff import StaffMember

# The form sends the mode's name; the shared answers carry its key, as the buttons do.
_MODE_KEYS = {name: key for key, name in participation.MODES.items()}


@dataclass(frozen=True)
class CaseloadRow:
    child: Child
    review: Review | None
    status: str
    # The latest review up to today: the one to mark held and record participation for.
    last: Review | None


def _actor(member: StaffMember) -> str:
    return f"staff:{member.staff_ref}"


def _today(services: Services) -> date:
    return services.clock().astimezone(services.settings.zone).date()


async def caseload(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """An IRO's children (an admin's: everyone's) with their next review and consultation."""
    if member.role == "duty":
        raise web.HTTPSeeOther("/staff/alerts")
    if member.role == "participation":
        raise web.HTTPSeeOther("/staff/reports")
    services = staff_context(request).services
    conn = services.db.reader
    today = _today(services)
    found = (
        await children.children_of_iro(conn, member.id)
        if member.role == "iro"
        else await children.active_children(conn)
    )
    rows = []
    for child in found:
        if not policy.may_see(member, child):
            continue
        review = await reviews.next_review(conn, child.id, on_or_after=today)
        status = (
            "no review booked"
            if review is None
            else await after_review.consultation_status(services, review.id)
        )
        past = [
            r for r in await reviews.reviews_for_child(conn, child.id) if r.review_date <= today
        ]
        rows.append(CaseloadRow(child, review, status, past[-1] if past else None))
    async with services.db.transaction() as write:
        await audit.record(
            write,
            at=services.clock(),
            actor=_actor(member),
            action="staff_app.caseload",
            detail={"children": len(rows)},
        )
    return pages.page("caseload.html", member=member, csrf=browser.csrf, rows=rows)


async def child_or_404(request: web.Request, member: StaffMember, what: str) -> Child:
    """The child named in the URL if the reader may see them; else 404 and an audit line."""
    services = staff_context(request).services
    ref = request.match_info["ref"]
    child = await children.get_child_by_ref(services.db.reader, ref)
    if child is None or not policy.may_see(member, child):
        async with services.db.transaction() as conn:
            await audit.record(
                conn,
                at=services.clock(),
                actor=_actor(member),
                action="staff_app.refused",
                child_id=None if child is None else child.id,
                detail={"page": what},
            )
        raise web.HTTPNotFound(text="No child with that reference among your children.")
    return child


async def views(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """The pre-meeting views page, the same as ``hearme views`` writes (printable)."""
    services = staff_context(request).services
    child = await child_or_404(request, member, "views")
    now = services.clock()
    found = await staff_reports.views(
        services, child, now=now, viewer=policy.viewer_of(member, child)
    )
    async with services.db.transaction() as conn:
        await audit.record(
            conn, at=now, actor=_actor(member), action="staff_app.views", child_id=child.id
        )
    if found.page is None:
        return pages.message("No views yet", found.summary, member=member)
    return pages.self_contained(found.page.decode("utf-8"))


async def _review_of(request: web.Request, member: StaffMember) -> tuple[Child, Review]:
    services = staff_context(request).services
    child = await child_or_404(request, member, "review")
    review_id = int(request.match_info["review"])
    review = await reviews.get_review(services.db.reader, review_id)
    if review is None or review.child_id != child.id:
        raise web.HTTPNotFound(text="No such review for this child.")
    return child, review


def _under_four(child: Child, review: Review) -> bool:
    from surveys.bands import age_on

    return child.date_of_birth is not None and age_on(child.date_of_birth, review.review_date) < 4


async def review_page(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """After the meeting: mark held, and record the participation code with the suggestion."""
    services = staff_context(request).services
    child, review = await _review_of(request, member)
    under_four = _under_four(child, review)
    status = await after_review.consultation_status(services, review.id)
    suggested = participation.suggestion(
        under_four=under_four, sent_views=status == consultations.RETURNED
    )
    codes = ["PN0"] if under_four else [c for c in participation.CODE_LABELS if c != "PN0"]
    async with services.db.transaction() as conn:
        await audit.record(
            conn,
            at=services.clock(),
            actor=_actor(member),
            action="staff_app.review",
            child_id=child.id,
            detail={"review_id": review.id},
        )
    return pages.page(
        "review.html",
        member=member,
        csrf=browser.csrf,
        child=child,
        review=review,
        consultation=status,
        suggestion=suggested,
        codes=[(c, participation.CODE_LABELS[c]) for c in codes],
        modes=participation.MODES,
        done=request.query.get("done", ""),
    )


async def record_participation(
    request: web.Request, browser: Browser, member: StaffMember
) -> web.StreamResponse:
    """Write the code, mode, chairing and speaking beforehand (PN0 always, and only, under 4)."""
    services = staff_context(request).services
    child, review = await _review_of(request, member)
    form = await request.post()
    under_four = _under_four(child, review)
    code = "PN0" if under_four else str(form.get("code", ""))
    mode = str(form.get("mode", ""))
    if code not in participation.CODE_LABELS or mode not in participation.MODES.values():
        return pages.message(
            "Nothing was recorded",
            "Choose a participation code and how the meeting was held, then record again.",
            status=400,
            member=member,
        )
    refused = participation.refusal(
        participation.Answers(review.id, code=code), child=child.child_ref, under_four=under_four
    )
    if refused is not None:
        return pages.message("Nothing was recorded", refused, status=400, member=member)
    confirm = {"replace": participation.REPLACE, "keep": participation.KEEP}.get(
        str(form.get("confirm", ""))
    )
    answers = participation.Answers(
        review.id,
        code=code,
        mode=_MODE_KEYS[mode],
        chaired=form.get("chaired") == "yes",
        spoke=form.get("spoke") == "yes",
        confirm=confirm,
    )
    recorded_text = await after_review.write_participation(services, member, child, answers)
    back = f"/staff/children/{child.child_ref}/reviews/{review.id}"
    if confirm == participation.KEEP:
        raise web.HTTPSeeOther(f"{back}?done=kept")
    if recorded_text is not None:
        return pages.page(
            "replace_code.html",
            member=member,
            csrf=browser.csrf,
            child=child,
            review=review,
            old=(recorded_text, participation.CODE_LABELS.get(recorded_text, recorded_text)),
            new=(code, participation.CODE_LABELS[code]),
            answers={
                "code": code,
                "mode": mode,
                "chaired": str(form.get("chaired", "")),
                "spoke": str(form.get("spoke", "")),
            },
        )
    raise web.HTTPSeeOther(f"{back}?done={code}")


async def mark_held(
    request: web.Request, browser: Browser, member: StaffMember
) -> web.StreamResponse:
    """Mark the review held (the same step as the bot's /held)."""
    services = staff_context(request).services
    child, review = await _review_of(request, member)
    await after_review.mark_held(services, member, review.id)
    raise web.HTTPSeeOther(f"/staff/children/{child.child_ref}/reviews/{review.id}?done=held")
