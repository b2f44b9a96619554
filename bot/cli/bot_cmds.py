"""``hearme run``, ``hearme invite``, ``hearme invite-staff`` and ``hearme campaign``."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from bot import logs
from bot.cli.common import (
    check_output,
    council_settings,
    db_path,
    force_option,
    loaded_settings,
    open_database,
    write_private,
)
from bot.config import DEFAULT
from bot.outbox import planning
from bot.runner import API_URL_ENV, PUBLIC_URL_ENV, TOKEN_ENV, RunConfig, RunError
from bot.staff import invites as staff_invites
from storage import audit
from storage.crypto import key_file_warnings, key_path

USERNAME_ENV = "HEARME_BOT_USERNAME"
T = TypeVar("T")
log = logging.getLogger("hearme.run")
LOCAL_LINK_WARNING = (
    f"Warning: {PUBLIC_URL_ENV} is not set (nor public_url in hearme.toml), so this link and "
    "its QR code point at {url} and only work on this machine. Before printing a card, set "
    f"{PUBLIC_URL_ENV} to the web page's public HTTPS address (the reverse proxy in front of "
    "`hearme run`), e.g. https://hearme.example.gov.uk, and make a new link."
)


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def _definitions() -> Any:
    from surveys.catalogue import load_definitions

    try:
        return load_definitions()
    except Exception as error:  # a broken survey file must say which, not show a traceback
        raise click.ClickException(
            f"the survey definitions could not be loaded: {error}"
        ) from error


@click.command("run")
@click.option("--api-url", help=f"Bot API base URL (default ${API_URL_ENV} or telegram_api_url).")
@click.option("--webhook", "webhook_url", help="Receive updates at this public HTTPS URL.")
@click.option("--no-web", is_flag=True, help="Do not serve the children's web page.")
@click.option(
    "--log-format",
    type=click.Choice(logs.FORMATS),
    envvar=logs.FORMAT_ENV,
    default="text",
    show_default=True,
    help=f"Log lines on stderr as text, or json: one object per line (or ${logs.FORMAT_ENV}).",
)
def run_command(
    api_url: str | None, webhook_url: str | None, no_web: bool, log_format: str
) -> None:
    """Run the Telegram bot (token from TELEGRAM_BOT_TOKEN) and the web page until stopped.

    The web page needs the bot: safeguarding alerts reach staff through it. It listens on
    HEARME_WEB_HOST:HEARME_WEB_PORT (default 127.0.0.1:8080); publish it through a reverse proxy
    with HTTPS. Log lines (ids and event names, failures with their traceback; never a child's
    words or the token) go to stderr.
    """
    from bot import runner

    try:
        config = RunConfig.from_settings(
            council_settings(), api_url=api_url, webhook_url=webhook_url, web=not no_web
        )
    except RunError as error:
        raise click.ClickException(logs.scrub_secrets(str(error))) from error
    logs.configure(log_format, hidden=[config.token])

    for warning in key_file_warnings(key_path(), db_path()):
        click.echo(warning, err=True)

    async def serve() -> None:
        db = await open_database(need_key=True, migrate_schema=True)
        await runner.run(db, _definitions(), config, say=lambda line: click.echo(line))

    try:
        _run(serve())
    except RunError as error:
        raise click.ClickException(logs.scrub_secrets(str(error))) from error
    except (click.ClickException, KeyboardInterrupt):
        raise
    except Exception as error:
        # Python's own report would print the raw traceback, and an error's message can hold
        # the token: log it through the scrubbing handler instead.
        log.error("hearme run stopped: %s", type(error).__name__)
        raise click.ClickException(
            f"hearme stopped after an unexpected {type(error).__name__} (logged above)"
        ) from None


async def bot_username() -> str:
    """The bot's @username: asked from Telegram when a token is set, else from the settings."""
    settings = council_settings()
    secret = settings.telegram_bot_token
    token = secret.get_secret_value().strip() if secret is not None else ""
    if not token:
        return settings.bot_username
    from telegram import Bot
    from telegram.error import TelegramError

    base_url = settings.telegram_api_url
    try:
        async with Bot(token, base_url=base_url) as bot:
            return bot.username
    except TelegramError as error:
        raise click.ClickException(
            f"Telegram did not accept {TOKEN_ENV} ({type(error).__name__}): check the token, "
            f"or unset it and set {USERNAME_ENV} instead"
        ) from error


@click.command("invite")
@click.argument("child_ref")
@click.option("--assisted", is_flag=True, help="For an adult helping the child (always under 16).")
@click.option("--web", is_flag=True, help="A private web link instead (any age from 4, no app).")
@click.option(
    "--qr",
    "qr_path",
    type=click.Path(dir_okay=False, writable=True),
    help="With --web: where to write the QR code PNG for a printed card "
    "(default CHILD_REF-link.png).",
)
@force_option
def invite_command(
    child_ref: str, assisted: bool, web: bool, qr_path: str | None, force: bool
) -> None:
    """Print a single-use enrolment link for a child (valid 14 days).

    By default a Telegram link (for an adult helping the child when they are under 16); with
    --web a private link to the children's web page, plus a QR code image for a printed card.
    """
    if web:
        if assisted:
            raise click.UsageError("--assisted is for Telegram; a web link is the child's own")
        qr = Path(qr_path or f"{child_ref}-link.png")
        check_output(qr, force=force)  # before the link is made: a refused file wastes no invite
        click.echo(_run(_invite_web(child_ref, qr, force=force)))
        if loaded_settings().origins["public_url"] == DEFAULT:
            # A card printed with a loopback link is useless to a child, and nothing else
            # would tell the person printing it.
            click.echo(LOCAL_LINK_WARNING.format(url=council_settings().public_url), err=True)
        return
    if qr_path is not None:
        raise click.UsageError("--qr goes with --web")
    click.echo(_run(_invite_child(child_ref, assisted=assisted)))


async def _invite_web(child_ref: str, path: Path, *, force: bool) -> str:
    from bot.channels.web.guessing import months
    from bot.channels.web.links import WebLinkError, create_web_link
    from bot.channels.web.security import WebLimits
    from bot.services import Services

    settings = council_settings()
    db = await open_database(need_key=True)
    try:
        services = Services(db=db, definitions={}, settings=settings)
        try:
            url, png = await create_web_link(services, child_ref, now=datetime.now(UTC))
        except WebLinkError as error:
            raise click.ClickException(str(error)) from error
    finally:
        await db.close()
    # The code in the picture enrols the child: created 0600, never readable by others.
    write_private(path, png, force=force)
    return (
        f"Private web link for {child_ref}: to be set up within {settings.invite_days} days; "
        f"once the child has chosen their PIN or pictures it works for "
        f"{months(WebLimits())} months, and only with them.\n{url}\n"
        f"QR code for a printed card: {path}"
    )


async def _invite_child(child_ref: str, *, assisted: bool) -> str:
    from bot.channels.telegram.chat import deep_link

    settings, now = council_settings(), datetime.now(UTC)
    db = await open_database(need_key=False)
    try:
        invite = await staff_invites.invite_child(
            db, settings, child_ref, assisted=assisted, now=now, actor="cli"
        )
    except staff_invites.InviteError as error:
        raise click.ClickException(str(error)) from error
    finally:
        await db.close()
    link = deep_link(await bot_username(), invite.code)
    note = staff_invites.note_for(child_ref, invite)
    return f"{note}\n{link}\nSingle use, valid for {settings.invite_days} days."


@click.command("invite-staff")
@click.argument("staff_ref")
def invite_staff_command(staff_ref: str) -> None:
    """Print a single-use Telegram enrolment link for a member of staff."""
    click.echo(_run(_invite_staff(staff_ref)))


async def _invite_staff(staff_ref: str) -> str:
    from bot.channels.telegram.chat import deep_link

    settings, now = council_settings(), datetime.now(UTC)
    db = await open_database(need_key=False)
    try:
        code, member = await staff_invites.invite_staff(
            db, settings, staff_ref, now=now, actor="cli"
        )
    except staff_invites.InviteError as error:
        raise click.ClickException(str(error)) from error
    finally:
        await db.close()
    link = deep_link(await bot_username(), code)
    return (
        f"Staff invite for {member.name} ({member.role}):\n{link}\n"
        f"Single use, valid for {settings.invite_days} days."
    )


@click.command("campaign")
@click.argument("survey")
@click.option("--ages", default="8-17", show_default=True, help="Inclusive age range, e.g. 8-17.")
@click.option("--days", "close_days", default=14, show_default=True, help="Days it stays open.")
def campaign_command(survey: str, ages: str, close_days: int) -> None:
    """Offer a survey (e.g. tell_us_more) to every enrolled child in an age range."""
    try:
        age_range = planning.parse_age_range(ages)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--ages") from error
    if close_days < 1:
        raise click.BadParameter("must be at least 1", param_hint="--days")
    definitions = _definitions()
    if survey not in definitions:
        raise click.ClickException(
            f"no survey {survey!r}: choose one of {', '.join(sorted(definitions))}"
        )
    added = _run(_campaign(definitions, survey, age_range, close_days))
    low, high = age_range
    click.echo(
        f"{survey}: {added} children aged {low}-{high} will be offered it by the running bot "
        "(each at their next allowed time)."
    )


async def _campaign(definitions: Any, survey: str, ages: tuple[int, int], close_days: int) -> int:
    from bot.outbox import planning
    from bot.services import Services

    db = await open_database(need_key=False)
    try:
        services = Services(db=db, definitions=definitions, settings=council_settings())
        added = await planning.start_campaign(
            services, survey, ages=ages, close_days=close_days
        )
        async with db.transaction() as conn:
            await audit.record(
                conn,
                at=services.clock(),
                actor="cli",
                action="campaign",
                detail={"survey": survey, "ages": f"{ages[0]}-{ages[1]}", "offers": added},
            )
        return added
    finally:
        await db.close()


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    for command in (run_command, invite_command, invite_staff_command, campaign_command):
        group.add_command(command)
