"""``hearme views`` and ``hearme report``: what staff read, as files. Every run is audit-logged."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

import click

from bot.cli.common import (
    check_output,
    council_settings,
    force_option,
    open_database,
    write_private,
)
from bot.staff import access
from bot.staff.reports import deliver_report, mark_views_delivered
from reports import collect
from reports.periods import current_year
from reports.render import FORMATS, render_views_html, views_text
from reports.views import ANYONE_ELSE, Viewer, viewer_for
from storage import audit, children, staff
from storage.db import Database
from storage.errors import HearmeError

T = TypeVar("T")
ACTOR = "cli"
KINDS = ("participation", "satisfaction", "feedback", "timeliness")
# Reports made from reviews alone: no children's words, so no key needed (except for --exact).
_FROM_REVIEWS = ("participation", "timeliness")


def _today() -> date:
    # The council's calendar day, not the server's: a review "tomorrow" means tomorrow in England.
    return datetime.now(council_settings().zone).date()


def _run(work: Awaitable[T]) -> T:
    async def friendly() -> T:
        try:
            return await work
        except (HearmeError, ValueError) as error:
            raise click.ClickException(str(error)) from error

    return asyncio.run(friendly())


async def _viewer(db: Database, child_ref: str, reader: str | None) -> Viewer:
    """What the page may show for ``--for STAFF_REF`` (nobody named: the shareable version)."""
    if reader is None:
        return ANYONE_ELSE
    member = await staff.get_staff_by_ref(db.reader, reader)
    if member is None:
        raise click.BadParameter(
            f"no member of staff with reference {reader!r}", param_hint="--for"
        )
    child = await children.get_child_by_ref(db.reader, child_ref)
    childs_iro = child is not None and access.is_childs_iro(member, child)
    if member.role in ("iro", "participation") and not childs_iro:
        raise click.BadParameter(
            f"{reader} is not {child_ref}'s IRO, so cannot be given their views",
            param_hint="--for",
        )
    return viewer_for(member.role, childs_iro=childs_iro, staff_id=member.id)


async def _views(child_ref: str, out: Path | None, reader: str | None, force: bool) -> str:
    db = await open_database(need_key=True)
    try:
        today = _today()
        viewer = await _viewer(db, child_ref, reader)
        views = await collect.pre_meeting_views(
            db.reader, db.cipher, child_ref, today, viewer=viewer
        )
        if views is None:
            raise click.ClickException(f"no child with reference {child_ref!r}")
        page = None if out is None else render_views_html(views, today=today)
        if out is not None and page is not None:
            write_private(out, page.encode("utf-8"), force=force)
        async with db.transaction() as conn:
            # Only a page written for the child's IRO delivers every word of the run.
            marked = 0 if out is None else await mark_views_delivered(conn, views, viewer)
            await audit.record(
                conn,
                at=datetime.now(UTC),
                actor=ACTOR,
                action="views",
                child_id=views.child_id,
                detail={
                    "status": views.status,
                    "out": "file" if out else "terminal",
                    "for": reader,
                    "exported": marked,
                },
            )
        if out is None:
            return views_text(views)
        return f"Wrote the views for {child_ref} to {out}"
    finally:
        await db.close()


async def _report(
    kind: str, start: date, end: date, fmt: str, exact: bool, out: Path | None, force: bool
) -> None:
    # Quotes need the key to read children's words; --exact needs it too, as only admins
    # (who hold the key) may see unsuppressed figures.
    db = await open_database(need_key=kind not in _FROM_REVIEWS or exact)

    async def deliver(data: bytes) -> None:
        if out is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            write_private(out, data, force=force)

    try:
        await deliver_report(
            db,
            kind,
            start,
            end,
            fmt=fmt,
            exact=exact,
            actor=ACTOR,
            now=datetime.now(UTC),
            deliver=deliver,
        )
    finally:
        await db.close()


@click.command("views")
@click.argument("child_ref")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the printable HTML page here (otherwise a short summary is printed).",
)
@click.option(
    "--for",
    "reader",
    metavar="STAFF_REF",
    help="Who the page is for. The child's IRO gets alert words and the notes the child kept "
    "just for them; duty staff get alert words; otherwise neither is shown.",
)
@force_option
def views_command(child_ref: str, out: Path | None, reader: str | None, force: bool) -> None:
    """Pre-meeting views for CHILD_REF's next review.

    A page written with --out for the child's own IRO (--for) delivers the child's My Review
    words to staff: the run is marked as exported and `hearme purge` may later remove them.
    """
    if out is not None:
        check_output(out, force=force)  # before any work, so nothing is read for nothing
    click.echo(_run(_views(child_ref, out, reader, force)))


@click.command("report")
@click.argument("kind", type=click.Choice(KINDS))
@click.option(
    "--from",
    "start",
    type=click.DateTime(["%Y-%m-%d"]),
    help="First day (YYYY-MM-DD). Default: 1 April of this year, or two years "
    "earlier for participation and timeliness so years sit side by side.",
)
@click.option(
    "--to",
    "end",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Last day (YYYY-MM-DD). Default: 31 March ending this April–March year.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="html", show_default=True)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report here (needed for xlsx; otherwise printed).",
)
@click.option(
    "--exact",
    is_flag=True,
    help="Admins only: unsuppressed figures for internal use (audit-logged).",
)
@force_option
def report_command(
    kind: str,
    start: datetime | None,
    end: datetime | None,
    fmt: str,
    out: Path | None,
    exact: bool,
    force: bool,
) -> None:
    """Participation (PN0–PN7), satisfaction (Tell Us More), feedback (After my review) or
    timeliness (reviews held on time; --exact also lists the late ones for admins).

    Writing a satisfaction or feedback report marks the runs it covers as exported, so
    `hearme purge` may later remove their written words (the choices stay for the figures).
    """
    year = current_year(_today())
    last = end.date() if end else year.end
    if start is not None:
        first = start.date()
    elif kind in _FROM_REVIEWS:
        first = date(current_year(last).start.year - 2, 4, 1)
    else:
        first = current_year(last).start
    if last < first:
        raise click.BadParameter("--to is before --from", param_hint="--to")
    if fmt == "xlsx" and out is None:
        raise click.UsageError("an XLSX workbook needs --out FILE.xlsx")
    if out is not None:
        check_output(out, force=force)
    _run(_report(kind, first, last, fmt, exact, out, force))
    if out is not None:
        click.echo(f"Wrote the {kind} report ({fmt}) to {out}", err=True)


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    group.add_command(views_command)
    group.add_command(report_command)
