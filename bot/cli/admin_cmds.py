"""Commands for whoever runs hearme: set up, import the council's lists, rights, backups."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

import aiosqlite
import click

from bot.cli.common import db_path, open_database
from storage import audit as audit_log
from storage import children, imports, staff
from storage.crypto import Cipher, DataKeyError, create_key_file, key_path, load_cipher
from storage.db import Database, StorageError

T = TypeVar("T")
R = TypeVar("R")
ACTOR = "cli"
# Below this many rows the work takes well under a second and a bar would only flicker.
_BAR_FROM = 2000


def utc_now() -> datetime:
    """The moment now, in UTC (admin commands have no injected clock)."""
    return datetime.now(UTC)


def run_async(work: Awaitable[T]) -> T:
    """Run a command's async work; storage and key errors become clear command errors."""
    return asyncio.run(_friendly(work))


async def _friendly(work: Awaitable[T]) -> T:
    try:
        return await work
    except (StorageError, DataKeyError, imports.ImportFileError) as error:
        raise click.ClickException(str(error)) from error


async def with_db(use: Callable[[Database], Awaitable[T]], *, need_key: bool) -> T:
    """Open the configured database (upgraded), hand it to ``use``, and close it."""
    # Admin commands bring the schema up to date first (as `hearme init` would): they rely on
    # the newest tables, such as the erased list.
    db = await open_database(need_key=need_key, migrate_schema=True)
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
    run_async(_init(path, key))
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
    """Import the council's lists (CSV as Excel saves it): staff, then children, then reviews.

    \b
    staff     staff_ref,name,role[,active]   role iro|participation|admin|duty
    children  child_ref,first_name,date_of_birth,iro_ref[,language][,date_looked_after]
    reviews   child_ref,review_date[,participation_code][,mode]
    ssda903   HEADER.csv REVIEWS.csv (the statutory return's own files)

    The optional active column of the staff file (yes|no) is for people who have left: a row
    for someone marked with `hearme staff leave` is refused unless it says yes. Rows naming a
    child erased at their request are refused in every file.
    """


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
    now = utc_now()
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
    return imports.check_staff(sheet, leavers=await staff.leavers_by_ref(db.reader))


def _key_if_any() -> Cipher | None:
    """The data key when it can be read. Imports need it only once a child has been erased."""
    try:
        return load_cipher(key_path())
    except DataKeyError:
        return None


async def _erased_in(db: Database, sheet: imports.Sheet) -> dict[str, date]:
    refs = (values.get("child_ref", "") for _, values in sheet.rows)
    return await children.erasures_among(db.reader, _key_if_any(), refs)


async def _check_children(
    db: Database, sheet: imports.Sheet
) -> imports.Checked[imports.ChildRecord]:
    known = await staff.roles_by_ref(db.reader)
    erased = await _erased_in(db, sheet)
    return imports.check_children(sheet, staff_by_ref=known, today=utc_now().date(), erased=erased)


async def _check_reviews(
    db: Database, sheet: imports.Sheet
) -> imports.Checked[imports.ReviewRecord]:
    known = await children.birth_dates_by_ref(db.reader)
    return imports.check_reviews(sheet, children_by_ref=known, erased=await _erased_in(db, sheet))


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
        run_async(with_db(lambda db: _import(db, kind, file, skip_bad), need_key=False))

    return command


for _kind in (
    _ImportKind(
        "staff",
        imports.STAFF_COLUMNS,
        "Import staff: staff_ref,name,role (iro|participation|admin|duty)[,active].\n\n"
        "The optional active column (yes|no) is for people who have left: a row for someone "
        "marked with `hearme staff leave` is refused unless its active cell is yes (they are "
        "back); no marks them as having left. Empty keeps what is stored.",
        _check_staff,
        _write_staff,
    ),
    _ImportKind(
        "children",
        imports.CHILD_COLUMNS,
        "Import children: child_ref,first_name,date_of_birth,iro_ref[,language]"
        "[,date_looked_after].\n\n"
        "date_looked_after (YYYY-MM-DD, optional) is when the child came into care: the "
        "review timeliness figures count from it. Rows for children erased at their request "
        "are refused: remove them from the file.",
        _check_children,
        _write_children,
    ),
    _ImportKind(
        "reviews",
        imports.REVIEW_COLUMNS,
        "Import reviews: child_ref,review_date[,participation_code][,mode].\n\n"
        "Rows for children erased at their request are refused (their reviews already count).",
        _check_reviews,
        _write_reviews,
    ),
):
    import_group.add_command(_import_command(_kind))


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    # The statutory return's files have their own module (and their own export).
    from bot.cli import ssda903_cmds

    import_group.add_command(ssda903_cmds.import_command)
    for command in (
        init_command,
        import_group,
    ):
        group.add_command(command)
