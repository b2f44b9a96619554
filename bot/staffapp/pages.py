"""Rendering the staff app's templates (jinja2, autoescaped: children's words are never markup)."""

from __future__ import annotations

import base64
import hashlib
import io
import re
from functools import cache
from typing import Any

import jinja2
import segno
from aiohttp import web

from bot.channels.web.security import CONTENT_SECURITY_POLICY


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("bot.staffapp", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def page(name: str, *, status: int = 200, **context: Any) -> web.Response:
    """An HTML response of template ``name``."""
    html = environment().get_template(name).render(**context)
    return web.Response(text=html, content_type="text/html", status=status)


def message(title: str, text: str, *, status: int = 200, member: Any = None) -> web.Response:
    """A page that only says something (and links back)."""
    return page("message.html", status=status, title=title, text=text, member=member, csrf="")


_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL)


def self_contained(html: str) -> web.Response:
    """A report page with its own inline CSS: the CSP allows exactly those styles, by hash."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode() + "'"
        for css in _STYLE.findall(html)
    )
    policy = CONTENT_SECURITY_POLICY.replace("style-src 'self'", f"style-src 'self' {hashes}")
    response = web.Response(text=html, content_type="text/html")
    response.headers["Content-Security-Policy"] = policy
    return response


def qr_image(text: str) -> str:
    """A QR code of ``text`` as a ``data:`` PNG address, for an ``<img>`` on a printable page."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=5, border=4)
    return png_image(buffer.getvalue())


def png_image(png: bytes) -> str:
    """A PNG as a ``data:`` address (the pages load nothing from anywhere else)."""
    return "data:image/png;base64," + base64.b64encode(png).decode()
