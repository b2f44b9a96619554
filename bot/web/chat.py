"""The child's page: their pending consultation, through the same conversation service as Telegram.

The page shows the replies of the child's last step (kept encrypted in the session, so plain
forms can redirect after every POST) and, under them, the buttons and a text box when the
question takes words. Each form carries the view's ``at`` token: a double tap or an old tab is
recognised and changes nothing. A disclosure is handled by the conversation service exactly as on
Telegram; the alert ids it returns are passed to ``notify_alert`` after the commit, and what
cannot be sent at once (no Telegram running, a failure, a deletion request for the admins) is
planned in the outbox for the scheduler.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot import aftercare, conversation, safeguarding
from bot.consultation import (
    Reply,
    Speaker,
    greeting_replies,
    open_run_for,
    replies_for_child,
    replies_for_run,
)
from bot.messages import say
from bot.web import access, pages
from bot.web.context import WebContext, context_of
from bot.web.security import token_hash
from bot.web.sessions import Visit, current_visit
from storage import chats, web_sessions

log = logging.getLogger(__name__)

CHANNEL = "web"
# Web-only buttons: commands a Telegram child types, offered here as buttons.
COMMANDS = {"/talk": "talk"}
_READ_ALOUD_BANDS = ("4_7",)


def view_of(replies: list[Reply]) -> dict[str, Any]:
    """A view to store: the replies and a fresh token that its forms must send back."""
    return {
        "at": secrets.token_hex(8),
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
    child = await chats.child_profile(services.db.reader, visit.session.child_id)
    if child is None or child.date_of_birth is None or child.status == "erased":
        return None
    on = services.clock().astimezone(services.settings.zone).date()
    # The link is the child's own page, never the "an adult is helping" mode.
    return Speaker.for_child(child, assisted=False, on=on)


async def _first_view(context: WebContext, speaker: Speaker) -> list[Reply]:
    """The greeting with the survey's introduction and privacy notice, then the question."""
    services = context.services
    found = await open_run_for(services, services.db.reader, speaker.child.id)
    if found is not None:
        return await replies_for_run(services, found.run.id, greeting=True)
    return greeting_replies(speaker) + await replies_for_child(
        services, services.db.reader, speaker
    )


async def _closed(context: WebContext, visit: Visit) -> web.Response:
    async with context.services.db.transaction() as conn:
        await web_sessions.end_session(conn, visit.session.id, now=context.services.clock())
    return pages.message(
        "This page is closed", "Please ask your worker or your IRO if you want to say something."
    )


async def show(request: web.Request) -> web.StreamResponse:
    """GET /: whatever this visit should see now."""
    context = context_of(request)
    services = context.services
    lookup = await current_visit(services, request, context.limits)
    visit = lookup.visit
    if visit is None:
        if lookup.expired:
            return pages.message(
                "Your time ran out",
                "To keep your answers safe, this page closes when it is not used for a while.",
                "Open your private link again to carry on. Nothing you have said is lost.",
            )
        return pages.message(
            "This is a private page",
            "To use it, open your own private link, or scan the code on your card.",
        )
    session = visit.session
    if session.state == "setup":
        return access.setup_page(visit.csrf)
    if session.state == "unlock":
        secret = await web_sessions.get_access(services.db.reader, session.invite_id)
        if secret is None:
            return await _closed(context, visit)
        return access.unlock_page(visit.csrf, secret.secret_kind)
    speaker = await _speaker(context, visit)
    if speaker is None:
        return await _closed(context, visit)
    view = web_sessions.read_view(services.db.cipher, session)
    if not view:
        view = view_of(await _first_view(context, speaker))
        async with services.db.transaction() as conn:
            await web_sessions.save_view(conn, services.db.cipher, session.id, view)
    found = await open_run_for(services, services.db.reader, speaker.child.id)
    text_input = found is not None and found.prompt.accepts_text
    messages = [
        {"paragraphs": paragraphs(str(reply["text"])), "buttons": reply["buttons"]}
        for reply in view["replies"]
    ]
    return pages.page(
        "chat.html",
        lang=speaker.language,
        title="Your page",
        csrf=visit.csrf,
        at=view["at"],
        messages=messages,
        text_input=text_input,
        max_chars=services.settings.max_text_chars,
        read_aloud=speaker.band in _READ_ALOUD_BANDS,
        talk_label=say("private_word_button", speaker.language, speaker.child.words),
    )


Maker = Callable[[Any, str], conversation.Incoming | None]


async def _answer(request: web.Request, make: Maker) -> None:
    """Apply one posted answer through the conversation service, then redirect to the page."""
    context = context_of(request)
    services = context.services
    visit, form = await access.checked_visit(request, state="open")
    session = visit.session
    speaker = await _speaker(context, visit)
    if speaker is None:
        raise web.HTTPSeeOther("/")
    incoming = make(form, f"web:{session.id}")
    async with context.answer_lock:
        fresh = await web_sessions.find_session(services.db.reader, token_hash(visit.token))
        view = web_sessions.read_view(services.db.cipher, fresh) if fresh is not None else {}
        if incoming is None or form.get("at") != view.get("at"):
            # An empty box, a double tap or an old tab: show the page as it is now.
            raise web.HTTPSeeOther("/")
        outcome = await conversation.handle(services, incoming, speaker=speaker)
        if outcome.replies:
            async with services.db.transaction() as conn:
                await web_sessions.save_view(
                    conn, services.db.cipher, session.id, view_of(outcome.replies)
                )
    await _notify(context, outcome.alert_ids)
    if outcome.erasure_requests:
        # The page has no bot of its own: the scheduler tells the admins from the outbox.
        await aftercare.plan_erasure_notice(services, outcome.erasure_requests)


async def _notify(context: WebContext, alert_ids: list[int]) -> None:
    """Tell staff about each alert now; when that cannot be done, plan it in the outbox so the
    scheduler sends it (the same rule as on Telegram: staff are always told)."""
    notifier = context.notify_alert
    for alert_id in alert_ids:
        if notifier is not None:
            try:
                await notifier(alert_id)
                continue
            except Exception as error:  # the child's page must not fail with the notice
                log.error(
                    "alert id=%s not sent from the web page: %s", alert_id, type(error).__name__
                )
        else:
            log.warning("alert id=%s raised on the web page; no staff channel running", alert_id)
        try:
            await safeguarding.plan_alert_notice(context.services, alert_id)
        except Exception as error:  # escalation still finds the alert in the database
            log.error("alert id=%s could not be planned: %s", alert_id, type(error).__name__)


async def press(request: web.Request) -> web.StreamResponse:
    """POST /press: a button on the page."""

    def make(form: Any, sender: str) -> conversation.Incoming | None:
        data = form.get("data")
        if not isinstance(data, str) or not data or len(data) > 64:
            return None
        if data in COMMANDS:
            return conversation.Incoming(CHANNEL, sender, "command", text=COMMANDS[data])
        return conversation.Incoming(CHANNEL, sender, "press", data=data)

    await _answer(request, make)
    raise web.HTTPSeeOther("/")


async def say_text(request: web.Request) -> web.StreamResponse:
    """POST /say: words typed in the box."""

    def make(form: Any, sender: str) -> conversation.Incoming | None:
        text = form.get("text")
        if not isinstance(text, str) or not text.strip():
            return None
        return conversation.Incoming(CHANNEL, sender, "text", text=text)

    await _answer(request, make)
    raise web.HTTPSeeOther("/")


__all__ = ["CHANNEL", "press", "say_text", "show"]
