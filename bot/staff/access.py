"""The one access policy for staff, whatever the channel: Telegram commands and buttons, the
staff web app, ``hearme views --for``.

Pure: it decides from the member of staff and the facts of the child or alert, and never reads
the database itself. Every channel asks here; none decides on its own.

* An IRO sees only the children they are IRO for; admins see every child's views but never a
  disclosure's words nor what a child kept "just for my IRO"; duty workers and participation
  officers see no child's page. A child who is not the reader's gets the same answer as a child
  who does not exist (:data:`NOT_YOURS`).
* An alert is read by the child's IRO and every duty worker with the child's words, by admins
  without them, and never by the member of staff it is about (``alerts.about_staff_id``), nor
  by the IRO when it was raised in a survey about the IRO.
* Reports: participation officers and admins; exact (unsuppressed) figures for admins only.
"""

from __future__ import annotations

from dataclasses import dataclass

from reports.views import Viewer, viewer_for
from storage.children import Child
from storage.staff import StaffMember

NOT_YOURS = "No child with that reference among your children."


def actor(member: StaffMember) -> str:
    """How the audit log names this member of staff."""
    return f"staff:{member.staff_ref}"


REPORT_ROLES = frozenset({"participation", "admin"})


def is_childs_iro(member: StaffMember, child: Child) -> bool:
    """Whether ``member`` is the IRO of ``child``."""
    return member.active and member.role == "iro" and child.iro_id == member.id


def may_see(member: StaffMember, child: Child) -> bool:
    """Whether this member of staff may see this child's name, reviews and views."""
    if not member.active or child.status == "erased":
        return False
    return member.role == "admin" or is_childs_iro(member, child)


def viewer_of(member: StaffMember, child: Child) -> Viewer:
    """What this member of staff may read in the child's views.

    Admins see the views but never a disclosure's words (safeguarding) nor the notes the child
    kept just for their IRO (the child's own choice).
    """
    return viewer_for(member.role, childs_iro=is_childs_iro(member, child), staff_id=member.id)


@dataclass(frozen=True)
class AlertAccess:
    """What a member of staff may do with one alert."""

    sees: bool
    excerpt: bool
    may_acknowledge: bool


NO_ACCESS = AlertAccess(sees=False, excerpt=False, may_acknowledge=False)


def alert_access(
    member: StaffMember,
    *,
    childs_iro_id: int | None,
    about_staff_id: int | None,
    about_iro: bool,
) -> AlertAccess:
    """What ``member`` may do with an alert on a child whose IRO is ``childs_iro_id``.

    Args:
        member: who asks.
        childs_iro_id: the child's IRO now.
        about_staff_id: the member of staff the alert is about, if any.
        about_iro: the alert was raised in a survey about the child's IRO.
    """
    if not member.active or member.id == about_staff_id:
        return NO_ACCESS
    if member.role == "duty":
        return AlertAccess(sees=True, excerpt=True, may_acknowledge=True)
    if member.role == "admin":
        return AlertAccess(sees=True, excerpt=False, may_acknowledge=True)
    if member.role == "iro" and member.id == childs_iro_id and not about_iro:
        return AlertAccess(sees=True, excerpt=True, may_acknowledge=True)
    return NO_ACCESS


def may_read_reports(member: StaffMember) -> bool:
    """Anonymised reports: participation officers and admins."""
    return member.active and member.role in REPORT_ROLES


def may_see_exact(member: StaffMember) -> bool:
    """Unsuppressed counts stay inside the IRO service's management: admins only."""
    return member.active and member.role == "admin"


def may_administer(member: StaffMember) -> bool:
    """Imports, invites, leavers and erasure requests."""
    return member.active and member.role == "admin"
