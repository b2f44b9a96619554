"""Commands for whoever runs hearme: set up, import the council's lists, rights, backups."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

import aiosqlite
import click

from bot.cli.common import db_path, open_database
from storage import audit as audit_log
from storage import backup as backups
from storage import children, imports, rights, staff
from storage.crypto import DataKeyError, create_key_file, key_path, load_cipher
from storage.db import Database, StorageError, latest_version

T = TypeVar("T")
R = TypeVar("R")
ACTOR = "cli"
# Below this many rows the work takes well under a second and a bar would only flicker.
_BAR_FROM = 2000


def _now() -> datetime:
    return datetime.now(UTC)


def _run(work: Awaitable[T]) -> T:
    return asyncio.run(_friendly(work))


async def _friendly(work: Awaitable[T]) -> T:
    try:
        return await work
    except (StorageError, DataKeyError, imports.ImportFileError) as error:
        raise click.ClickException(str(error)) from error


async def _with_db(use: Callable[[Database], Awaitable[T]], *, need_key: bool) -> T:
    db = await open_database(need_key=need_key)
    try:
        return await use(db)
    finally:
        await db.close()


def _holds_words(path: Path) -> bool:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        try:
            row = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM runs WHERE state IS NOT NULL) "
                "OR EXISTS (SELECT 1 FROM answers WHERE text IS NOT NULL)"
            ).fetchone()
        except sqlite3.OperationalError:  # no schema yet
            return False
    return bool(row[0])


@click.command("init")
def init_command() -> None:
    """Create the database (or upgrade it) and the key for children's words."""
    path, key = db_path(), key_path()
    if path.exists() and not key.exists() and _holds_words(path):
        # A new key would make every stored answer unreadable: never create one silently here.
        raise click.ClickException(
            f"{path} holds children's words but there is no key at {key}: set HEARME_DATA_KEY "
            "to the key file it was written with (a new key could not read them)"
        )
    created = create_key_file(key)
    _run(_init(path, key))
    if created:
        click.echo(f"Created the data key at {key} (mode 0600). Keep it apart from the database")
        click.echo("and its backups, and back it up: without it no answer can be read.")
    else:
        click.echo(f"Using the data key at {key}.")


async def _init(path: Path, key: Path) -> None:
    cipher = load_cipher(key)
    db = await Database.open(path, cipher=cipher, migrate_schema=False)
    try:
        before, after = await db.upgrade()
    finally:
        await db.close()
    if before == after:
        click.echo(f"Database {path} is up to date (schema version {after}).")
    elif before == 0:
        click.echo(f"Created the database {path} (schema version {after}).")
    else:
        click.echo(f"Upgraded the database {path} from schema version {before} to {after}.")


@click.group("import")
def import_group() -> None:
    """Import the council's lists (CSV as Excel saves it): staff, then children, then reviews."""


_skip_bad = click.option(
    "--skip-bad",
    is_flag=True,
    help="Import the good rows and write the bad ones, with the reason, to NAME-rejected.csv.",
)
_csv_file = click.argument("file", type=click.Path(dir_okay=False, path_type=Path))


def _report_problems(
    sheet: imports.Sheet, checked: imports.Checked[Any], skip_bad: bool, source: Path
) -> None:
    if not checked.problems:
        return
    for problem in checked.problems:
        click.echo(problem.describe(sheet.name), err=True)
    rows = len(checked.bad_rows)
    if not skip_bad:
        raise click.ClickException(
            f"nothing was imported: {len(checked.problems)} problem(s) in {rows} row(s) above. "
            "Fix them and import again, or use --skip-bad to import only the good rows."
        )
    rejects = imports.rejects_path(source)
    imports.write_rejects(sheet, checked.problems, rejects)
    click.echo(f"Left out {rows} row(s) with problems; they are in {rejects}.", err=True)


@dataclass(frozen=True)
class _ImportKind(Generic[R]):
    """One kind of list: its columns, how its rows are checked and how they are written."""

    name: str
    columns: Sequence[str]
    help: str
    check: Callable[[Database, imports.Sheet], Awaitable[imports.Checked[R]]]
    write: Callable[[aiosqlite.Connection, Sequence[R], datetime, imports.Progress], Awaitable[int]]


async def _import(db: Database, kind: _ImportKind[R], source: Path, skip_bad: bool) -> None:
    sheet = imports.read_sheet(source, kind.columns)
    checked = await kind.check(db, sheet)
    _report_problems(sheet, checked, skip_bad, source)
    records = checked.records
    now = _now()
    bar: Any = (
        click.progressbar(length=len(records), label=f"Importing {sheet.name}", file=sys.stderr)
        if len(records) >= _BAR_FROM
        else contextlib.nullcontext(_NoBar())
    )
    with bar as shown:
        async with db.transaction() as conn:
            changed = await kind.write(conn, records, now, shown.update)
            detail = {"rows": len(records), "changed": changed, "rejected": len(checked.bad_rows)}
            await audit_log.record(
                conn, at=now, actor=ACTOR, action=f"import.{kind.name}", detail=detail
            )
    click.echo(
        f"{sheet.name}: {len(records)} row(s) imported, {changed} new or changed, "
        f"{len(records) - changed} already up to date."
    )


class _NoBar:
    """Stands in for a progress bar on small files, where one would only flicker."""

    def update(self, steps: int) -> None:
        """Nothing to show."""


async def _check_staff(db: Database, sheet: imports.Sheet) -> imports.Checked[imports.StaffRecord]:
    return imports.check_staff(sheet)


async def _check_children(
    db: Database, sheet: imports.Sheet
) -> imports.Checked[imports.ChildRecord]:
    known = await staff.roles_by_ref(db.reader)
    return imports.check_children(sheet, staff_by_ref=known, today=_now().date())


async def _check_reviews(
    db: Database, sheet: imports.Sheet
) -> imports.Checked[imports.ReviewRecord]:
    known = await children.birth_dates_by_ref(db.reader)
    return imports.check_reviews(sheet, children_by_ref=known)


async def _write_staff(
    conn: aiosqlite.Connection,
    records: Sequence[imports.StaffRecord],
    now: datetime,
    progress: imports.Progress,
) -> int:
    return await imports.write_staff(conn, records, now=now, progress=progress)


async def _write_children(
    conn: aiosqlite.Connection,
    records: Sequence[imports.ChildRecord],
    now: datetime,
    progress: imports.Progress,
) -> int:
    return await imports.write_children(conn, records, now=now, progress=progress)


async def _write_reviews(
    conn: aiosqlite.Connection,
    records: Sequence[imports.ReviewRecord],
    now: datetime,
    progress: imports.Progress,
) -> int:
    return await imports.write_reviews(conn, records, progress=progress)


def _import_command(kind: _ImportKind[Any]) -> click.Command:
    @click.command(kind.name, help=kind.help)
    @_csv_file
    @_skip_bad
    def command(file: Path, skip_bad: bool) -> None:
        _run(_with_db(lambda db: _import(db, kind, file, skip_bad), need_key=False))

    return command


for _kind in (
    _ImportKind(
        "staff",
        imports.STAFF_COLUMNS,
        "Import staff: staff_ref,name,role (iro|participation|admin|duty).",
        _check_staff,
        _write_staff,
    ),
    _ImportKind(
        "children",
        imports.CHILD_COLUMNS,
        "Import children: child_ref,first_name,date_of_birth,iro_ref[,language].",
        _check_children,
        _write_children,
    ),
    _ImportKind(
        "reviews",
        imports.REVIEW_COLUMNS,
        "Import reviews: child_ref,review_date[,participation_code][,mode].",
        _check_reviews,
        _write_reviews,
    ),
):
    import_group.add_command(_import_command(_kind))


@click.group("child")
def child_group() -> None:
    """A child's rights: see everything held about them, or erase it."""


@child_group.command("export")
@click.argument("child_ref")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder for CHILD_REF.json and CHILD_REF.html.",
)
def export_command(child_ref: str, out_dir: Path) -> None:
    """Write everything held about a child as JSON and a readable HTML page."""

    async def work(db: Database) -> tuple[Path, Path]:
        child_id = await rights.child_id_for_ref(db.reader, child_ref)
        now = _now()
        async with db.transaction() as conn:
            data = await rights.export_child(conn, db.cipher, child_id)
            await audit_log.record(
                conn, at=now, actor=ACTOR, action="child.export", child_id=child_id
            )
        out_dir.mkdir(parents=True, exist_ok=True)
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in child_ref)
        json_path, html_path = out_dir / f"{safe}.json", out_dir / f"{safe}.html"
        _write_private(json_path, json.dumps(data, indent=2, ensure_ascii=False, default=str))
        _write_private(html_path, rights.export_page(data, made_at=now))
        return json_path, html_path

    json_path, html_path = _run(_with_db(work, need_key=True))
    click.echo(
        f"Wrote {json_path} and {html_path}. They hold the child's own words: keep them safe."
    )


def _write_private(path: Path, text: str) -> None:
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


@child_group.command("erase")
@click.argument("child_ref")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def erase_command(child_ref: str, yes: bool) -> None:
    """Erase a child's identity and words; their reviews still count in the yearly figures."""
    if not yes:
        click.confirm(
            f"Erase {child_ref}'s name, date of birth, chats and every word they wrote? Review "
            "dates, age bands and participation codes are kept. This cannot be undone",
            abort=True,
        )

    async def work(db: Database) -> rights.Erasure:
        child_id = await rights.child_id_for_ref(db.reader, child_ref)
        async with db.transaction() as conn:
            erasure = await rights.erase_child(conn, child_id, now=_now(), actor=ACTOR)
        await db.compact()
        return erasure

    erasure = _run(_with_db(work, need_key=False))
    click.echo(
        f"Erased {child_ref}: now {erasure.new_ref}; {erasure.runs} survey(s) and "
        f"{erasure.answers_blanked} written answer(s) cleared, {erasure.chats_removed} chat(s) "
        f"and {erasure.invites_removed} invite(s) removed."
    )


@click.command("purge")
@click.option(
    "--older-than",
    "days",
    type=click.IntRange(min=0),
    required=True,
    metavar="DAYS",
    help="Only runs completed more than DAYS days ago.",
)
def purge_command(days: int) -> None:
    """Remove the written words of completed runs already exported to the council's records."""

    async def work(db: Database) -> int:
        async with db.transaction() as conn:
            count = await rights.purge_words(conn, older_than_days=days, now=_now(), actor=ACTOR)
        if count:
            await db.compact()
        return count

    count = _run(_with_db(work, need_key=False))
    click.echo(f"Purged the words of {count} completed and exported run(s) older than {days} days.")


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def backup_command(file: Path) -> None:
    """Copy the database to FILE, safely, even while the bot is running."""
    source = db_path()
    try:
        info = backups.backup(source, file)
    except StorageError as error:
        raise click.ClickException(str(error)) from error
    click.echo(
        f"Backed up {source} to {info.path} ({info.size_bytes:,} bytes, "
        f"schema {info.schema_version}, integrity ok). Children's words in it are encrypted: "
        "keep the key file apart."
    )


@click.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Replace the existing database.")
def restore_command(file: Path, yes: bool) -> None:
    """Replace the database with the backup FILE (stop the bot first)."""
    target = db_path()
    try:
        info = backups.restore(file, target, overwrite=yes)
    except StorageError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Restored {target} from {file} (schema {info.schema_version}, integrity ok).")
    if info.schema_version < latest_version():
        click.echo("It is from an older hearme: run `hearme init` to upgrade it.")


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    for command in (
        init_command,
        import_group,
        child_group,
        purge_command,
        backup_command,
        restore_command,
    ):
        group.add_command(command)
