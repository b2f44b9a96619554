"""Staff sessions: the cookie, timeouts, CSRF, and who is signed in.

The cookie holds a random token (only its sha256 is stored); HttpOnly, SameSite=Lax (the
identity provider sends the browser back with a top-level GET, which Strict would strip), and
over https Secure with the ``__Host-`` prefix. The token is replaced at sign-in. A session ends
after 30 idle minutes or 12 hours in all. Every POST carries the session's CSRF token.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from aiohttp import web

from bot.channels.web.security import CSRF_FIELD, csrf_for, csrf_ok, new_token, token_hash
from bot.staffapp.context import StaffContext, staff_context

__all__ = ["Browser", "csrf_for", "current", "new_token", "signed_in", "token_hash"]
from storage import staff_sessions
from storage.staff import StaffMember, get_staff
from storage.staff_sessions import StaffSession

_LONGEST_TOKEN = 100


@dataclass(frozen=True)
class Browser:
    """This request's session (signed in or not) and its token."""

    token: str
    session: StaffSession
    member: StaffMember | None

    @property
    def csrf(self) -> str:
        return csrf_for(self.token)


def expired(session: StaffSession, now: datetime, context: StaffContext) -> bool:
    """Idle too long, or signed in too long ago."""
    limits = context.limits
    return now - session.last_seen_at >= limits.idle or now - session.created_at >= limits.longest


async def current(request: web.Request) -> Browser | None:
    """The live session of this request's cookie (touched), or None; ends expired ones."""
    context = staff_context(request)
    token = request.cookies.get(context.cookie_name)
    if not token or len(token) > _LONGEST_TOKEN:
        return None
    services = context.services
    hashed = token_hash(token)
    seen = await staff_sessions.find_session(services.db.reader, hashed)
    if seen is None or seen.ended_at is not None:
        return None
    now = services.clock()
    async with services.db.transaction() as conn:
        session = await staff_sessions.find_session(conn, hashed)
        if session is None or session.ended_at is not None:
            return None
        if expired(session, now, context):
            await staff_sessions.end_session(conn, session.id, now=now)
            return None
        member = None
        if session.staff_id is not None:
            member = await get_staff(conn, session.staff_id)
            if member is None or not member.active:
                # A leaver's sessions end at their next request.
                await staff_sessions.end_session(conn, session.id, now=now)
                return None
        await staff_sessions.touch_session(conn, session.id, now=now)
    return Browser(token, session, member)


async def start_anonymous(
    context: StaffContext, pending: dict[str, str] | None = None
) -> tuple[str, int]:
    """A new session that is not signed in (it carries a sign-in under way); token and id."""
    token = new_token()
    async with context.services.db.transaction() as conn:
        session_id = await staff_sessions.create_session(
            conn, token_hash=token_hash(token), now=context.services.clock(), pending=pending
        )
    return token, session_id


def set_cookie(response: web.StreamResponse, token: str, context: StaffContext) -> None:
    """Give the browser its staff session cookie (gone when the browser closes)."""
    response.set_cookie(
        context.cookie_name,
        token,
        path="/",
        httponly=True,
        samesite="Lax",
        secure=context.secure_cookies,
    )


def clear_cookie(response: web.StreamResponse, context: StaffContext) -> None:
    response.del_cookie(
        context.cookie_name, path="/", httponly=True, samesite="Lax", secure=context.secure_cookies
    )


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def csrf_check(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse every POST that does not carry this session's CSRF token (403)."""
    if request.method == "POST":
        browser = await current(request)
        form = await request.post()
        submitted = form.get(CSRF_FIELD)
        if browser is None or not csrf_ok(browser.token, str(submitted) if submitted else None):
            raise web.HTTPForbidden(
                text="This form has expired or did not come from hearme. Go back, reload the "
                "page and try again."
            )
    return await handler(request)


StaffHandler = Callable[[web.Request, Browser, StaffMember], Awaitable[web.StreamResponse]]


def signed_in(handler: StaffHandler) -> Handler:
    """Run ``handler`` for a signed-in member of staff; send anyone else to sign in."""

    async def run(request: web.Request) -> web.StreamResponse:
        browser = await current(request)
        if browser is None or browser.member is None:
            raise web.HTTPSeeOther("/staff/sign-in")
        return await handler(request, browser, browser.member)

    return run
