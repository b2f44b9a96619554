"""Running hearme: the Telegram bot and the web page, until SIGTERM or Ctrl-C.

``hearme run`` calls :func:`run`. It opens the database with the data key, builds the shared
``Services``, and starts Telegram (``TELEGRAM_BOT_TOKEN``), by long polling or, with a webhook
URL, as a webhook server, and the web page with the staff app at ``/staff`` (unless
``--no-web``) on ``HEARME_WEB_HOST`` (loopback by default: publish it through a reverse proxy
with HTTPS). Without a token the web page and staff app run alone when staff can be e-mailed
(``[staff_email]``); with neither, a disclosure on the page would alert nobody, so it refuses.
Updates from different chats are handled side by side, each chat's in order
(``settings.concurrent_chats``, ``bot.channels.telegram.update_order``), and sends are paced to
Telegram's limits (``settings.send_rate_*``, ``bot.outbox.send_pacing``). The safeguarding
detector's patterns, compiled on first use (``surveys.on_first_use``), are compiled as each
channel is built, before its first update or request, so no child waits for them. On SIGTERM
or SIGINT it stops taking updates, lets the updates in hand finish, stops the scheduler and
closes the database, then returns.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import errno
import hashlib
import hmac
import logging
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from telegram.error import TelegramError
from telegram.ext import Application

from bot import logs
from bot.channels.telegram import webhook
from bot.outbox import housekeeping, scheduler
from bot.safeguarding import telling
from bot.services import Services
from bot.settings import Settings
from bot.staff import commands as staff
from storage import alerts
from storage.db import Database
from storage.errors import HearmeError

log = logging.getLogger(__name__)

TOKEN_ENV = "TELEGRAM_BOT_TOKEN"
API_URL_ENV = "TELEGRAM_API_URL"
# Named in what hearme says when the web page cannot start (or web_port/web_host in hearme.toml).
WEB_PORT_ENV = "HEARME_WEB_PORT"
WEB_HOST_ENV = "HEARME_WEB_HOST"
PUBLIC_URL_ENV = "HEARME_PUBLIC_URL"
# Long-polling timeout: short enough that SIGTERM is honoured within a few seconds.
POLL_TIMEOUT = 5


NO_STAFF_CHANNEL = (
    "no way to reach staff is configured, so a disclosure on the web page would alert nobody: "
    f"set {TOKEN_ENV} (Telegram) or HEARME_STAFF_EMAIL__HOST and "
    "HEARME_STAFF_EMAIL__FROM_ADDRESS (e-mail, [staff_email] in hearme.toml); use --no-web to "
    "run Telegram only"
)
NO_DUTY_WARNING = (
    "Warning: no duty staff chat is enrolled, so safeguarding alerts reach only the child's "
    "IRO, and alerts about an IRO reach nobody until an admin is told. Enrol the duty team "
    "with `hearme invite-staff STAFF_REF`."
)


class RunError(HearmeError):
    """hearme cannot start; the message says what to set or fix."""


@dataclass(frozen=True)
class RunConfig:
    """What ``hearme run`` was asked to do, read from the options and the settings."""

    token: str
    api_url: str
    webhook_url: str | None
    web: bool
    settings: Settings
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        api_url: str | None,
        webhook_url: str | None,
        web: bool,
    ) -> RunConfig:
        """Combine options (which win) with the council's settings (``bot.config``)."""
        secret = settings.telegram_bot_token
        token = secret.get_secret_value().strip() if secret is not None else ""
        if not token and not web:
            raise RunError(
                f"nothing to run: {TOKEN_ENV} is not set (the bot's token from @BotFather) and "
                "--no-web turns the web page off"
            )
        if not token and not settings.staff_email.configured:
            raise RunError(NO_STAFF_CHANNEL)
        return cls(
            token=token,
            api_url=api_url or settings.telegram_api_url,
            webhook_url=webhook_url,
            web=web,
            settings=settings,
            webhook_listen=settings.webhook_listen,
            webhook_port=settings.webhook_port,
        )


Say = Callable[[str], None]


async def run(db: Database, definitions: Any, config: RunConfig, *, say: Say = print) -> None:
    """Serve until SIGTERM/SIGINT, then shut down cleanly and close ``db``.

    Args:
        db: The open database (with the data key); closed before returning.
        definitions: The validated survey definitions, by id.
        config: What to run.
        say: Where progress lines for the person running hearme go (never secrets).
    """
    # PTB 22 warns on every 429 unless opted in to the coming timedelta ``retry_after``; the
    # scheduler reads both forms, so opt in and keep the log clean.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    services = Services(db=db, definitions=definitions, settings=config.settings)
    # Before any update is taken: after a long stop Telegram may have started its update ids
    # again, and the updates waiting for hearme must not be taken for ones it has seen.
    await housekeeping.housekeep(services, now=services.clock())
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await _serve(services, config, stop, say)
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
        await db.close()
    say("hearme stopped.")


async def _serve(services: Services, config: RunConfig, stop: asyncio.Event, say: Say) -> None:
    if not config.token:
        await _serve_without_telegram(services, config, stop, say)
        return
    application = _telegram(services, config)
    web_runner = None
    try:
        try:
            await application.initialize()
        except TelegramError as error:
            log.error("the Bot API did not answer getMe: %s", type(error).__name__)
            raise RunError(
                f"the Bot API at {logs.scrub_secrets(config.api_url)} did not answer as Telegram "
                f"does ({type(error).__name__}: {logs.scrub_words(str(error))}): check "
                f"{TOKEN_ENV} and {API_URL_ENV}"
            ) from None
        await application.start()
        await _take_updates(application, config)
        say(f"Telegram bot @{application.bot.username} is running.")
        if not await alerts.duty_chats_enrolled(services.db.reader):
            say(NO_DUTY_WARNING)
        if config.web:
            web_runner = await _start_web(services, config, application)
            settings = config.settings
            say(
                f"Web page on {settings.web_host}:{settings.web_port} "
                f"(children open it at {settings.public_url})."
            )
        say("Press Ctrl-C (or send SIGTERM) to stop.")
        await stop.wait()
        say("Stopping: finishing the updates in hand...")
    finally:
        if web_runner is not None:
            await web_runner.cleanup()
        await _stop_telegram(application)


def _telegram(services: Services, config: RunConfig) -> Application[Any, Any, Any, Any, Any, Any]:
    from bot.channels.telegram.app import (
        build_application,  # imported late: it pulls in every Telegram handler
    )

    return build_application(
        services,
        token=config.token,
        base_url=config.api_url,
        extra=(scheduler.register, staff.register),
    )


async def _take_updates(
    application: Application[Any, Any, Any, Any, Any, Any], config: RunConfig
) -> None:
    updater = application.updater
    if updater is None:
        raise RunError("this Telegram application has no updater")
    if config.webhook_url is None:
        await updater.start_polling(timeout=POLL_TIMEOUT, drop_pending_updates=False)
        return
    # Answered only once each update is handled, so a worker that dies loses none
    # (bot.channels.telegram.webhook). Telegram repeats the secret header on every call, so
    # forged posts to the URL are refused.
    await webhook.start(
        application,
        listen=config.webhook_listen,
        port=config.webhook_port,
        url=config.webhook_url,
        secret=webhook_secret(config.token),
    )


def webhook_secret(token: str) -> str:
    """The header Telegram must send with every webhook post, derived from the bot's token.

    Every worker behind the load balancer registers the webhook at start; one random secret
    each would leave only the last one's posts accepted. Derived from the token (itself
    secret), they all agree, and nobody without the token can forge it.
    """
    digest = hmac.new(token.encode(), b"hearme webhook secret", hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


async def _stop_telegram(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Stop fetching, let running handlers finish (PTB waits for them), then release."""
    await webhook.stop(application)
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    await application.shutdown()


async def _start_web(
    services: Services,
    config: RunConfig,
    application: Application[Any, Any, Any, Any, Any, Any],
) -> Any:
    """Serve the web page; alerts raised on it reach staff at once through the bot."""
    from bot.channels.web.server import start_web

    bot = application.bot

    # Alerts raised on the page are told at once through the bot; deletion requests go
    # through the outbox (the scheduler tells the admins).
    staff = telling.StaffChannel.telegram(bot, services)
    host, port = config.settings.web_host, config.settings.web_port
    try:
        return await start_web(services, host=host, port=port, notify_alert=staff.alert)
    except OSError as error:
        raise RunError(_listen_problem(host, port, error)) from None


async def _serve_without_telegram(
    services: Services, config: RunConfig, stop: asyncio.Event, say: Say
) -> None:
    """The children's page and the staff app, with staff told by e-mail (no Telegram token)."""
    from bot.channels.web.server import start_web
    from bot.staffapp import mail

    # The staff app registers its e-mail with telling as the server starts.
    staff = telling.StaffChannel.without_telegram(services)
    host, port = config.settings.web_host, config.settings.web_port
    try:
        web_runner = await start_web(services, host=host, port=port, notify_alert=staff.alert)
    except OSError as error:
        raise RunError(_listen_problem(host, port, error)) from None
    settings = config.settings
    say(
        f"Web page on {settings.web_host}:{settings.web_port} (children open it at "
        f"{settings.public_url}; staff at {settings.public_url.rstrip('/')}/staff). "
        "Staff are told by e-mail; no Telegram bot runs."
    )
    say("Press Ctrl-C (or send SIGTERM) to stop.")
    try:
        while not stop.is_set():
            try:
                await mail.email_escalations(services)
            except Exception as error:  # the next round tries again
                log.error("e-mail escalation failed: %s", type(error).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=settings.outbox_poll_seconds)
        say("Stopping...")
    finally:
        await web_runner.cleanup()


def _listen_problem(host: str, port: int, error: OSError) -> str:
    """A sentence for why the web page could not listen (never a traceback)."""
    if error.errno == errno.EADDRINUSE:
        return f"port {port} is in use: set {WEB_PORT_ENV} to a free port"
    if error.errno == errno.EADDRNOTAVAIL:
        return f"this machine has no address {host}: set {WEB_HOST_ENV} to one of its addresses"
    if error.errno == errno.EACCES:
        return f"port {port} needs special rights: set {WEB_PORT_ENV} to 1024 or above"
    reason = error.strerror or type(error).__name__
    return f"the web page cannot listen on {host}:{port} ({reason}): check {WEB_HOST_ENV}"
