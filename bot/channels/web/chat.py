"""The child's page: their pending consultation, through the same conversation service as Telegram.

The page shows the replies of the child's last step (kept encrypted in the session, so plain
forms can redirect after every POST) and, under them, the buttons, a text box when the question
takes words, and the Children's Code tools (:mod:`bot.channels.web.controls`). Each form carries the
view's ``at`` token: a double tap or an old tab is recognised and changes nothing. A disclosure
is handled by the conversation service exactly as on Telegram; the alert ids it returns are
passed to ``notify_alert`` after the commit, deletion requests to ``notify_erasure``, and what
cannot be sent at once (no Telegram running, a failure) is planned in the outbox for the
scheduler. When the child has nothing open, a consultation that is due, or held back only by
quiet hours, is offered as soon as they open the page (:func:`bot.outbox.due_offers.offer_waiting`).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.channels.web import access, controls, guessing, lockouts, notices, pages, texts
from bot.channels.web.context import WebContext, context_of
from bot.channels.web.security import token_hash
from bot.channels.web.sessions import Visit, current_visit
from bot.conversation import service as conversation
from bot.conversation.consultation import (
    Reply,
    Speaker,
    greeting_replies,
    open_run_for,
    replies_for_run,
)
from bot.outbox import due_offers
from bot.safeguarding import telling
from storage import children, web_sessions
from storage.web_sessions import WebAccess

log = logging.getLogger(__name__)

CHANNEL = controls.CHANNEL
_READ_ALOUD_BANDS = ("4_7",)


def view_of(replies: list[Reply], mode: str = controls.ANSWERING) -> dict[str, Any]:
    """A view to store: the replies, the mode, and a fresh token that its forms must send back."""
    return {
        "at": secrets.token_hex(8),
        "mode": mode,
        "replies": [
            {
                "text": reply.text,
                "buttons": [
                    [{"label": b.label, "data": b.data} for b in row] for row in reply.buttons
                ],
            }
            for reply in replies
        ],
    }


def paragraphs(text: str) -> list[str]:
    """A reply's text as paragraphs (blank lines separate them; single newlines stay)."""
    return [part.strip("\n") for part in text.split("\n\n") if part.strip()]


async def _speaker(context: WebContext, visit: Visit) -> Speaker | None:
    services = context.services
    child = await children.get_child(services.db.reader, visit.session.child_id)
    if child is None or child.date_of_birth is None or child.status == "erased":
        return None
    on = services.clock().astimezone(services.settings.zone).date()
    # The link is the child's own page, never the "an adult is helping" mode; it takes no
    # voice notes, so it never offers them.
    return Speaker.for_child(child, assisted=False, on=on, voice=False)


async def _offer_due(context: WebContext, speaker: Speaker) -> list[Reply]:
    """Offer a consultation that is due or held only by quiet hours: the greeting and its first
    question, or nothing."""
    services = context.services
    async with services.db.transaction() as conn:
        return await due_offers.offer_waiting(services, conn, speaker, now=services.clock())


async def _first_view(context: WebContext, speaker: Speaker, link: WebAccess) -> dict[str, Any]:
    """A new visit's page: the greeting with the survey's introduction and privacy notice, then
    the question; or what was due, offered now; or "nothing to answer"."""
    services = context.services
    if link.stopped_at is not None:
        return view_of(controls.stopped_view(speaker).replies, controls.HELD)
    found = await open_run_for(services, services.db.reader, speaker.child.id)
    if found is not None:
        return view_of(
            await replies_for_run(services, found.run.id, greeting=True, voice=False)
        )
    offered = await _offer_due(context, speaker)
    if offered:
        return view_of(offered)
    return view_of([*greeting_replies(speaker), controls.nothing_pending(speaker)])


async def _closed(context: WebContext, visit: Visit) -> web.Response:
    """End the visit; say the card needs replacing when it does, else that the page is closed."""
    services = context.services
    async with services.db.transaction() as conn:
        await web_sessions.end_session(conn, visit.session.id, now=services.clock())
    voice = await notices.voice_of(context, visit.session.child_id)
    link = await web_sessions.get_access(services.db.reader, visit.session.invite_id)
    if link is not None and guessing.too_weak(link):
        await lockouts.retire_weak_card(context, link, actor=f"web:{visit.session.id}")
        return notices.upgraded_page(voice)
    if link is not None and link.retired_at is not None:
        return notices.retired_page(voice)
    if link is not None and guessing.has_run_out(link, context.limits, now=services.clock()):
        return notices.run_out_page(voice, guessing.months(context.limits))
    return pages.message(voice.say("closed"), voice.say("closed_why"), lang=voice.lang)


async def _usable_link(context: WebContext, visit: Visit) -> WebAccess | None:
    """The link's PIN/pictures row while it still works (not retired, not run out)."""
    link = await web_sessions.get_access(context.services.db.reader, visit.session.invite_id)
    now = context.services.clock()
    if link is None or link.retired_at is not None or guessing.too_weak(link):
        return None
    return None if guessing.has_run_out(link, context.limits, now=now) else link


async def show(request: web.Request) -> web.StreamResponse:
    """GET /: whatever this visit should see now."""
    context = context_of(request)
    services = context.services
    lookup = await current_visit(context, request)
    visit = lookup.visit
    if visit is None:
        lang = texts.browser_language(request)
        say = notices.Voice(lang).say
        if lookup.expired:
            return pages.message(
                say("timed_out"), say("timed_out_why"), say("timed_out_again"), lang=lang
            )
        return pages.message(say("private"), say("private_how"), lang=lang)
    session = visit.session
    voice = await notices.voice_of(context, session.child_id)
    if session.state == "setup":
        return access.setup_page(visit.csrf, voice, context)
    link = await _usable_link(context, visit)
    if link is None:
        return await _closed(context, visit)
    if session.state == "unlock":
        return access.unlock_page(visit.csrf, link, voice)
    speaker = await _speaker(context, visit)
    if speaker is None:
        return await _closed(context, visit)
    view = web_sessions.read_view(services.db.cipher, session)
    found = await open_run_for(services, services.db.reader, speaker.child.id)
    fresh: dict[str, Any] | None = None
    if not view:
        fresh = await _first_view(context, speaker, link)
    elif found is None and link.stopped_at is None:
        # Finished, or nothing was open: something may have fallen due since.
        offered = await _offer_due(context, speaker)
        fresh = view_of(offered) if offered else None
    if fresh is not None:
        view = fresh
        async with services.db.transaction() as conn:
            await web_sessions.save_view(conn, services.db.cipher, session.id, view)
        found = await open_run_for(services, services.db.reader, speaker.child.id)
    answering = view.get("mode", controls.ANSWERING) == controls.ANSWERING
    text_input = answering and found is not None and found.prompt.accepts_text
    messages = [
        {"paragraphs": paragraphs(str(reply["text"])), "buttons": reply["buttons"]}
        for reply in view["replies"]
    ]
    return pages.page(
        "chat.html",
        lang=speaker.language,
        words=speaker.child.preferred_words,
        csrf=visit.csrf,
        at=view["at"],
        messages=messages,
        text_input=text_input,
        # Voice notes cannot be sent from the page: say so where the survey offers one.
        type_only=text_input and found is not None and found.prompt.accepts_voice,
        max_chars=services.settings.max_text_chars,
        read_aloud=speaker.band in _READ_ALOUD_BANDS,
    )


Act = Callable[[Any, Visit, Speaker], Awaitable[controls.Shown | None]]


async def _answer(request: web.Request, act: Act) -> None:
    """Apply one posted form (an answer or a control), store the next view, then tell staff."""
    context = context_of(request)
    services = context.services
    visit, form = await access.checked_visit(request, state="open")
    session = visit.session
    speaker = await _speaker(context, visit)
    if speaker is None or await _usable_link(context, visit) is None:
        raise web.HTTPSeeOther("/")
    async with context.answer_lock:
        fresh = await web_sessions.find_session(services.db.reader, token_hash(visit.token))
        view = web_sessions.read_view(services.db.cipher, fresh) if fresh is not None else {}
        if form.get("at") != view.get("at"):
            # A double tap or an old tab: show the page as it is now.
            raise web.HTTPSeeOther("/")
        shown = await act(form, visit, speaker)
        if shown is None:
            raise web.HTTPSeeOther("/")
        if shown.replies:
            async with services.db.transaction() as conn:
                await web_sessions.save_view(
                    conn, services.db.cipher, session.id, view_of(shown.replies, shown.mode)
                )
    await telling.tell_staff(
        services,
        telling.StaffChannel(context.notify_alert, context.notify_erasure),
        alert_ids=shown.outcome.alert_ids,
        erasure_requests=shown.outcome.erasure_requests,
        returned_child_ids=shown.outcome.returned_child_ids,
    )


async def press(request: web.Request) -> web.StreamResponse:
    """POST /press: a button on the page, an answer or one of the controls."""
    context = context_of(request)

    async def act(form: Any, visit: Visit, speaker: Speaker) -> controls.Shown | None:
        data = form.get("data")
        if not isinstance(data, str) or not data or len(data) > 64:
            return None
        sender = f"web:{visit.session.id}"
        if data in controls.DATA:
            log.info("web session %s: control %s", visit.session.id, data.lstrip("/"))
            return await controls.use(
                context.services, speaker, data, invite_id=visit.session.invite_id, sender=sender
            )
        incoming = conversation.Incoming(CHANNEL, sender, "press", data=data)
        outcome = await conversation.handle(context.services, incoming, speaker=speaker)
        return controls.Shown(controls.for_the_web(outcome.replies, speaker), outcome=outcome)

    await _answer(request, act)
    raise web.HTTPSeeOther("/")


async def say_text(request: web.Request) -> web.StreamResponse:
    """POST /say: words typed in the box (always an answer: "/stop" typed here is just text)."""
    context = context_of(request)

    async def act(form: Any, visit: Visit, speaker: Speaker) -> controls.Shown | None:
        text = form.get("text")
        if not isinstance(text, str) or not text.strip():
            return None
        incoming = conversation.Incoming(CHANNEL, f"web:{visit.session.id}", "text", text=text)
        outcome = await conversation.handle(context.services, incoming, speaker=speaker)
        return controls.Shown(controls.for_the_web(outcome.replies, speaker), outcome=outcome)

    await _answer(request, act)
    raise web.HTTPSeeOther("/")


__all__ = ["CHANNEL", "press", "say_text", "show"]
