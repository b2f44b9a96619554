"""The web-link channel's aiohttp application and how ``hearme run`` starts it.

Routes::

    GET  /c/{code}   open a private link (choose, or enter, the PIN/pictures)
    GET  /           the child's page: their pending consultation through the conversation service
    POST /setup      choose the PIN or pictures (first visit)
    POST /unlock     enter them (later visits; a few tries, then a lock)
    POST /press      a button (an answer, skip, "I don't want to say", back, stop, ...) or one
                     of the controls on every page (talk, stop, what is kept, delete)
    POST /say        typed text
    POST /exit       quick exit: end the visit, go to /learn
    GET  /learn      a neutral school page that forgets the session
    GET  /static/*   the page's own CSS and script (nothing is loaded from anywhere else)
    /staff/*         the staff web app (:mod:`bot.staffapp`)

Every POST but quick exit carries a CSRF token; once its cookie and token are checked it counts
towards per-visit and per-address-and-link limits (:mod:`bot.channels.web.access`). Responses never
name
the server software, and carry HSTS when children reach the page over https.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from aiohttp import web

from bot.channels.web import access, chat
from bot.channels.web.context import CONTEXT, AlertNotifier, ErasureNotifier, WebContext, context_of
from bot.channels.web.security import (
    STRICT_TRANSPORT_SECURITY,
    Handler,
    WebLimits,
    security_headers,
)
from bot.services import Services
from bot.staffapp.app import build_staff_app
from surveys import concerns

log = logging.getLogger(__name__)

# Forms are small; a child's longest answer is a few thousand characters.
_MAX_BODY_BYTES = 64 * 1024


@web.middleware
async def proxy_check(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Warn (once) when an untrusted reverse proxy forwards requests."""
    context_of(request).check_forwarding(request)
    return await handler(request)


async def _final_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Last touches to every response, static files and errors included (aiohttp adds its
    ``Server`` header just before this runs): no software or version for anyone to look up,
    and HSTS when the page is served over https."""
    response.headers.popall("Server", None)
    if context_of(request).secure_cookies:
        response.headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY


def _static_dir() -> Path:
    return Path(str(resources.files("bot.channels.web").joinpath("static")))


def build_web_app(
    services: Services,
    *,
    limits: WebLimits | None = None,
    notify_alert: AlertNotifier | None = None,
    notify_erasure: ErasureNotifier | None = None,
) -> web.Application:
    """The web channel as an aiohttp application.

    Args:
        services: the bot's shared services (database with key, surveys, settings, clock).
        limits: guessing, session and rate limits (the defaults suit a council).
        notify_alert: called with an alert id after a child's disclosure is stored, to tell their
            IRO and the duty team at once (``hearme run`` passes Telegram's sender). Without it
            the alert row still waits in the database for the escalation job.
        notify_erasure: called with a child id after the child asks, on the page, for their
            answers to be deleted, to tell the admins at once (``hearme run`` passes
            ``erasure_requests.notify_erasure_request`` with Telegram's bot). Without it, or
            when it fails, the notice is planned in the outbox for the scheduler.
    """
    # The detector's patterns are compiled on first use: compile them before the page (and the
    # staff app beside it) takes its first request, not while a child waits for an answer.
    concerns.warm_up()
    app = web.Application(
        middlewares=[security_headers, proxy_check], client_max_size=_MAX_BODY_BYTES
    )
    app[CONTEXT] = WebContext.create(
        services, limits or WebLimits(), notify_alert, notify_erasure
    )
    app.on_response_prepare.append(_final_headers)
    app.router.add_get("/", chat.show)
    app.router.add_get("/c/{code}", access.open_link)
    app.router.add_post("/setup", access.choose_secret)
    app.router.add_post("/unlock", access.enter_secret)
    app.router.add_post("/press", chat.press)
    app.router.add_post("/say", chat.say_text)
    app.router.add_post("/exit", access.quick_exit)
    app.router.add_get("/learn", access.neutral_page)
    app.router.add_static("/static", _static_dir(), append_version=False)
    staff_app = build_staff_app(services)
    staff_app[CONTEXT] = app[CONTEXT]  # the shared middlewares read the children's context
    app.add_subapp("/staff", staff_app)
    return app


async def start_web(
    services: Services,
    *,
    host: str = "127.0.0.1",
    port: int,
    limits: WebLimits | None = None,
    notify_alert: AlertNotifier | None = None,
    notify_erasure: ErasureNotifier | None = None,
) -> web.AppRunner:
    """Serve the web channel on ``host:port``; stop it with ``await runner.cleanup()``.

    Port 0 picks a free port (read it back from :func:`bound_port`).
    """
    app = build_web_app(
        services, limits=limits, notify_alert=notify_alert, notify_erasure=notify_erasure
    )
    # Access logs would print paths, and a link's path is its secret code.
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    log.info("web channel listening on %s:%s", host, bound_port(runner))
    settings = services.settings
    if settings.public_url.lower().startswith("https://") and not settings.trusted_proxies:
        # hearme speaks plain http: an https address means a proxy in front that is not trusted.
        log.warning(
            "the web page's public address is https but HEARME_TRUSTED_PROXIES is empty: rate "
            "limits will count the reverse proxy's address; set it to the proxy's address"
        )
    return runner


def bound_port(runner: web.AppRunner) -> int:
    """The port a started runner listens on."""
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    raise RuntimeError("the web channel is not listening")


__all__ = ["WebContext", "bound_port", "build_web_app", "start_web"]
