"""Browser visits: the session cookie, when a visit has expired, and finding the current one.

The cookie carries a random token and nothing else; it is HttpOnly, SameSite=Strict, and over
https Secure with the ``__Host-`` prefix (:func:`bot.channels.web.security.session_cookie`). A
visit ends
after ``limits.idle`` without a request, after ``limits.longest_visit`` in all, on quick exit, or
when a newer link replaces its link. Its token is replaced whenever what it may do changes
(:func:`new_visit_token`), so a token seen before the PIN was entered is no use after it.

A cookie that names no live visit costs one read and never a write: strangers sending made-up
cookies cannot queue for the one write lock that children's answers need.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite
from aiohttp import web

from bot.channels.web.context import WebContext
from bot.channels.web.security import WebLimits, csrf_for, new_token, token_hash
from storage import web_sessions
from storage.web_sessions import WebSession

# Tokens are 43 characters; anything much longer is not ours and is not looked up.
_LONGEST_TOKEN = 100


@dataclass(frozen=True)
class Visit:
    """The current browser's session and the token its cookie holds."""

    token: str
    session: WebSession

    @property
    def csrf(self) -> str:
        return csrf_for(self.token)


@dataclass(frozen=True)
class Lookup:
    """What the cookie led to: a live visit, or none (and whether one just timed out)."""

    visit: Visit | None
    expired: bool = False


def is_expired(session: WebSession, now: datetime, limits: WebLimits) -> bool:
    """True when a visit has been idle too long or has lasted too long in all."""
    return (
        now - session.last_seen_at >= limits.idle
        or now - session.created_at >= limits.longest_visit
    )


def cookie_token(context: WebContext, request: web.Request) -> str | None:
    """The token of this request's session cookie, if it has one that could be ours."""
    token = request.cookies.get(context.cookie_name)
    if not token or len(token) > _LONGEST_TOKEN:
        return None
    return token


async def current_visit(context: WebContext, request: web.Request) -> Lookup:
    """The live visit of this request's cookie, touched so it stays alive; ends expired ones."""
    token = cookie_token(context, request)
    if token is None:
        return Lookup(None)
    services = context.services
    hashed = token_hash(token)
    # Read first, on the reader: only a cookie of a visit that is still open may take the lock.
    seen = await web_sessions.find_session(services.db.reader, hashed)
    if seen is None or seen.ended_at is not None:
        return Lookup(None)
    now = services.clock()
    async with services.db.transaction() as conn:
        # Again on the writer: the visit may have ended, or its token changed, meanwhile.
        session = await web_sessions.find_session(conn, hashed)
        if session is None or session.ended_at is not None:
            return Lookup(None)
        if is_expired(session, now, context.limits):
            await web_sessions.end_session(conn, session.id, now=now)
            return Lookup(None, expired=True)
        await web_sessions.touch_session(conn, session.id, now=now)
    return Lookup(Visit(token, session))


async def new_visit_token(conn: aiosqlite.Connection, session_id: int) -> str:
    """Give a visit a fresh token (its old one stops working at once); returns the new one.

    Called in the transaction that changes what the visit may do, so no moment exists when the
    old token carries the new rights.
    """
    token = new_token()
    await web_sessions.replace_token(conn, session_id, token_hash=token_hash(token))
    return token


def set_cookie(response: web.StreamResponse, token: str, *, context: WebContext) -> None:
    """Give the browser its session cookie (no expiry date: it goes when the browser closes)."""
    response.set_cookie(
        context.cookie_name,
        token,
        path="/",
        httponly=True,
        samesite="Strict",
        secure=context.secure_cookies,
    )


def clear_cookie(response: web.StreamResponse, *, context: WebContext) -> None:
    """Make the browser forget its session cookie."""
    response.del_cookie(
        context.cookie_name,
        path="/",
        httponly=True,
        samesite="Strict",
        secure=context.secure_cookies,
    )
