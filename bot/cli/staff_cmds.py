"""``hearme staff``: who works with hearme, and marking someone who has left."""

from __future__ import annotations

from dataclasses import dataclass

import click

from bot.cli.common import ACTOR, run_async, utc_now, with_db
from storage import audit, children, staff
from storage.db import Database, StorageError


@click.group("staff")
def staff_group() -> None:
    """The staff hearme knows: list them, or mark someone who has left."""


@dataclass(frozen=True)
class Leaving:
    """What ``hearme staff leave`` did, for the message."""

    name: str
    already_left: bool
    chat_unbound: bool
    children_left_without_iro: tuple[str, ...]
    invites_ended: int = 0


@staff_group.command("leave")
@click.argument("staff_ref")
def leave_command(staff_ref: str) -> None:
    """Mark STAFF_REF as having left: no alerts or messages reach them any more.

    Their Telegram chat is unbound at once and their unused staff invites stop working.
    Children whose IRO they are keep them as IRO until the children file says otherwise: they
    are listed, and each needs a new IRO through `hearme import children`. A later staff
    import does not bring them back unless its row has an active column set to yes.
    """

    async def work(db: Database) -> Leaving:
        now = utc_now()
        async with db.transaction() as conn:
            member = await staff.get_staff_by_ref(conn, staff_ref)
            if member is None:
                raise StorageError(f"no member of staff with reference {staff_ref}")
            caseload = await children.children_of_iro(conn, member.id)
            ended = 0
            if member.active:
                ended = await staff.set_active(conn, member.id, False, now=now)
                await audit.record(
                    conn,
                    at=now,
                    actor=ACTOR,
                    action="staff.leave",
                    detail={
                        "staff_ref": staff_ref,
                        "chat_unbound": member.chat_id is not None,
                        "children": len(caseload),
                        "invites_ended": ended,
                    },
                )
        return Leaving(
            member.name,
            not member.active,
            member.chat_id is not None,
            tuple(child.child_ref for child in caseload),
            ended,
        )

    done = run_async(with_db(work, need_key=False))
    if done.already_left:
        click.echo(f"{staff_ref} ({done.name}) was already marked as having left.")
    else:
        unbound = "; their chat is unbound" if done.chat_unbound else ""
        click.echo(f"{staff_ref} ({done.name}) is marked as having left{unbound}.")
        click.echo("No alerts or messages from hearme reach them any more.")
        if done.invites_ended:
            click.echo(f"{done.invites_ended} unused staff invite(s) sent to them no longer work.")
    if done.children_left_without_iro:
        count = len(done.children_left_without_iro)
        click.echo(
            f"{staff_ref} is still the IRO of {count} child(ren): "
            f"{', '.join(done.children_left_without_iro)}. Each needs a new IRO: put their new "
            "iro_ref in the children file and run `hearme import children`."
        )


@staff_group.command("list")
def list_command() -> None:
    """Everyone hearme knows: reference, name, role, active, and whether a chat is bound."""

    async def work(db: Database) -> list[staff.StaffMember]:
        return await staff.all_staff(db.reader)

    members = run_async(with_db(work, need_key=False))
    if not members:
        click.echo("No staff yet: import them with `hearme import staff FILE.csv`.")
        return
    rows = [("staff_ref", "name", "role", "active", "chat bound")]
    rows += [
        (
            m.staff_ref,
            m.name,
            m.role,
            "yes" if m.active else f"no (left {m.left_at.date()})" if m.left_at else "no",
            "yes" if m.chat_id is not None else "no",
        )
        for m in members
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        click.echo("  ".join(cells).rstrip())


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    group.add_command(staff_group)
