"""Browser visits: the session cookie, when a visit has expired, and finding the current one.

The cookie carries a random token and nothing else; it is HttpOnly, SameSite=Strict, and Secure
when the public address is https. A visit ends after ``limits.idle`` without a request, after
``limits.longest_visit`` in all, on quick exit, or when a newer link replaces its link.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aiohttp import web

from bot.services import Services
from bot.web.security import SESSION_COOKIE, WebLimits, csrf_for, token_hash
from storage import web_sessions
from storage.web_sessions import WebSession


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


async def current_visit(services: Services, request: web.Request, limits: WebLimits) -> Lookup:
    """The live visit of this request's cookie, touched so it stays alive; ends expired ones."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token or len(token) > 100:
        return Lookup(None)
    now = services.clock()
    async with services.db.transaction() as conn:
        session = await web_sessions.find_session(conn, token_hash(token))
        if session is None or session.ended_at is not None:
            return Lookup(None)
        if is_expired(session, now, limits):
            await web_sessions.end_session(conn, session.id, now=now)
            return Lookup(None, expired=True)
        await web_sessions.touch_session(conn, session.id, now=now)
    return Lookup(Visit(token, session))


def set_cookie(response: web.StreamResponse, token: str, *, secure: bool) -> None:
    """Give the browser its session cookie (no expiry date: it goes when the browser closes)."""
    response.set_cookie(
        SESSION_COOKIE, token, path="/", httponly=True, samesite="Strict", secure=secure
    )


def clear_cookie(response: web.StreamResponse, *, secure: bool) -> None:
    """Make the browser forget its session cookie."""
    response.del_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="Strict", secure=secure)
