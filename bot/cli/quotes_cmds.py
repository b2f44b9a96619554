"""``hearme quotes review``: read heavily redacted quotes before any report prints them."""

from __future__ import annotations

from datetime import date, datetime

import click

from bot.cli.common import ACTOR, run_async, utc_now, with_db
from reports import collect
from reports.periods import current_year
from storage import audit, held_quotes
from storage.db import Database

_SURVEY_NAMES = {"tell_us_more": "Tell Us More", "after_my_review": "After my review"}


@click.group("quotes")
def quotes_group() -> None:
    """Quotes children agreed to share, before they go into a report."""


async def _scan(db: Database, start: date, end: date) -> int:
    """Hold every heavily redacted quote the satisfaction and feedback reports would use."""
    pending = []
    for make in (collect.satisfaction_document, collect.feedback_document):
        doc = await make(db.reader, db.cipher, start, end)
        pending += collect.quotes_to_hold(doc)
    async with db.transaction() as conn:
        return await held_quotes.hold(conn, db.cipher, pending, now=utc_now())


@quotes_group.group("review", invoke_without_command=True)
@click.option(
    "--from",
    "start",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Look for quotes from this day (default: 1 April of this year).",
)
@click.option(
    "--to", "end", type=click.DateTime(["%Y-%m-%d"]), help="Up to this day (default: today)."
)
@click.option("--all", "show_all", is_flag=True, help="Also list quotes already decided.")
@click.pass_context
def review_group(
    ctx: click.Context, start: datetime | None, end: datetime | None, show_all: bool
) -> None:
    """List quotes held for approval: only the redacted words are shown.

    \b
    hearme quotes review                 list the quotes waiting (finding new ones first)
    hearme quotes review approve ID...   reports may print these words
    hearme quotes review reject ID...    never print them
    """
    if ctx.invoked_subcommand is not None:
        return
    today = utc_now().date()
    first = start.date() if start else current_year(today).start
    last = end.date() if end else today
    if last < first:
        raise click.BadParameter("--to is before --from", param_hint="--to")

    async def work(db: Database) -> tuple[int, list[held_quotes.HeldRow]]:
        new = await _scan(db, first, last)
        status = None if show_all else held_quotes.HELD
        return new, await held_quotes.listed(db.reader, db.cipher, status=status)

    new, rows = run_async(with_db(work, need_key=True))
    if new:
        click.echo(f"{new} new quote(s) held for approval.")
    if not rows:
        click.echo("No quotes are waiting for approval.")
        return
    for row in rows:
        survey = _SURVEY_NAMES.get(row.definition_id, row.definition_id)
        state = "" if row.status == held_quotes.HELD else f" [{row.status}]"
        click.echo(f"#{row.id}{state} {survey} – {row.question} (held {row.held_at[:10]})")
        click.echo(f"    {row.text}")
    click.echo("Approve with `hearme quotes review approve ID`, or reject with `... reject ID`.")


def _decide_command(status: str, verb: str) -> click.Command:
    @click.command(verb)
    @click.argument("quote_ids", metavar="ID...", nargs=-1, required=True, type=int)
    def command(quote_ids: tuple[int, ...]) -> None:
        async def work(db: Database) -> list[int]:
            missing = []
            now = utc_now()
            async with db.transaction() as conn:
                for quote_id in quote_ids:
                    if not await held_quotes.decide(conn, quote_id, status, by=ACTOR, now=now):
                        missing.append(quote_id)
                        continue
                    await audit.record(
                        conn, at=now, actor=ACTOR, action=f"quote.{verb}", detail={"id": quote_id}
                    )
            return missing

        missing = run_async(with_db(work, need_key=False))
        done = [i for i in quote_ids if i not in missing]
        if done:
            click.echo(f"{status.capitalize()}: {', '.join(f'#{i}' for i in done)}.")
        if missing:
            raise click.ClickException(
                f"no held quote {', '.join(f'#{i}' for i in missing)} "
                "(see `hearme quotes review --all`)"
            )

    command.help = (
        "Let reports print these redacted words."
        if status == held_quotes.APPROVED
        else "Never print these words in a report."
    )
    return command


review_group.add_command(_decide_command(held_quotes.APPROVED, "approve"))
review_group.add_command(_decide_command(held_quotes.REJECTED, "reject"))


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    group.add_command(quotes_group)
