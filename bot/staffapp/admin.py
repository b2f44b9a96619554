"""Admin pages: upload the staff, children and reviews lists; invites; leavers; erasure requests.

Invites come in both kinds: a printable card with the child's private web link and its QR code,
and a Telegram link (``t.me/<bot>?start=<code>``, with its QR code) for a child, the adult
helping them or a member of staff, offered only once the council has set the bot's username.

Uploads go through the same checks as ``hearme import`` (:mod:`storage.imports`), and problems
are shown the same way (file, row as the spreadsheet shows it, column). Like the command
without ``--skip-bad``, a file with any problem imports nothing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import Any

import aiosqlite
from aiohttp import web

from bot.channels.telegram.chat import deep_link
from bot.channels.web.links import WebLinkError, create_web_link
from bot.services import Services
from bot.staff import access as policy
from bot.staff import invites as staff_invites
from bot.staffapp import pages
from bot.staffapp.context import staff_context
from bot.staffapp.sessions import Browser
from storage import audit, children, imports, rights, staff
from storage.sheets import ImportFileError
from storage.staff import StaffMember

_COLUMNS = {
    "staff": imports.STAFF_COLUMNS,
    "children": imports.CHILD_COLUMNS,
    "reviews": imports.REVIEW_COLUMNS,
}


@dataclass(frozen=True)
class Imported:
    """What an upload did: rows written, or the problems that stopped it."""

    rows: int
    changed: int
    problems: tuple[str, ...]


def _admin(member: StaffMember) -> None:
    if not policy.may_administer(member):
        raise web.HTTPNotFound(text="This page is for hearme admins.")


def _actor(member: StaffMember) -> str:
    return f"staff:{member.staff_ref}"


Check = Callable[[imports.Sheet], Awaitable[imports.Checked[Any]]]
Write = Callable[[aiosqlite.Connection, Sequence[Any]], Awaitable[int]]


async def _steps(services: Services, kind: str, seen: imports.Seen) -> tuple[Check, Write]:
    db, now = services.db, services.clock()
    today = now.astimezone(services.settings.zone).date()
    if kind == "staff":
        leavers = await staff.leavers_by_ref(db.reader)

        async def check_staff(sheet: imports.Sheet) -> imports.Checked[Any]:
            return imports.check_staff(sheet, leavers=leavers, seen=seen)

        async def write_staff(conn: aiosqlite.Connection, records: Sequence[Any]) -> int:
            return await imports.write_staff(conn, records, now=now)

        return check_staff, write_staff
    if kind == "children":
        known = await staff.roles_by_ref(db.reader)

        async def check_children(sheet: imports.Sheet) -> imports.Checked[Any]:
            refs = (values.get("child_ref", "") for _, values in sheet.rows)
            erased = await children.erasures_among(db.reader, db.cipher, refs)
            return imports.check_children(
                sheet, staff_by_ref=known, today=today, erased=erased, seen=seen
            )

        async def write_children(conn: aiosqlite.Connection, records: Sequence[Any]) -> int:
            return await imports.write_children(conn, records, now=now)

        return check_children, write_children
    born = await children.birth_dates_by_ref(db.reader)

    async def check_reviews(sheet: imports.Sheet) -> imports.Checked[Any]:
        refs = (values.get("child_ref", "") for _, values in sheet.rows)
        erased = await children.erasures_among(db.reader, db.cipher, refs)
        return imports.check_reviews(sheet, children_by_ref=born, erased=erased, seen=seen)

    async def write_reviews(conn: aiosqlite.Connection, records: Sequence[Any]) -> int:
        return await imports.write_reviews(conn, records)

    return check_reviews, write_reviews


async def import_file(services: Services, kind: str, path: Path, *, actor: str) -> Imported:
    """Check the whole file, then write it in one transaction, or write nothing."""
    try:
        with imports.SheetReader(path, _COLUMNS[kind]) as reader, imports.SeenKeys() as seen:
            check, write = await _steps(services, kind, seen)
            rows = list(reader.sheet.rows)
            sheet = imports.Sheet(reader.sheet.name, reader.sheet.columns, rows)
            checked = await check(sheet)
    except ImportFileError as error:
        return Imported(0, 0, (str(error),))
    if checked.problems:
        return Imported(0, 0, tuple(p.describe(path.name) for p in checked.problems))
    async with services.db.transaction() as conn:
        changed = await write(conn, checked.records)
        await audit.record(
            conn,
            at=services.clock(),
            actor=actor,
            action=f"import.{kind}",
            detail={"rows": len(checked.records), "changed": changed, "via": "staff_app"},
        )
    return Imported(len(checked.records), changed, ())


async def admin_page(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """Uploads, invites, leavers and the erasure requests waiting."""
    _admin(member)
    services = staff_context(request).services
    everyone = await staff.all_staff(services.db.reader)
    waiting = [
        child
        for child in await children.active_children(services.db.reader)
        if child.erasure_requested_at is not None
    ]
    return _page(services, browser, member, everyone, waiting)


def _page(
    services: Services,
    browser: Browser,
    member: StaffMember,
    everyone: Sequence[StaffMember],
    waiting: Sequence[Any],
    **more: Any,
) -> web.Response:
    values: dict[str, Any] = {"result": None, "card": None, "notice": None}
    values["telegram_bot"] = staff_invites.named_bot(services.settings)
    values.update(more)
    return pages.page(
        "admin.html",
        member=member,
        csrf=browser.csrf,
        kinds=list(_COLUMNS),
        everyone=everyone,
        waiting=waiting,
        **values,
    )


async def upload(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """Import an uploaded CSV (staff, children or reviews)."""
    _admin(member)
    services = staff_context(request).services
    form = await request.post()
    kind, upload_field = str(form.get("kind", "")), form.get("file")
    if kind not in _COLUMNS or not isinstance(upload_field, web.FileField):
        return pages.message(
            "Nothing was imported", "Choose which list and a CSV file.", status=400, member=member
        )
    name = PurePath(upload_field.filename or f"{kind}.csv").name or f"{kind}.csv"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        with upload_field.file as uploaded:  # aiohttp's temporary copy, gone once closed
            path.write_bytes(uploaded.read())
        result = await import_file(services, kind, path, actor=_actor(member))
    everyone = await staff.all_staff(services.db.reader)
    return _page(services, browser, member, everyone, [], result=result, notice=f"{name} ({kind})")


async def web_card(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """A private web link for a child, with its QR code, to print on a card."""
    _admin(member)
    services = staff_context(request).services
    form = await request.post()
    ref = str(form.get("child_ref", "")).strip()
    try:
        url, png = await create_web_link(services, ref, now=services.clock())
    except WebLinkError as error:
        return pages.message("No card was made", str(error), status=400, member=member)
    async with services.db.transaction() as conn:
        child = await children.get_child_by_ref(conn, ref)
        await audit.record(
            conn,
            at=services.clock(),
            actor=_actor(member),
            action="invite.web",
            child_id=None if child is None else child.id,
        )
    notes = ("Print this card and give it to the child in person. The link is shown only now.",)
    return _card(
        browser, member, ref, f"A private link for {ref}", url, pages.png_image(png), notes
    )


async def telegram_invite(
    request: web.Request, browser: Browser, member: StaffMember
) -> web.Response:
    """A single-use Telegram link (and its QR code) for a child's chat or a member of staff's."""
    _admin(member)
    services = staff_context(request).services
    settings = services.settings
    username = staff_invites.named_bot(settings)
    if username is None:
        return pages.message(
            "No Telegram link was made",
            "Telegram links need the bot's username: set bot_username in hearme.toml (or "
            "HEARME_BOT_USERNAME), restart hearme, then try again.",
            status=400,
            member=member,
        )
    form = await request.post()
    kind, ref = str(form.get("for", "")), str(form.get("ref", "")).strip()
    now = services.clock()
    valid = f"Single use, valid for {settings.invite_days} days."
    try:
        if kind == "staff":
            code, invited = await staff_invites.invite_staff(
                services.db, settings, ref, now=now, actor=_actor(member)
            )
            notes = (f"Staff invite for {invited.name} ({invited.role}).", valid)
        else:
            invite = await staff_invites.invite_child(
                services.db,
                settings,
                ref,
                assisted=form.get("assisted") == "yes",
                now=now,
                actor=_actor(member),
            )
            code, notes = invite.code, (staff_invites.note_for(ref, invite), valid)
    except staff_invites.InviteError as error:
        return pages.message("No Telegram link was made", str(error), status=400, member=member)
    url = deep_link(username, code)
    return _card(
        browser, member, ref, f"A Telegram link for {ref}", url, pages.qr_image(url), notes
    )


def _card(
    browser: Browser,
    member: StaffMember,
    ref: str,
    title: str,
    url: str,
    qr: str,
    notes: Sequence[str],
) -> web.Response:
    """A printable invite: the link under its QR code (shown only now)."""
    return pages.page(
        "card.html",
        member=member,
        csrf=browser.csrf,
        url=url,
        qr=qr,
        ref=ref,
        title=title,
        notes=notes,
    )


async def leave(request: web.Request, browser: Browser, member: StaffMember) -> web.StreamResponse:
    """Mark a member of staff as having left (as ``hearme staff leave``)."""
    _admin(member)
    services = staff_context(request).services
    ref = request.match_info["ref"]
    now = services.clock()
    async with services.db.transaction() as conn:
        leaver = await staff.get_staff_by_ref(conn, ref)
        if leaver is None:
            raise web.HTTPNotFound(text="No member of staff with that reference.")
        if leaver.active:
            ended = await staff.set_active(conn, leaver.id, False, now=now)
            await audit.record(
                conn,
                at=now,
                actor=_actor(member),
                action="staff.leave",
                detail={"staff_ref": ref, "invites_ended": ended},
            )
    raise web.HTTPSeeOther("/staff/admin")


async def erase(request: web.Request, browser: Browser, member: StaffMember) -> web.StreamResponse:
    """Carry out a child's erasure request (as ``hearme child erase``)."""
    _admin(member)
    services = staff_context(request).services
    form = await request.post()
    child = await children.get_child_by_ref(services.db.reader, request.match_info["ref"])
    if child is None or child.erasure_requested_at is None or form.get("confirm") != "yes":
        raise web.HTTPNotFound(text="No erasure request for that reference.")
    now: datetime = services.clock()
    async with services.db.transaction() as conn:
        await rights.erase_child(conn, services.db.cipher, child.id, now=now, actor=_actor(member))
    await services.db.compact()
    raise web.HTTPSeeOther("/staff/admin")
