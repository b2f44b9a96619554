"""Signing in and out: the sign-in page, the trip to the identity provider and back."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.staffapp import oidc, pages, sessions
from bot.staffapp.context import staff_context
from storage import audit, staff_sessions

log = logging.getLogger(__name__)


async def sign_in_page(request: web.Request) -> web.StreamResponse:
    """The sign-in page (signed-in staff go straight to their start page)."""
    browser = await sessions.current(request)
    if browser is not None and browser.member is not None:
        raise web.HTTPSeeOther("/staff/")
    context = staff_context(request)
    by_email = context.services.settings.staff_email.configured
    token = browser.token if browser is not None else None
    if token is None and by_email:
        # The e-mail form is a POST, so it needs a session for its CSRF token.
        token, _ = await sessions.start_anonymous(context)
    response = pages.page(
        "sign_in.html",
        member=None,
        csrf="" if token is None else sessions.csrf_for(token),
        oidc=context.oidc_configured,
        by_email=by_email,
    )
    if browser is None and token is not None:
        sessions.set_cookie(response, token, context)
    return response


async def start_oidc(request: web.Request) -> web.StreamResponse:
    """Send the browser to the identity provider with a fresh state, nonce and PKCE challenge."""
    context = staff_context(request)
    if not context.oidc_configured:
        raise web.HTTPNotFound()
    try:
        provider = await context.provider()
    except (oidc.SignInError, OSError, KeyError, ValueError) as error:
        log.error("identity provider unreachable: %s", type(error).__name__)
        return pages.message(
            "Sign-in is not available",
            "The council's sign-in service cannot be reached. Try again in a few minutes; if it "
            "goes on, tell your hearme admin.",
            status=503,
        )
    pending, address = oidc.start(provider)
    token, _ = await sessions.start_anonymous(context, pending.as_dict())
    response = web.HTTPSeeOther(address)
    sessions.set_cookie(response, token, context)
    return response


async def oidc_callback(request: web.Request) -> web.StreamResponse:
    """The provider sends the browser back: check state, trade the code, match the e-mail."""
    context = staff_context(request)
    services = context.services
    if not await context.sign_in_allowed(request, "oidc"):
        return context.throttle.refusal()
    browser = await sessions.current(request)
    pending = None
    if browser is not None and browser.session.pending is not None:
        pending = oidc.Pending.from_dict(browser.session.pending)
    state = request.query.get("state", "")
    code = request.query.get("code", "")
    if browser is None or pending is None or not code or state != pending.state:
        return _refused("The sign-in took too long or was started elsewhere. Please sign in again.")
    now = services.clock()
    if now - browser.session.created_at > context.limits.sign_in_within:
        return _refused("The sign-in took too long. Please sign in again.")
    try:
        email = await oidc.exchange(await context.provider(), code, pending)
    except oidc.SignInError as error:
        log.warning("staff sign-in refused: %s", error)
        return _refused("The council's sign-in service did not confirm who you are. Try again.")
    if not await context.throttle.by_account("oidc", email):
        return context.throttle.refusal()
    async with services.db.transaction() as conn:
        await staff_sessions.set_pending(conn, browser.session.id, None)
        member = await staff_sessions.staff_by_email(conn, email)
        if member is None:
            await audit.record(conn, at=now, actor="staff:unknown", action="staff.sign_in_refused")
        else:
            token = sessions.new_token()
            await staff_sessions.sign_in(
                conn,
                browser.session.id,
                staff_id=member.id,
                token_hash=sessions.token_hash(token),
                now=now,
            )
            await audit.record(
                conn, at=now, actor=f"staff:{member.staff_ref}", action="staff.sign_in"
            )
    if member is None:
        return _refused(
            "You signed in, but no member of staff in hearme has that e-mail address. Ask your "
            "hearme admin to add it in the email column of the staff import."
        )
    response = web.HTTPSeeOther("/staff/")
    sessions.set_cookie(response, token, context)
    return response


def _refused(text: str) -> web.Response:
    return pages.message("You are not signed in", text, status=403)


async def sign_out(request: web.Request) -> web.StreamResponse:
    """End the session (CSRF-checked like every POST)."""
    context = staff_context(request)
    browser = await sessions.current(request)
    if browser is not None:
        now = context.services.clock()
        async with context.services.db.transaction() as conn:
            await staff_sessions.end_session(conn, browser.session.id, now=now)
    response = web.HTTPSeeOther("/staff/sign-in")
    sessions.clear_cookie(response, context)
    return response
