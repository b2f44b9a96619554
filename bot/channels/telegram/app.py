"""Building the python-telegram-bot ``Application`` that runs hearme on Telegram.

The scheduler and the staff commands add themselves through ``extra`` callables, so this is the
one place the application is put together, for ``hearme run``, ``hearme demo`` and the tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from telegram import BotCommand, Update
from telegram.ext import ApplicationBuilder, ContextTypes

from bot import logs
from bot.channels.telegram import handlers as telegram_channel
from bot.channels.telegram.http import AiohttpRequest
from bot.channels.telegram.update_order import ChatOrderedUpdates
from bot.outbox.send_pacing import TelegramPacing
from bot.services import Services
from bot.settings import Settings
from surveys import concerns

log = logging.getLogger(__name__)

AnyApplication = telegram_channel.AnyApplication
Extra = Callable[[AnyApplication, Services], None]

RATE_LIMIT_RETRIES = 3
_COMMANDS = (
    ("help", "What I can do"),
    ("talk", "Ask to talk to a person"),
    ("stop", "No more messages"),
    ("mydata", "What is kept and who sees it"),
    ("delete", "Ask for your answers to be deleted"),
)


def file_url_for(base_url: str) -> str:
    """The file download base for a Bot API ``base_url`` (``.../bot`` → ``.../file/bot``)."""
    root, sep, _ = base_url.rstrip("/").rpartition("/bot")
    return f"{root}/file/bot" if sep else base_url.rstrip("/") + "/file/bot"


def pacing_for(settings: Settings, *, shared: str | None = None) -> TelegramPacing:
    """The rate limiter for ``settings``' flood limits (Telegram's own by default); with
    ``shared`` (a PostgreSQL URL) the limits hold across every worker on that database."""
    return TelegramPacing(
        overall=settings.send_rate_overall,
        per_chat_rate=settings.send_rate_per_chat,
        per_chat_burst=settings.send_burst_per_chat,
        max_retries=RATE_LIMIT_RETRIES,
        shared=shared,
    )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log which update failed, the error's type and place, and (through ``bot.logs``' handler)
    its scrubbed traceback: never the update's text or the token."""
    update_id = update.update_id if isinstance(update, Update) else None
    error = context.error
    where = ""
    trace = error.__traceback__ if error is not None else None
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    if trace is not None:
        where = f" at {trace.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{trace.tb_lineno}"
    log.error(
        "update %s failed: %s%s", update_id, type(error).__name__, where, extra={"failure": error}
    )


async def _set_commands(application: AnyApplication) -> None:
    await application.bot.set_my_commands([BotCommand(name, about) for name, about in _COMMANDS])


# python-telegram-bot logs whole updates (a child's words) at DEBUG, and httpx logs every
# request URL, which holds the bot token, at INFO; hearme's own loggers log neither, so the
# libraries are capped however logging is set up.
_LIBRARY_LOGGERS = {
    "telegram": logging.INFO,
    "apscheduler": logging.INFO,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
}


def keep_words_out_of_library_logs() -> None:
    """Cap the libraries' loggers so no log holds a child's words or the token."""
    for name, floor in _LIBRARY_LOGGERS.items():
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < floor:
            logger.setLevel(floor)


def build_application(
    services: Services,
    *,
    token: str,
    base_url: str,
    extra: Sequence[Extra] = (),
    rate_limiter: bool = True,
    base_file_url: str | None = None,
    concurrent_updates: int | None = None,
) -> AnyApplication:
    """The hearme bot as a python-telegram-bot ``Application``, not yet started.

    Args:
        services: database, surveys, settings and clock.
        token: the bot token (never logged).
        base_url: Bot API base URL in python-telegram-bot's sense, e.g. ``https://api.telegram.org/bot``
            or a loopback stand-in's ``http://127.0.0.1:PORT/bot``.
        extra: callables ``(application, services) -> None`` that add more handlers or jobs.
        rate_limiter: whether to pace sends to ``services.settings``' flood limits
            (``send_rate_*``) and retry flood-control answers.
        base_file_url: where files are downloaded from; derived from ``base_url`` when None.
        concurrent_updates: how many chats are handled at once; ``settings.concurrent_chats``
            when None. One chat's updates are always handled one after another, in order
            (``bot.channels.telegram.update_order``); each is one transaction on the one writer, so
            chats never
            see each other's half-done state.
    """
    keep_words_out_of_library_logs()
    logs.hide(token)
    # The detector's patterns are compiled on first use; this bot will read children's words,
    # so compile them now, before the first update is taken, not while a child waits.
    concerns.warm_up()
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url or file_url_for(base_url))
        .post_init(_set_commands)
    )
    try:
        builder = builder.request(AiohttpRequest()).get_updates_request(
            AiohttpRequest(connections=1, for_updates=True)
        )
    except RuntimeError:
        # A builder already given python-telegram-bot's own client settings (e.g. timeouts)
        # keeps that client: the settings belong to it.
        log.info("keeping python-telegram-bot's own HTTP client")
    settings = services.settings
    chats = settings.concurrent_chats if concurrent_updates is None else concurrent_updates
    # Several workers share one PostgreSQL database: chat turns are taken there too.
    if chats > 1 or services.db.url is not None:
        builder = builder.concurrent_updates(ChatOrderedUpdates(chats, shared=services.db.url))
    if rate_limiter:
        # The builder's type parameters assume no rate limiter.
        pacing = pacing_for(settings, shared=services.db.url)
        builder = builder.rate_limiter(pacing)  # type: ignore[arg-type]
    application: AnyApplication = builder.build()
    telegram_channel.register(application, services)
    for add in extra:
        add(application, services)
    application.add_error_handler(on_error)
    return application
