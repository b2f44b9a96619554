"""Rendering the web page's templates (jinja2, autoescaped: children's words are never markup).

Every template gets ``t(key, **values)``: the page's own sentence ``key``
(:mod:`bot.channels.web.texts`)
in the child's language with their preferred words, so no template holds English of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import jinja2
from aiohttp import web

from bot.channels.web import texts
from bot.channels.web.passcodes import PICTURE_COUNT, PICTURES


@cache
def environment() -> jinja2.Environment:
    """The templates bundled in ``bot/channels/web/templates`` with autoescape always on."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("bot.channels.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(
    name: str, *, lang: str = "en", words: Mapping[str, str] | None = None, **context: Any
) -> str:
    """The HTML of template ``name`` in ``lang``, with ``context`` over the page defaults."""

    def t(key: str, **values: object) -> str:
        return texts.text(key, lang, words, **values)

    pictures = [
        {"id": item.id, "emoji": item.emoji, "label": texts.picture_name(item.id, lang)}
        for item in PICTURES
    ]
    defaults: dict[str, Any] = {
        "csrf": "",
        "problem": None,
        "pictures": pictures,
        "picture_count": PICTURE_COUNT,
    }
    return environment().get_template(name).render({**defaults, **context, "lang": lang, "t": t})


def page(
    name: str,
    *,
    status: int = 200,
    lang: str = "en",
    words: Mapping[str, str] | None = None,
    **context: Any,
) -> web.Response:
    """An HTML response of template ``name``."""
    return web.Response(
        text=render(name, lang=lang, words=words, **context),
        status=status,
        content_type="text/html",
        charset="utf-8",
    )


def message(
    heading: str, *lines: str, lang: str = "en", status: int = 200, csrf: str = ""
) -> web.Response:
    """A page with one heading and a few sentences (link not working, locked, time ran out)."""
    return page("message.html", status=status, lang=lang, heading=heading, lines=lines, csrf=csrf)
