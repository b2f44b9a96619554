"""Telegram's webhook posts, each answered only once its update has been handled.

python-telegram-bot's own webhook server answers Telegram as soon as an update is queued. A
worker killed after that answer but before the update was handled loses it: Telegram has been
told it arrived and never sends it again. Here the post is answered 200 only after the update
went through the application's handlers (each chat in order, ``update_order``), so a worker that
dies mid-way leaves Telegram (or the load balancer) without an answer, and it is sent again,
to whichever worker is alive. A second delivery of an update that had been handled changes
nothing (``storage.updates``).

Posts without the shared secret header (``bot.runner.webhook_secret``) are refused with 403.
"""

from __future__ import annotations

import hmac
import logging
import weakref
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
AnyApplication = Application[Any, Any, Any, Any, Any, Any]
# Each application's webhook server, so stopping the application stops it too.
_SERVERS: weakref.WeakKeyDictionary[Any, web.AppRunner] = weakref.WeakKeyDictionary()


def _receiver(application: AnyApplication, secret: str) -> web.Application:
    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            log.warning("webhook post without the secret refused")
            return web.Response(status=403)
        try:
            data = await request.json()
            update = Update.de_json(data, application.bot) if isinstance(data, dict) else None
        except (ValueError, TypeError, KeyError):
            update = None
        if update is None:
            return web.Response(status=400)
        # Handled before answering; the processor keeps each chat's updates in order.
        await application.update_processor.process_update(
            update, application.process_update(update)
        )
        return web.Response()

    app = web.Application(client_max_size=1024 * 1024)
    app.router.add_post("/{path:.*}", receive)
    return app


async def start(
    application: AnyApplication, *, listen: str, port: int, url: str, secret: str
) -> None:
    """Listen on ``listen:port`` and register ``url`` with Telegram, with ``secret``.

    Updates that waited while no worker ran are kept (``drop_pending_updates`` is off).
    """
    runner = web.AppRunner(_receiver(application, secret), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, listen, port).start()
    _SERVERS[application] = runner
    await application.bot.set_webhook(url=url, secret_token=secret, drop_pending_updates=False)


async def stop(application: AnyApplication) -> None:
    """Stop taking posts; those in hand are answered first."""
    runner = _SERVERS.pop(application, None)
    if runner is not None:
        await runner.cleanup()
