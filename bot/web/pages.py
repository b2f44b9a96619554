"""Rendering the web page's templates (jinja2, autoescaped: children's words are never markup)."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
from aiohttp import web

from bot.web.passcodes import PICTURES


@cache
def environment() -> jinja2.Environment:
    """The templates bundled in ``bot/web/templates`` with autoescape always on."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("bot.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


_DEFAULTS: dict[str, Any] = {
    "lang": "en",
    "csrf": "",
    "problem": None,
    "pictures": PICTURES,
    "review_word": "meeting",
    "iro_word": "IRO",
}


def render(name: str, **context: Any) -> str:
    """The HTML of template ``name`` with ``context`` over the page defaults."""
    return environment().get_template(name).render({**_DEFAULTS, **context})


def page(name: str, *, status: int = 200, **context: Any) -> web.Response:
    """An HTML response of template ``name``."""
    return web.Response(
        text=render(name, **context), status=status, content_type="text/html", charset="utf-8"
    )


def message(heading: str, *lines: str, status: int = 200, csrf: str = "") -> web.Response:
    """A page with one heading and a few sentences (link not working, locked, time ran out)."""
    return page("message.html", status=status, heading=heading, lines=lines, csrf=csrf)
