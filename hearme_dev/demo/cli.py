"""``hearme demo``: the whole system end to end on a local stand-in for Telegram."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import date, datetime
from pathlib import Path

import click

from bot.cli.common import check_output, council_settings, force_option

# Loggers whose INFO lines are ids and event names only (never words or secrets).
_OUR_LOGGERS = ("bot", "storage", "reports", "surveys", "hearme_dev")
# The HTTP client logs every request URL, and a Bot API URL holds the token: keep it quiet.
_QUIET_LOGGERS = ("httpx", "httpcore", "telegram", "aiohttp", "apscheduler")


def _log_to(path: Path) -> logging.Handler:
    """Send hearme's own log lines to ``path`` for the demo (the terminal shows progress)."""
    from bot import logs

    handler = logging.FileHandler(path, mode="w", encoding="utf-8")
    # The same lines as `hearme run`: failures with their traceback, token and words scrubbed.
    handler.setFormatter(logs.ScrubbingFormatter())
    handler.addFilter(logs.AttachTraceback())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    for name in _OUR_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler


@click.command("demo")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo-output"),
    show_default=True,
    help="Folder for the demo's database, reports, views and transcript.",
)
@click.option("--seed", type=int, default=7, show_default=True, help="Same seed, same council.")
@click.option(
    "--children",
    "children_count",
    type=click.IntRange(min=18, max=2000),
    default=120,
    show_default=True,
    help="How many fictional children.",
)
@force_option
def demo_command(out: Path, seed: int, children_count: int, force: bool) -> None:
    """Play a fictional council's year through the real bot on a local stand-in for Telegram.

    Nothing reaches Telegram and your own database (HEARME_DB) is not touched: the demo makes a
    fresh database and key under OUT/data. A previous demo in OUT is replaced; a folder holding
    anything else needs --force.
    """
    _check_demo_folder(out, force=force)
    from hearme_dev.demo.council_import import DemoImportError
    from hearme_dev.demo.players import DemoError
    from hearme_dev.demo.run import days_to_play, run_demo

    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    handler = _log_to(out / "hearme.log")
    today = _council_today()
    days = days_to_play(today, seed=seed, children_count=children_count)
    try:
        with click.progressbar(length=days, label="Days played", show_pos=True) as bar:

            def advance(count: int) -> None:
                bar.update(count)

            result = asyncio.run(
                run_demo(
                    out,
                    seed=seed,
                    children_count=children_count,
                    today=today,
                    say=lambda line: click.echo(f"\n{line}" if bar.pos else line),
                    progress=advance,
                )
            )
    except (DemoError, DemoImportError) as error:
        raise click.ClickException(f"the demo went wrong: {error}") from error
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    width = max(len(label) for label, _ in result.files)
    click.echo("")
    click.echo(f"{'What':<{width}}  Where")
    click.echo(f"{'-' * width}  {'-' * 5}")
    for label, path in result.files:
        click.echo(f"{label:<{width}}  {path}")
    click.echo("")
    for name, value in result.figures.items():
        click.echo(f"{name}: {value}")
    click.echo(f"Done in {time.monotonic() - started:.0f} s. Open {out / 'participation.html'}.")


def _check_demo_folder(out: Path, *, force: bool) -> None:
    """Refuse a folder the demo must not write into (see ``bot.cli.common.check_output``)."""
    if not out.exists():
        return
    if not out.is_dir():
        raise click.ClickException(f"{out} is a file: give a folder for the demo's files.")
    for path in out.rglob("*"):
        if path.is_file():
            check_output(path, force=True)  # never the real database or key, even with --force
    previous_demo = (out / "data" / "hearme-demo.db").exists()
    if not force and not previous_demo and any(out.iterdir()):
        raise click.ClickException(
            f"{out} already holds files that are not from a previous demo: choose an empty or "
            "new folder, or add --force to write the demo's files among them."
        )


def _council_today() -> date:
    # The council's calendar day, not the server's.
    return datetime.now(council_settings().zone).date()


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    group.add_command(demo_command)
