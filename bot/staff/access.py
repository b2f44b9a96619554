"""The access policy: may this member of staff see this child, and what of their views?

Every channel staff use asks here (Telegram commands and buttons, ``hearme views --for``), so the
answer is the same everywhere. An IRO sees only their own children; admins see every child's
views but never a disclosure's words nor what a child kept "just for my IRO"; a child who is not
the reader's gets the same answer as a child who does not exist (:data:`NOT_YOURS`).
"""

from __future__ import annotations

from reports.views import Viewer, viewer_for
from storage.children import Child
from storage.staff import StaffMember

NOT_YOURS = "No child with that reference among your children."


def actor(member: StaffMember) -> str:
    """How the audit log names this member of staff."""
    return f"staff:{member.staff_ref}"


def may_see(member: StaffMember, child: Child) -> bool:
    """Whether this member of staff may see this child's name and views."""
    return member.role == "admin" or is_childs_iro(member, child)


def is_childs_iro(member: StaffMember, child: Child) -> bool:
    """Whether this member of staff is the child's own IRO."""
    return member.role == "iro" and child.iro_id == member.id


def viewer_of(member: StaffMember, child: Child) -> Viewer:
    """What this member of staff may read in the child's views.

    Admins see the views but never a disclosure's words (safeguarding) nor the notes the child
    kept just for their IRO (the child's own choice).
    """
    return viewer_for(member.role, childs_iro=is_childs_iro(member, child), staff_id=member.id)
