"""Signing in without single sign-on: a link e-mailed to the address in the staff import,
working once and for 15 minutes. Opening the link shows a button; only pressing it (a POST with
the session's CSRF token) signs in, so a mail scanner that follows links spends nothing.
"""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiohttp import web

from bot.services import Services
from bot.staffapp import mail, pages, sessions, totp
from bot.staffapp.context import staff_context
from storage import audit, staff_sessions
from storage.staff import get_staff, get_staff_by_ref

log = logging.getLogger(__name__)
LINK_VALID_FOR = timedelta(minutes=15)
SENT = (
    "If hearme knows that address, a sign-in link is on its way to it. The link works once, "
    "for 15 minutes."
)


async def issue_link(services: Services, staff_id: int, *, now: datetime) -> str:
    """A new single-use sign-in link for a member of staff (the address is shown only now)."""
    token = sessions.new_token()
    async with services.db.transaction() as conn:
        await staff_sessions.create_sign_in_link(
            conn,
            staff_id,
            token_hash=sessions.token_hash(token),
            now=now,
            expires=now + LINK_VALID_FOR,
        )
    return f"{services.settings.public_url.rstrip('/')}/staff/sign-in/link/{token}"


async def ask_for_link(request: web.Request) -> web.StreamResponse:
    """E-mail a sign-in link to a known address; the answer is the same for any address."""
    context = staff_context(request)
    services = context.services
    form = await request.post()
    email = str(form.get("email", "")).strip()
    # Counted whether or not the address is known, so the limit confirms nothing.
    if not await context.sign_in_allowed(request, "email") or not await context.throttle.by_account(
        "email", email
    ):
        return context.throttle.refusal()
    member = await staff_sessions.staff_by_email(services.db.reader, email) if email else None
    if member is not None and services.settings.staff_email.configured:
        link = await issue_link(services, member.id, now=services.clock())
        body = (
            f"Use this link to sign in to hearme for staff. It works once, for 15 minutes:\n"
            f"{link}\n\nIf you did not ask for it, you can ignore this e-mail."
        )
        try:
            await mail.send(services.settings.staff_email, email, "hearme: your sign-in link", body)
        except Exception as error:  # the same answer either way: no address is confirmed
            log.error("sign-in link to staff id=%s failed: %s", member.id, type(error).__name__)
    return pages.message("Check your e-mail", SENT)


async def open_link(request: web.Request) -> web.StreamResponse:
    """The page the e-mailed link opens: one button that signs in."""
    context = staff_context(request)
    browser = await sessions.current(request)
    token = browser.token if browser is not None else None
    if token is None:
        token, _ = await sessions.start_anonymous(context)
    response = pages.page(
        "link.html",
        member=None,
        csrf=sessions.csrf_for(token),
        code=request.match_info["code"],
    )
    if browser is None:
        sessions.set_cookie(response, token, context)
    return response


async def use_link(request: web.Request) -> web.StreamResponse:
    """Spend the link and sign in (a new session token), or say the link is no good."""
    context = staff_context(request)
    services = context.services
    browser = await sessions.current(request)
    form = await request.post()
    code = str(form.get("code", ""))
    now = services.clock()
    assert browser is not None  # the CSRF check found the session
    if not await context.sign_in_allowed(request, "link"):
        return context.throttle.refusal()
    async with services.db.transaction() as conn:
        staff_id = await staff_sessions.use_sign_in_link(conn, sessions.token_hash(code), now=now)
        member = None if staff_id is None else await get_staff(conn, staff_id)
        if member is not None and not await context.throttle.by_account("link", str(member.id)):
            return context.throttle.refusal()
        secret = (
            None
            if member is None
            else await staff_sessions.totp_secret_of(conn, services.db.cipher, member.id)
        )
        # A wrong code has spent the link too: guessing codes needs a new e-mail each time.
        wrong_code = secret is not None and not totp.code_ok(
            secret, str(form.get("totp", "")), now=now
        )
        if member is None or not member.active or wrong_code:
            return pages.message(
                "That link does not work",
                "Sign-in links work once and for 15 minutes, and need your authenticator app's "
                "code if you set one up. Ask for a new link.",
                status=403,
            )
        token = sessions.new_token()
        await staff_sessions.sign_in(
            conn,
            browser.session.id,
            staff_id=member.id,
            token_hash=sessions.token_hash(token),
            now=now,
        )
        await audit.record(
            conn,
            at=now,
            actor=f"staff:{member.staff_ref}",
            action="staff.sign_in",
            detail={"by": "e-mail link"},
        )
    response = web.HTTPSeeOther("/staff/")
    sessions.set_cookie(response, token, context)
    return response


DEMO_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hearme for staff: demo sign-in</title></head>
<body>
<h1>The staff web app, signed in as {name} ({role})</h1>
<p>Serve the demo's database, without Telegram, from this folder's parent:</p>
<pre>HEARME_DB={db} HEARME_DATA_KEY={key} \\
HEARME_STAFF_EMAIL__HOST=127.0.0.1 HEARME_STAFF_EMAIL__FROM_ADDRESS=hearme@demo.invalid \\
hearme run</pre>
<p>Then open this sign-in link in a browser (it works once, until {until} UTC; run
<code>make demo</code> again for a new one):</p>
<p><code>{link}</code></p>
<p>The demo has no mail server: e-mails to staff fail and are logged, which is harmless here.</p>
</body></html>
"""


async def write_demo_link(services: Services, folder: Path, *, staff_ref: str) -> Path | None:
    """Write ``staff-app.html``: how to serve the demo and a one-time sign-in link for
    ``staff_ref`` (made on the real clock, as ``hearme run`` checks it on the real clock)."""
    member = await get_staff_by_ref(services.db.reader, staff_ref)
    if member is None:
        return None
    now = datetime.now(UTC)
    link = await issue_link(services, member.id, now=now)
    data = folder / "data"
    page = DEMO_PAGE.format(
        name=html.escape(member.name),
        role=member.role,
        db=data / "hearme-demo.db",
        key=data / "hearme-demo.key",
        until=(now + LINK_VALID_FOR).strftime("%H:%M"),
        link=html.escape(link),
    )
    path = folder / "staff-app.html"
    path.write_text(page, encoding="utf-8")
    return path
