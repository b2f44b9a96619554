"""``hearme status``: what an on-call person checks first, from the database, changing nothing.

It needs no data key and no running bot: it reads the file (read-only) that ``hearme run``
writes, so it answers the same whether the bot is up, stuck or stopped.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click
import psycopg

from bot.cli.common import db_target
from bot.config import DB_ENV
from storage.errors import HearmeError
from storage.health import Health, read_health
from storage.postgres import redacted

# A row claimed for sending is marked within seconds; one claimed longer ago was cut off.
_STUCK_SENDING = "rows were being sent when something stopped them: they are not re-sent"


# `--check` exits with this when something needs attention (monitoring treats it as a warning).
NEEDS_ATTENTION_EXIT = 2


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="One JSON object, for monitoring.")
@click.option(
    "--check",
    is_flag=True,
    help=f"Exit with {NEEDS_ATTENTION_EXIT} when something needs attention (for monitoring).",
)
def status_command(as_json: bool, check: bool) -> None:
    """Show the outbox, open alerts, the last update handled, and the database's size and
    schema: what to check first when something seems wrong. Reads only; no key needed."""
    path = db_target()
    if isinstance(path, Path) and not path.exists():
        raise click.ClickException(
            f"no database at {path}: run `hearme init` first (or set {DB_ENV})"
        )
    now = datetime.now(UTC)
    try:
        health = asyncio.run(read_health(path, now=now))
    except (sqlite3.Error, psycopg.Error, HearmeError) as error:
        shown = redacted(path) if isinstance(path, str) else path
        raise click.ClickException(
            f"{shown} could not be read as a hearme database: {error}"
        ) from error
    if as_json:
        click.echo(json.dumps(_as_json(health, now), indent=2))
    else:
        click.echo("\n".join(describe(health, now)))
    if check and needs_attention(health, now):
        sys.exit(NEEDS_ATTENTION_EXIT)


def describe(health: Health, now: datetime) -> list[str]:
    """The status as lines for a person: facts first, then what needs attention."""
    outbox, alerts = health.outbox, health.alerts
    lines = [f"hearme status of {health.path} at {_when(now)}", ""]
    schema = f"schema version {health.schema_version} of {health.latest_version}"
    lines.append(
        f"Database   {_size(health.file_bytes)} (journal {_size(health.journal_bytes)}), "
        f"{schema}, {health.migrations_recorded} migrations recorded"
    )
    oldest = (
        f", the oldest raised {_ago(alerts.oldest_open_at, now)}" if alerts.oldest_open_at else ""
    )
    lines.append(f"Alerts     {alerts.open} open, {alerts.escalated} escalated{oldest}")
    waiting = (
        f"; oldest pending was due {_ago(outbox.oldest_pending_due_at, now)}"
        if outbox.oldest_pending_due_at
        else ""
    )
    lines.append(
        f"Outbox     {outbox.due_now} due now, {outbox.waiting_later} waiting for later"
        f"{waiting}; {outbox.failed} failed, {outbox.sending} being sent"
    )
    if outbox.failures:
        kinds = ", ".join(f"{kind} {count}" for kind, count in outbox.failures)
        lines.append(f"           failed by error: {kinds}")
    if outbox.may_not_have_arrived:
        lines.append(
            f"           {outbox.may_not_have_arrived} sent as a worker stopped mid-send: may not "
            "have arrived (never sent twice; their reminders were planned)"
        )
    update = _ago(health.last_update_at, now) if health.last_update_at else "never"
    lines.append(f"Telegram   last update handled {update}")
    if health.last_web_visit_at:
        lines.append(f"Web page   last visit {_ago(health.last_web_visit_at, now)}")
    attention = needs_attention(health, now)
    lines.append("")
    lines += [f"! {line}" for line in attention] or ["Nothing needs attention."]
    return lines


def needs_attention(health: Health, now: datetime) -> list[str]:
    """What an on-call person should act on, each with what to do."""
    found = []
    if health.migration_problem:
        found.append(health.migration_problem)
    if health.schema_version < health.latest_version:
        found.append(
            f"the schema is at version {health.schema_version}, this hearme writes "
            f"{health.latest_version}: run `hearme init` (or restart `hearme run`) to upgrade"
        )
    if health.alerts.escalated:
        found.append(
            f"{health.alerts.escalated} safeguarding alerts were escalated because nobody "
            "acknowledged them: make sure the IRO or duty team sees them now"
        )
    elif health.alerts.open:
        found.append(f"{health.alerts.open} safeguarding alerts are not acknowledged yet")
    outbox = health.outbox
    if outbox.failed:
        found.append(
            f"{outbox.failed} messages failed and will not be retried (see the errors above "
            "and the log lines of `hearme run`)"
        )
    if outbox.sending:
        found.append(f"{outbox.sending} {_STUCK_SENDING}")
    late = outbox.oldest_pending_due_at
    if late is not None and now - late > timedelta(minutes=10):
        found.append(
            f"messages due {_ago(late, now)} are still waiting: is `hearme run` running? "
            "(quiet hours hold back only what hearme starts)"
        )
    return found


def _as_json(health: Health, now: datetime) -> dict[str, Any]:
    fields = asdict(health)
    fields["path"] = str(health.path)
    fields["checked_at"] = now
    fields["needs_attention"] = needs_attention(health, now)
    plain: dict[str, Any] = _plain(fields)
    return plain


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    return value


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    seconds = int((now - moment).total_seconds())
    later = seconds < 0
    seconds = abs(seconds)
    if seconds < 90:
        span = f"{seconds} s"
    elif seconds < 90 * 60:
        span = f"{seconds // 60} min"
    elif seconds < 48 * 3600:
        span = f"{seconds // 3600} h {seconds % 3600 // 60} min"
    else:
        span = f"{seconds // 86400} days"
    return f"{_when(moment)} ({'in ' + span if later else span + ' ago'})"


def _size(count: int) -> str:
    if count < 1024 * 1024:
        return f"{count / 1024:.0f} KB"
    return f"{count / 1024 / 1024:.1f} MB"


def register(group: click.Group) -> None:
    """Add this module's command to the ``hearme`` group."""
    group.add_command(status_command)
