"""Getting in and out: opening a private link, choosing or entering the PIN/pictures, quick exit.

Every refusal of an unknown or unused-and-expired link says the same polite sentence, so a
guesser learns nothing about which codes exist. A card that really was the child's (set up, then
retired after too much guessing, past its stated lifetime, or set up with only two pictures)
gets a kind page that says to ask for a new card. Logs carry session and invite ids, never a
code, a PIN or a child's words.

Choosing or entering the PIN/pictures gives the visit a new session token (the old one stops
working), and quick exit ends the visit on the server whatever the form carried.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiosqlite
from aiohttp import web

from bot.channels.web import guessing, lockouts, pages, texts
from bot.channels.web.context import WebContext, context_of
from bot.channels.web.notices import (
    Voice,
    form_expired,
    link_refused,
    locked_page,
    retired_page,
    run_out_page,
    too_many,
    too_many_error,
    upgraded_page,
    voice_of,
)
from bot.channels.web.passcodes import (
    PICTURE_COUNT,
    PasscodeProblem,
    hash_secret,
    new_salt,
    pictures_secret,
    pin_secret,
    secret_matches,
)
from bot.channels.web.security import CSRF_FIELD, csrf_for, csrf_ok, link_key, new_token, token_hash
from bot.channels.web.sessions import (
    Visit,
    clear_cookie,
    cookie_token,
    current_visit,
    new_visit_token,
    set_cookie,
)
from bot.conversation.messages import language_of
from storage import audit, children, invites, web_sessions
from storage.web_sessions import WebAccess, WebLink

log = logging.getLogger(__name__)

NEUTRAL_PAGE = "/learn"
PICTURE_SLOTS = ("first", "second", "third")
_KEEP_ENDED_VISITS = timedelta(days=1)


@dataclass(frozen=True)
class LiveLink:
    """A link that opened: its row, its PIN/pictures once chosen, and how to speak."""

    link: WebLink
    access: WebAccess | None
    voice: Voice


async def _live_link(context: WebContext, link: WebLink | None) -> LiveLink | web.Response:
    """The link if it can still be used, else the page that says why not."""
    services = context.services
    now = services.clock()
    conn = services.db.reader
    child = None if link is None else await children.get_child(conn, link.child_id)
    if link is None or child is None or child.status not in ("active", "unreachable"):
        return link_refused("en")
    voice = Voice(language_of(child.language), dict(child.preferred_words))
    access = await web_sessions.get_access(conn, link.invite_id)
    if access is not None:
        if guessing.too_weak(access):
            await lockouts.retire_weak_card(context, access, actor="web")
            return upgraded_page(voice)
        if access.retired_at is not None:
            return retired_page(voice)
        if guessing.has_run_out(access, context.limits, now=now):
            return run_out_page(voice, guessing.months(context.limits))
        return LiveLink(link, access, voice)
    # Not set up yet: the link is a one-time invite, good until it expires.
    if link.used_at is not None or link.expires_at <= now:
        return link_refused(voice.lang)
    return LiveLink(link, None, voice)


def setup_page(
    csrf: str, voice: Voice, context: WebContext, *, problem: str | None = None, status: int = 200
) -> web.Response:
    return pages.page(
        "setup.html",
        status=status,
        lang=voice.lang,
        words=voice.words,
        csrf=csrf,
        problem=None if problem is None else voice.say(problem),
        months=guessing.months(context.limits),
        picture_action="/setup",
        picture_button="use_pictures",
    )


def unlock_page(
    csrf: str, access: WebAccess, voice: Voice, *, problem: str | None = None, status: int = 200
) -> web.Response:
    return pages.page(
        "unlock.html",
        status=status,
        lang=voice.lang,
        words=voice.words,
        csrf=csrf,
        problem=problem,
        secret_kind=access.secret_kind,
        picture_count=access.picture_count or PICTURE_COUNT,
        picture_action="/unlock",
        picture_button="carry_on",
    )


async def open_link(request: web.Request) -> web.StreamResponse:
    """GET /c/{code}: start a visit through a private link."""
    context = context_of(request)
    link = await web_sessions.find_link(
        context.services.db.reader, invites.code_hash(request.match_info["code"])
    )
    # A real link has its own budget at each address, so someone behind the same proxy who
    # guesses codes (counted by address alone) cannot stop a child opening their card.
    address = context.address(request)
    key = address if link is None else link_key(address, link.invite_id)
    if not await context.link_opens.admit(key):
        log.warning("web link opening rate-limited")
        return too_many(texts.browser_language(request))
    found = await _live_link(context, link)
    if isinstance(found, web.Response):
        log.info("web link refused (%s)", found.status)
        return found
    link, access = found.link, found.access
    lookup = await current_visit(context, request)
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
    if access is None:
        response = setup_page(csrf, found.voice, context)
    else:
        response = unlock_page(csrf, access, found.voice)
    set_cookie(response, token, context=context)
    return response


async def checked_visit(request: web.Request, *, state: str | None = None) -> tuple[Visit, Any]:
    """The live visit of a POST with a valid CSRF token, and the posted form.

    Only a POST that passes these checks counts towards the rate limits (per visit, and per
    address and link), so forged or stale posts cannot use up a child's budget.

    Raises:
        web.HTTPSeeOther: back to the page when there is no live visit or it is in another state.
        web.HTTPForbidden: a missing or wrong CSRF token.
        web.HTTPTooManyRequests: this visit, or its link from this address, posted too much.
    """
    context = context_of(request)
    form = await request.post()
    lookup = await current_visit(context, request)
    visit = lookup.visit
    if visit is None:
        raise web.HTTPSeeOther("/")
    submitted = form.get(CSRF_FIELD)
    if not csrf_ok(visit.token, submitted if isinstance(submitted, str) else None):
        log.warning("web session %s: CSRF token refused", visit.session.id)
        raise form_expired((await voice_of(context, visit.session.child_id)).lang)
    if state is not None and visit.session.state != state:
        raise web.HTTPSeeOther("/")
    session = visit.session
    within = await context.posts_by_session.admit(
        str(session.id)
    ) and await context.posts_by_address.admit(
        link_key(context.address(request), session.invite_id)
    )
    if not within:
        log.warning("web session %s: POST rate-limited on %s", session.id, request.path)
        raise too_many_error((await voice_of(context, session.child_id)).lang, visit.csrf)
    return visit, form


def _secret_from(form: Any, *, setting: bool, picture_count: int = PICTURE_COUNT) -> str:
    """The canonical secret a setup or unlock form carries (PasscodeProblem when unusable)."""
    if form.get("kind") == "pictures":
        chosen = [str(form.get(slot, "")) for slot in PICTURE_SLOTS[:picture_count]]
        return pictures_secret(chosen, count=picture_count)
    pin = str(form.get("pin", ""))
    return pin_secret(pin, str(form.get("pin2", "")) if setting else None)


async def choose_secret(request: web.Request) -> web.StreamResponse:
    """POST /setup: the first visit chooses its PIN or pictures."""
    context = context_of(request)
    visit, form = await checked_visit(request, state="setup")
    try:
        secret = _secret_from(form, setting=True)
    except PasscodeProblem as problem:
        voice = await voice_of(context, visit.session.child_id)
        return setup_page(visit.csrf, voice, context, problem=problem.key, status=400)
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
            picture_count=PICTURE_COUNT if kind == "pictures" else None,
        )
        if stored:
            await _let_in(conn, session, "web.secret_chosen", now=now, detail={"kind": kind})
        else:
            # Another tab chose first: this one must now prove it knows that choice.
            await web_sessions.set_session_state(conn, session.id, "unlock", now=now)
        token = await new_visit_token(conn, session.id)
    log.info("web session %s: secret %s", session.id, "chosen" if stored else "chosen elsewhere")
    raise _back_to_the_page(context, token)


def _back_to_the_page(context: WebContext, token: str) -> web.HTTPSeeOther:
    """The redirect after the visit's rights changed, carrying its new session token."""
    response = web.HTTPSeeOther("/")
    set_cookie(response, token, context=context)
    return response


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
    """POST /unlock: a later visit proves it knows the PIN or pictures (few tries, then locks
    that grow longer, then the link is retired)."""
    context = context_of(request)
    visit, form = await checked_visit(request, state="unlock")
    services = context.services
    session = visit.session
    voice = await voice_of(context, session.child_id)
    async with context.unlock_lock:
        access = await web_sessions.get_access(services.db.reader, session.invite_id)
        if access is None:
            raise web.HTTPSeeOther("/")
        now = services.clock()
        if guessing.too_weak(access):
            await lockouts.retire_weak_card(context, access, actor=f"web:{session.id}")
            return upgraded_page(voice)
        if access.retired_at is not None:
            return retired_page(voice)
        if guessing.has_run_out(access, context.limits, now=now):
            return run_out_page(voice, guessing.months(context.limits))
        if access.locked_until is not None and guessing.is_locked(access, now=now):
            return locked_page(visit.csrf, voice, access.locked_until, now)
        count = access.picture_count or PICTURE_COUNT
        try:
            secret = _secret_from(form, setting=False, picture_count=count)
            right = await asyncio.to_thread(secret_matches, secret, access.salt, access.secret_hash)
        except PasscodeProblem:
            right = False
        verdict = None
        async with services.db.transaction() as conn:
            # Another worker may have locked or retired the link while this try was checked:
            # the link is read again under the writer lock, so tries spread over workers are
            # judged one after another and none counts past the limit (issue 19).
            latest = await lockouts.still_open(conn, access.invite_id, now=now)
            if isinstance(latest, WebAccess) and right:
                await web_sessions.record_success(conn, access.invite_id, now=now)
                await _let_in(conn, session, "web.unlocked", now=now)
                token = await new_visit_token(conn, session.id)
            elif isinstance(latest, WebAccess):
                verdict = await lockouts.wrong_try(conn, context, latest, session, now=now)
    if latest == lockouts.RETIRED:
        return retired_page(voice)
    if isinstance(latest, datetime):
        return locked_page(visit.csrf, voice, latest, now)
    if verdict is None:
        log.info("web session %s unlocked", session.id)
        raise _back_to_the_page(context, token)
    log.info("web session %s: wrong secret", session.id)
    if verdict.retire:
        return retired_page(voice)
    if verdict.locked_until is not None:
        return locked_page(visit.csrf, voice, verdict.locked_until, now)
    wrong = voice.say("wrong_pin" if access.secret_kind == "pin" else "wrong_pictures")
    left = voice.say(
        "tries_left_one" if verdict.tries_left == 1 else "tries_left", left=verdict.tries_left
    )
    return unlock_page(visit.csrf, access, voice, problem=f"{wrong} {left}", status=400)


async def quick_exit(request: web.Request) -> web.StreamResponse:
    """POST /exit: end the visit and go to a neutral page, whatever else happens.

    No CSRF token is needed: a child leaving in a hurry may press it on a page whose form has
    none (a time-out or "wait" page, a page from before the PIN), and a visit left open on the
    server could be picked up again with the same cookie. The worst a forged exit can do is end
    a visit, and the SameSite=Strict cookie is not sent with another site's form anyway.
    """
    context = context_of(request)
    token = cookie_token(context, request)
    if token is not None:
        now = context.services.clock()
        hashed = token_hash(token)
        seen = await web_sessions.find_session(context.services.db.reader, hashed)
        if seen is not None and seen.ended_at is None:
            async with context.services.db.transaction() as conn:
                await web_sessions.end_session(conn, seen.id, now=now)
            log.info("web session %s: quick exit", seen.id)
    response = web.HTTPSeeOther(NEUTRAL_PAGE)
    clear_cookie(response, context=context)
    raise response


async def neutral_page(request: web.Request) -> web.StreamResponse:
    """GET /learn: an ordinary-looking school page; the browser forgets its session here."""
    response = web.Response(
        text=pages.render("learn.html"), content_type="text/html", charset="utf-8"
    )
    clear_cookie(response, context=context_of(request))
    return response
