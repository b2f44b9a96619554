"""Telegram invites: a single-use ``t.me/<bot>?start=<code>`` link for a child, the adult
helping them, or a member of staff. ``hearme invite`` / ``hearme invite-staff`` and the staff
app's admin page both make them here, so the rules (who gets an assisted invite, how long it
lasts, the audit line) are written once.

Telegram's terms put its users in the UK at 16 or over, so a child under 16 always gets an
``assisted`` invite, for the adult helping them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.settings import Settings
from storage import audit, children, invites
from storage import staff as staff_store
from storage.db import Database
from storage.errors import HearmeError
from storage.staff import StaffMember
from surveys.bands import age_on

OWN_CHAT_MIN_AGE = 16
# The username shipped in the settings: a link made with it would open somebody else's bot.
PLACEHOLDER_USERNAME = str(Settings.model_fields["bot_username"].default)


class InviteError(HearmeError):
    """No invite can be made; the message says why and what to do."""


@dataclass(frozen=True)
class ChildInvite:
    """A new invite for a child's Telegram chat (``kind`` child or assisted)."""

    code: str
    kind: str
    age: int


def named_bot(settings: Settings) -> str | None:
    """The bot's @username as the council set it (``bot_username``), None while it is still
    the shipped placeholder: without it no Telegram link can be made."""
    username = settings.bot_username.strip().lstrip("@")
    return None if not username or username == PLACEHOLDER_USERNAME else username


def note_for(child_ref: str, invite: ChildInvite) -> str:
    """What the person handing the link over needs to know about it."""
    if invite.kind == "assisted":
        why = (
            f"{child_ref} is {invite.age}: Telegram is for 16s and over, so "
            if invite.age < OWN_CHAT_MIN_AGE
            else ""
        )
        return (
            f"Assisted invite: {why}this link is for the adult helping them (carer, advocate "
            "or IRO); the chat will show that an adult is helping."
        )
    return f"Invite for {child_ref} to use in their own Telegram chat."


async def invite_child(
    db: Database,
    settings: Settings,
    child_ref: str,
    *,
    assisted: bool,
    now: datetime,
    actor: str,
) -> ChildInvite:
    """Make a single-use invite for a child's chat, valid ``settings.invite_days``; audited.

    Raises:
        InviteError: no such child (or erased, or without a date of birth).
    """
    async with db.transaction() as conn:
        child = await children.get_child_by_ref(conn, child_ref)
        if child is None or child.status == "erased" or child.date_of_birth is None:
            raise InviteError(f"no child {child_ref!r}: import them first")
        age = age_on(child.date_of_birth, now.astimezone(settings.zone).date())
        kind = "assisted" if assisted or age < OWN_CHAT_MIN_AGE else "child"
        code = await invites.create_invite(
            conn, kind=kind, child_id=child.id, now=now, days=settings.invite_days
        )
        await audit.record(
            conn,
            at=now,
            actor=actor,
            action="invite.create",
            child_id=child.id,
            detail={"kind": kind},
        )
    return ChildInvite(code, kind, age)


async def invite_staff(
    db: Database, settings: Settings, staff_ref: str, *, now: datetime, actor: str
) -> tuple[str, StaffMember]:
    """Make a single-use invite for a member of staff's chat; the code and who it is for.

    Raises:
        InviteError: no active member of staff with that reference.
    """
    async with db.transaction() as conn:
        member = await staff_store.get_staff_by_ref(conn, staff_ref)
        if member is None or not member.active:
            raise InviteError(f"no active member of staff {staff_ref!r}")
        code = await invites.create_invite(
            conn, kind="staff", staff_id=member.id, now=now, days=settings.invite_days
        )
        await audit.record(
            conn, at=now, actor=actor, action="invite.staff", detail={"staff": staff_ref}
        )
    return code, member
