"""One-time codes from an authenticator app (TOTP, RFC 6238, via pyotp) for councils without
single sign-on: once set up, an e-mailed sign-in link also needs the app's current code, so a
link read from someone's mailbox is not enough on its own.
"""

from __future__ import annotations

from datetime import datetime

import pyotp
from aiohttp import web

from bot.staffapp import pages
from bot.staffapp.context import staff_context
from bot.staffapp.sessions import Browser
from storage import audit, staff_sessions
from storage.staff import StaffMember

ISSUER = "hearme"


def code_ok(secret: str, code: str, *, now: datetime) -> bool:
    """Whether ``code`` is the app's code now (one step either side, for clock drift)."""
    digits = code.strip().replace(" ", "")
    return digits.isdigit() and pyotp.TOTP(secret).verify(digits, for_time=now, valid_window=1)


def _setup_page(
    browser: Browser, member: StaffMember, secret: str, problem: str | None
) -> web.Response:
    uri = pyotp.TOTP(secret).provisioning_uri(name=member.staff_ref, issuer_name=ISSUER)
    return pages.page(
        "totp.html",
        member=member,
        csrf=browser.csrf,
        secret=secret,
        qr=pages.qr_image(uri),
        problem=problem,
        done=False,
    )


async def setup(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """Show a new secret (as a QR code and as text) to add to an authenticator app."""
    return _setup_page(browser, member, pyotp.random_base32(), None)


async def confirm(request: web.Request, browser: Browser, member: StaffMember) -> web.Response:
    """Keep the secret once the app's first code proves it was added."""
    context = staff_context(request)
    services = context.services
    if not await context.sign_in_allowed(request, "totp") or not await context.throttle.by_account(
        "totp", str(member.id)
    ):
        return context.throttle.refusal()
    form = await request.post()
    secret, code = str(form.get("secret", "")), str(form.get("code", ""))
    now = services.clock()
    try:
        valid = len(secret) >= 16 and code_ok(secret, code, now=now)
    except (ValueError, TypeError):  # a tampered secret that is not base32
        valid = False
    if not valid:
        return _setup_page(
            browser,
            member,
            secret or pyotp.random_base32(),
            "That code did not match: try the app's newest code.",
        )
    async with services.db.transaction() as conn:
        await staff_sessions.set_totp_secret(conn, services.db.cipher, member.id, secret)
        await audit.record(conn, at=now, actor=f"staff:{member.staff_ref}", action="staff.totp_set")
    return pages.page(
        "totp.html", member=member, csrf=browser.csrf, secret="", qr="", problem=None, done=True
    )
