"""Private web links: one per printed card, for children who answer in a browser, not Telegram.

A link is ``<public_url>/c/<code>``; the code is a one-time invite of kind ``web`` (192 random
bits, only its sha256 stored). The first visit through it chooses the PIN or pictures; later
visits need them. A new link for the same child retires the older ones once it is first used.
"""

from __future__ import annotations

import io
import logging
from datetime import datetime

import segno

from bot.services import Services
from storage import audit, children, invites
from storage.errors import HearmeError
from surveys.bands import band_for

log = logging.getLogger(__name__)

LINK_PATH = "/c/"


class WebLinkError(HearmeError):
    """A link cannot be made for this child; the message says why and what to do."""


def link_url(public_url: str, code: str) -> str:
    """The address a child opens for ``code``."""
    return f"{public_url.rstrip('/')}{LINK_PATH}{code}"


def qr_png(url: str) -> bytes:
    """A QR code of ``url`` as PNG bytes, big enough to scan from a printed card."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


async def create_web_link(
    services: Services, child_ref: str, *, now: datetime
) -> tuple[str, bytes]:
    """Make a one-time private link for a child and a QR code of it for a printed card.

    Args:
        services: the running bot's shared services (database, settings).
        child_ref: the council's reference for the child.
        now: the moment of issue; the link expires ``settings.invite_days`` later if unused.

    Returns:
        ``(url, png)``: the private address (show it once; it is never stored) and its QR code.

    Raises:
        WebLinkError: no such child, the child has been erased or opted out, or is under 4.
    """
    async with services.db.transaction() as conn:
        child = await children.get_child_by_ref(conn, child_ref)
        if child is None or child.status == "erased":
            raise WebLinkError(
                f"no child with reference {child_ref!r}: check it, or import the child first "
                "with `hearme import children`"
            )
        if child.status == "opted_out":
            raise WebLinkError(
                f"child {child_ref} has asked hearme to stop: talk with them before sending a link"
            )
        if child.date_of_birth is not None:
            local_day = now.astimezone(services.settings.zone).date()
            if band_for(child.date_of_birth, local_day) == "under_4":
                raise WebLinkError(
                    f"child {child_ref} is under 4: hearme does not ask under-4s directly "
                    "(their reviews are coded PN0)"
                )
        code = await invites.create_invite(
            conn, kind="web", child_id=child.id, now=now, days=services.settings.invite_days
        )
        await audit.record(
            conn, at=now, actor="cli", action="invite.web", child_id=child.id, detail={}
        )
    log.info("web link created for child id %s", child.id)
    url = link_url(services.settings.public_url, code)
    return url, qr_png(url)
