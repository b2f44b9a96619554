"""The web page's short pages (a link that does not work, a lock, a retired, run-out or
two-picture card, time ran out) and how the page speaks to a child: their language and words."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aiohttp import web

from bot.channels.web import pages, texts
from bot.channels.web.context import WebContext
from bot.conversation.messages import language_of
from storage import children


@dataclass(frozen=True)
class Voice:
    """How the page speaks to one child: their language and preferred words."""

    lang: str = "en"
    words: dict[str, str] = field(default_factory=dict)

    def say(self, key: str, **values: object) -> str:
        return texts.text(key, self.lang, self.words, **values)


async def voice_of(context: WebContext, child_id: int) -> Voice:
    """The child's language and words (English defaults if the child is gone)."""
    child = await children.get_child(context.services.db.reader, child_id)
    if child is None:
        return Voice()
    return Voice(language_of(child.language), dict(child.preferred_words))


def link_refused(lang: str) -> web.Response:
    say = Voice(lang).say
    return pages.message(
        say("link_refused"), say("link_refused_why"), say("ask_new_link"), lang=lang, status=404
    )


def too_many(lang: str, csrf: str = "") -> web.Response:
    say = Voice(lang).say
    return pages.message(say("wait"), say("wait_why"), lang=lang, status=429, csrf=csrf)


def too_many_error(lang: str, csrf: str = "") -> web.HTTPTooManyRequests:
    """:func:`too_many` as an exception, for checks deep in a handler."""
    say = Voice(lang).say
    body = pages.render(
        "message.html", lang=lang, heading=say("wait"), lines=[say("wait_why")], csrf=csrf
    )
    return web.HTTPTooManyRequests(text=body, content_type="text/html")


def locked_page(csrf: str, voice: Voice, until: datetime, now: datetime) -> web.Response:
    minutes = max(1, math.ceil((until - now) / timedelta(minutes=1)))
    if minutes > 90:
        lock = voice.say("locked_hours", hours=math.ceil(minutes / 60))
    else:
        lock = voice.say("locked_minutes", minutes=minutes)
    return pages.message(
        voice.say("locked"), lock, voice.say("locked_later"), lang=voice.lang, status=423, csrf=csrf
    )


def retired_page(voice: Voice) -> web.Response:
    return pages.message(
        voice.say("retired"), voice.say("retired_why"), voice.say("new_card"), lang=voice.lang
    )


def upgraded_page(voice: Voice) -> web.Response:
    """A card set up with two pictures, retired because cards now use three."""
    return pages.message(
        voice.say("upgraded"), voice.say("upgraded_why"), voice.say("new_card"), lang=voice.lang
    )


def run_out_page(voice: Voice, limits_months: int) -> web.Response:
    return pages.message(
        voice.say("expired_card"),
        voice.say("expired_card_why", months=limits_months),
        voice.say("new_card"),
        lang=voice.lang,
    )


def form_expired(lang: str) -> web.HTTPForbidden:
    say = Voice(lang).say
    body = pages.render(
        "message.html", lang=lang, heading=say("form_expired"), lines=[say("form_expired_why")]
    )
    return web.HTTPForbidden(text=body, content_type="text/html")
