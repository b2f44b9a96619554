"""Getting in and out: opening a private link, choosing or entering the PIN/pictures, quick exit.

Every refusal of a link says the same polite sentence, so a guesser learns nothing about which
codes exist. Logs carry session and invite ids, never a code, a PIN or a child's words.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Any

import aiosqlite
from aiohttp import web

from bot.web import pages
from bot.web.context import WebContext, context_of
from bot.web.passcodes import (
    PasscodeProblem,
    hash_secret,
    new_salt,
    pictures_secret,
    pin_secret,
    secret_matches,
)
from bot.web.security import (
    CSRF_FIELD,
    WebLimits,
    client_address,
    csrf_for,
    csrf_ok,
    new_token,
    token_hash,
)
from bot.web.sessions import Visit, clear_cookie, current_visit, set_cookie
from storage import audit, children, invites, web_sessions
from storage.web_sessions import WebAccess, WebLink

log = logging.getLogger(__name__)

NEUTRAL_PAGE = "/learn"
_KEEP_ENDED_VISITS = timedelta(days=1)


def link_refused() -> web.Response:
    return pages.message(
        "This link does not work",
        "It may be old, or it may have been typed wrongly.",
        "Please ask your worker or your IRO for a new link.",
        status=404,
    )


def too_many(csrf: str = "") -> web.Response:
    return pages.message(
        "Please wait a moment",
        "That was a lot of tries very quickly. Please wait a few minutes and try again.",
        status=429,
        csrf=csrf,
    )


def locked_page(csrf: str, limits: WebLimits) -> web.Response:
    minutes = int(limits.pin_lock.total_seconds() // 60)
    return pages.message(
        "Please take a break",
        "That was too many wrong tries, so this page is locked for a little while "
        f"(up to {minutes} minutes).",
        "You can try again later, or ask your worker for a new link.",
        status=423,
        csrf=csrf,
    )


async def _live_link(context: WebContext, code: str) -> tuple[WebLink, WebAccess | None] | None:
    """The link for ``code`` if it can still be used, with its PIN/pictures if already chosen."""
    services = context.services
    now = services.clock()
    conn = services.db.reader
    link = await web_sessions.find_link(conn, invites.code_hash(code))
    if link is None:
        return None
    child = await children.get_child(conn, link.child_id)
    if child is None or child.status not in ("active", "unreachable"):
        return None
    access = await web_sessions.get_access(conn, link.invite_id)
    if access is not None:
        return link, access
    # Not set up yet: the link is a one-time invite, good until it expires.
    if link.used_at is not None or link.expires_at <= now:
        return None
    return link, None


def _picture_context(action: str, button: str) -> dict[str, Any]:
    return {"picture_action": action, "picture_button": button}


def setup_page(csrf: str, *, problem: str | None = None, status: int = 200) -> web.Response:
    return pages.page(
        "setup.html",
        status=status,
        csrf=csrf,
        problem=problem,
        **_picture_context("/setup", "Use these pictures"),
    )


def unlock_page(
    csrf: str, secret_kind: str, *, problem: str | None = None, status: int = 200
) -> web.Response:
    return pages.page(
        "unlock.html",
        status=status,
        csrf=csrf,
        problem=problem,
        secret_kind=secret_kind,
        **_picture_context("/unlock", "Carry on"),
    )


async def open_link(request: web.Request) -> web.StreamResponse:
    """GET /c/{code}: start a visit through a private link."""
    context = context_of(request)
    if not context.link_opens.allow(client_address(request)):
        log.warning("web link opening rate-limited")
        return too_many()
    found = await _live_link(context, request.match_info["code"])
    if found is None:
        log.info("web link refused")
        return link_refused()
    link, access = found
    lookup = await current_visit(context.services, request, context.limits)
    now = context.services.clock()
    if lookup.visit is not None:
        same_link = lookup.visit.session.invite_id == link.invite_id
        if same_link and lookup.visit.session.state == "open":
            # Opening the link again in a browser that is already in: no PIN needed again.
            raise web.HTTPSeeOther("/")
        async with context.services.db.transaction() as conn:
            await web_sessions.end_session(conn, lookup.visit.session.id, now=now)
    token = new_token()
    state = "setup" if access is None else "unlock"
    async with context.services.db.transaction() as conn:
        session_id = await web_sessions.create_session(
            conn, token_hash=token_hash(token), link=link, state=state, now=now
        )
        # Finished visits are no use to anyone: forget them rather than keep them forever.
        await web_sessions.purge_sessions(conn, before=now - _KEEP_ENDED_VISITS)
    log.info("web session %s started (%s)", session_id, state)
    csrf = csrf_for(token)
    response = setup_page(csrf) if access is None else unlock_page(csrf, access.secret_kind)
    set_cookie(response, token, secure=context.secure_cookies)
    return response


async def checked_visit(request: web.Request, *, state: str | None = None) -> tuple[Visit, Any]:
    """The live visit of a POST with a valid CSRF token, and the posted form.

    Raises:
        web.HTTPSeeOther: back to the page when there is no live visit or it is in another state.
        web.HTTPForbidden: a missing or wrong CSRF token.
    """
    context = context_of(request)
    form = await request.post()
    lookup = await current_visit(context.services, request, context.limits)
    visit = lookup.visit
    if visit is None:
        raise web.HTTPSeeOther("/")
    submitted = form.get(CSRF_FIELD)
    if not csrf_ok(visit.token, submitted if isinstance(submitted, str) else None):
        log.warning("web session %s: CSRF token refused", visit.session.id)
        raise web.HTTPForbidden(text="This form has expired. Please go back and try again.")
    if state is not None and visit.session.state != state:
        raise web.HTTPSeeOther("/")
    return visit, form


def _secret_from(form: Any, *, setting: bool) -> str:
    """The canonical secret a setup or unlock form carries (PasscodeProblem when unusable)."""
    kind = form.get("kind")
    if kind == "pictures":
        return pictures_secret(str(form.get("first", "")), str(form.get("second", "")))
    pin = str(form.get("pin", ""))
    return pin_secret(pin, str(form.get("pin2", "")) if setting else None)


async def choose_secret(request: web.Request) -> web.StreamResponse:
    """POST /setup: the first visit chooses its PIN or pictures."""
    context = context_of(request)
    visit, form = await checked_visit(request, state="setup")
    try:
        secret = _secret_from(form, setting=True)
    except PasscodeProblem as problem:
        return setup_page(visit.csrf, problem=str(problem), status=400)
    kind = "pictures" if secret.startswith("pictures:") else "pin"
    salt = new_salt()
    digest = await asyncio.to_thread(hash_secret, secret, salt)
    services = context.services
    now = services.clock()
    session = visit.session
    async with services.db.transaction() as conn:
        link = await web_sessions.link_by_id(conn, session.invite_id)
        stored = link is not None and await web_sessions.set_access(
            conn,
            link=link,
            secret_kind=kind,
            secret_hash=digest,
            salt=salt,
            used_by=f"web:{session.id}",
            now=now,
        )
        if stored:
            await _let_in(conn, session, "web.secret_chosen", now=now, detail={"kind": kind})
        else:
            # Another tab chose first: this one must now prove it knows that choice.
            await web_sessions.set_session_state(conn, session.id, "unlock", now=now)
    log.info("web session %s: secret %s", session.id, "chosen" if stored else "chosen elsewhere")
    raise web.HTTPSeeOther("/")


async def _let_in(
    conn: aiosqlite.Connection,
    session: web_sessions.WebSession,
    action: str,
    *,
    now: datetime,
    detail: dict[str, str] | None = None,
) -> None:
    """Open the visit for answering, and say so in the audit log."""
    await web_sessions.set_session_state(conn, session.id, "open", now=now)
    await audit.record(
        conn,
        at=now,
        actor=f"web:{session.id}",
        action=action,
        child_id=session.child_id,
        detail=detail,
    )


async def enter_secret(request: web.Request) -> web.StreamResponse:
    """POST /unlock: a later visit proves it knows the PIN or pictures (few tries, then a lock)."""
    context = context_of(request)
    visit, form = await checked_visit(request, state="unlock")
    services = context.services
    session = visit.session
    async with context.unlock_lock:
        access = await web_sessions.get_access(services.db.reader, session.invite_id)
        if access is None:
            raise web.HTTPSeeOther("/")
        now = services.clock()
        if access.locked_until is not None and access.locked_until > now:
            return locked_page(visit.csrf, context.limits)
        try:
            secret = _secret_from(form, setting=False)
            right = await asyncio.to_thread(secret_matches, secret, access.salt, access.secret_hash)
        except PasscodeProblem:
            right = False
        async with services.db.transaction() as conn:
            if right:
                await web_sessions.record_success(conn, access.invite_id, now=now)
                await _let_in(conn, session, "web.unlocked", now=now)
            else:
                after = await web_sessions.record_failure(
                    conn,
                    access.invite_id,
                    limit=context.limits.pin_tries,
                    lock=context.limits.pin_lock,
                    now=now,
                )
    if right:
        log.info("web session %s unlocked", session.id)
        raise web.HTTPSeeOther("/")
    log.info("web session %s: wrong secret", session.id)
    if after is None or (after.locked_until is not None and after.locked_until > now):
        return locked_page(visit.csrf, context.limits)
    left = context.limits.pin_tries - after.failed_attempts
    what = "PIN" if access.secret_kind == "pin" else "pictures"
    return unlock_page(
        visit.csrf,
        access.secret_kind,
        problem=f"That was not the right {what}. You can try {left} more "
        f"time{'s' if left != 1 else ''}.",
        status=400,
    )


async def quick_exit(request: web.Request) -> web.StreamResponse:
    """POST /exit: end the visit and go to a neutral page, whatever else happens."""
    context = context_of(request)
    form = await request.post()
    lookup = await current_visit(context.services, request, context.limits)
    submitted = form.get(CSRF_FIELD)
    if lookup.visit is not None and csrf_ok(
        lookup.visit.token, submitted if isinstance(submitted, str) else None
    ):
        async with context.services.db.transaction() as conn:
            await web_sessions.end_session(
                conn, lookup.visit.session.id, now=context.services.clock()
            )
        log.info("web session %s: quick exit", lookup.visit.session.id)
    response = web.HTTPSeeOther(NEUTRAL_PAGE)
    clear_cookie(response, secure=context.secure_cookies)
    raise response


async def neutral_page(request: web.Request) -> web.StreamResponse:
    """GET /learn: an ordinary-looking school page; the browser forgets its session here."""
    response = web.Response(
        text=pages.render("learn.html"), content_type="text/html", charset="utf-8"
    )
    clear_cookie(response, secure=context_of(request).secure_cookies)
    return response
