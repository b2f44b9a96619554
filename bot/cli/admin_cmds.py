"""Commands for whoever runs hearme: set up, import the council's lists, rights, backups."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

import aiosqlite
import click

from bot.cli.common import ACTOR, db_target, run_async, utc_now, with_db
from storage import audit as audit_log
from storage import children, imports, keycheck, staff
from storage.crypto import (
    Cipher,
    DataKeyError,
    create_key_file,
    key_path,
    load_cipher,
    new_key,
)
from storage.db import Database
from storage.postgres import redacted

T = TypeVar("T")
R = TypeVar("R")
# Below this size (about 2,000 rows) the work takes well under a second and a bar would
# only flicker.
_BAR_FROM_BYTES = 128 * 1024
# Rows checked and written together: the most an import holds in memory at once.
_PART_ROWS = 5000


@click.command("init")
@click.option(
    "--adopt-key",
    is_flag=True,
    help="Confirm that HEARME_DATA_KEY is this database's key when hearme cannot check it "
    "(a database from before key checks, holding no words but erased children).",
)
def init_command(adopt_key: bool) -> None:
    """Create the database (or upgrade it) and the key for children's words.

    The database remembers a check value of its key (never the key), and refuses any other.
    """
    path, key = db_target(), key_path()
    fresh = None
    if not key.exists():
        # A new key is shown to the database before its file is written: one the database
        # would refuse (it has a key of its own, or words a new key could not read) must leave
        # no key file behind for the next command to pick up.
        fresh = new_key()
        run_async(_refuse_a_new_key_the_database_would(path, key, Cipher(fresh), trust=adopt_key))
    created = fresh is not None and create_key_file(key, fresh)
    run_async(_init(path, key, trust_key=adopt_key))
    if created:
        click.echo(f"Created the data key at {key} (mode 0600). Keep it apart from the database")
        click.echo("and its backups, and back it up: without it no answer can be read.")
    else:
        click.echo(f"Using the data key at {key}.")


async def _refuse_a_new_key_the_database_would(
    path: Path | str, key: Path, cipher: Cipher, *, trust: bool
) -> None:
    """Stop ``hearme init`` with what to do when the database would refuse a new key."""
    try:
        await keycheck.verify_target(path, cipher, trust=trust)
    except keycheck.WrongKeyError as error:
        shown = redacted(path) if isinstance(path, str) else path
        raise click.ClickException(
            f"there is no data key at {key}, and the database {shown} already has a key of its "
            "own, so a new one would be refused (it could not read the children's words "
            "stored, nor recognise the children erased). Set HEARME_DATA_KEY to the key file "
            "`hearme init` created for this database, or restore that file from where the key "
            "is backed up. Nothing was written: no key file, no change to the database."
        ) from error


async def _init(path: Path | str, key: Path, *, trust_key: bool = False) -> None:
    cipher = load_cipher(key)
    db = await Database.open(path, cipher=cipher, migrate_schema=False, trust_key=trust_key)
    try:
        before, after = await db.upgrade()
    finally:
        await db.close()
    shown = redacted(path) if isinstance(path, str) else path  # never a password on screen
    if before == after:
        click.echo(f"Database {shown} is up to date (schema version {after}).")
    elif before == 0:
        click.echo(f"Created the database {shown} (schema version {after}).")
    else:
        click.echo(f"Upgraded the database {shown} from schema version {before} to {after}.")


@click.group("import")
def import_group() -> None:
    """Import the council's lists (CSV as Excel saves it): staff, then children, then reviews.

    \b
    staff     staff_ref,name,role[,active][,email] role iro|participation|admin|duty
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


Check = Callable[[imports.Sheet], Awaitable[imports.Checked[R]]]


@dataclass(frozen=True)
class _ImportKind(Generic[R]):
    """One kind of list: its columns, how its rows are checked and how they are written.

    ``checker(db, seen)`` reads what the checks need from the database once and returns the
    check for one part of the file; ``seen`` carries the keys met so far across the parts.
    """

    name: str
    columns: Sequence[str]
    help: str
    checker: Callable[[Database, imports.Seen], Awaitable[Check[R]]]
    write: Callable[[aiosqlite.Connection, Sequence[R], datetime, imports.Progress], Awaitable[int]]


@dataclass
class _Tally:
    """What an import has done so far."""

    imported: int = 0
    changed: int = 0
    problems: int = 0
    bad_rows: int = 0


class _NothingImported(Exception):
    """Problems were found without --skip-bad: the transaction is rolled back."""


async def _import(db: Database, kind: _ImportKind[R], source: Path, skip_bad: bool) -> None:
    """Check and write the file part by part, in one transaction, in bounded memory.

    Problems are shown as they are found. Without --skip-bad any problem rolls the whole
    import back, so nothing is half-imported; with it the bad rows go to NAME-rejected.csv.
    """
    now, tally = utc_now(), _Tally()
    rejects_file = imports.rejects_path(source)
    rejects: imports.Rejects | None = None
    try:
        with imports.SheetReader(source, kind.columns) as reader, imports.SeenKeys() as seen:
            check = await kind.checker(db, seen)
            size = source.stat().st_size
            bar: Any = (
                click.progressbar(length=size, label=f"Importing {source.name}", file=sys.stderr)
                if size >= _BAR_FROM_BYTES
                else contextlib.nullcontext(_NoBar())
            )
            with bar as shown:
                async with db.transaction() as conn:
                    shown_at = 0
                    for part in _parts(reader.sheet.rows):
                        sheet = imports.Sheet(reader.sheet.name, reader.sheet.columns, part)
                        checked = await check(sheet)
                        for problem in checked.problems:
                            click.echo(problem.describe(sheet.name), err=True)
                        if checked.problems and skip_bad:
                            if rejects is None:
                                rejects = imports.Rejects(rejects_file, sheet.columns)
                            rejects.add(part, checked.problems)
                        tally.problems += len(checked.problems)
                        tally.bad_rows += len(checked.bad_rows)
                        if not tally.problems or skip_bad:
                            tally.imported += len(checked.records)
                            tally.changed += await kind.write(
                                conn, checked.records, now, _NoBar().update
                            )
                        shown.update(reader.consumed - shown_at)
                        shown_at = reader.consumed
                    if tally.problems and not skip_bad:
                        raise _NothingImported
                    detail = {
                        "rows": tally.imported,
                        "changed": tally.changed,
                        "rejected": tally.bad_rows,
                    }
                    await audit_log.record(
                        conn, at=now, actor=ACTOR, action=f"import.{kind.name}", detail=detail
                    )
    except _NothingImported:
        raise click.ClickException(
            f"nothing was imported: {tally.problems} problem(s) in {tally.bad_rows} row(s) "
            "above. Fix them and import again, or use --skip-bad to import only the good rows."
        ) from None
    except BaseException:
        if rejects is not None:  # nothing was imported, so no rows were left out either
            rejects.close()
            rejects_file.unlink(missing_ok=True)
        raise
    if rejects is not None:
        rejects.close()
        click.echo(
            f"Left out {tally.bad_rows} row(s) with problems; they are in {rejects_file}.",
            err=True,
        )
    click.echo(
        f"{source.name}: {tally.imported} row(s) imported, {tally.changed} new or changed, "
        f"{tally.imported - tally.changed} already up to date."
    )


def _parts(
    rows: Iterable[tuple[int, dict[str, str]]],
) -> Iterator[list[tuple[int, dict[str, str]]]]:
    """The rows in parts of :data:`_PART_ROWS`: the most an import holds in memory at once."""
    part: list[tuple[int, dict[str, str]]] = []
    for row in rows:
        part.append(row)
        if len(part) == _PART_ROWS:
            yield part
            part = []
    if part:
        yield part


class _NoBar:
    """Stands in for a progress bar on small files, where one would only flicker."""

    def update(self, steps: int) -> None:
        """Nothing to show."""


def _key_if_any() -> Cipher | None:
    """The data key when it can be read. Imports need it only once a child has been erased."""
    try:
        return load_cipher(key_path())
    except DataKeyError:
        return None


async def _staff_checker(db: Database, seen: imports.Seen) -> Check[imports.StaffRecord]:
    leavers = await staff.leavers_by_ref(db.reader)

    async def check(sheet: imports.Sheet) -> imports.Checked[imports.StaffRecord]:
        return imports.check_staff(sheet, leavers=leavers, seen=seen)

    return check


async def _children_checker(db: Database, seen: imports.Seen) -> Check[imports.ChildRecord]:
    known = await staff.roles_by_ref(db.reader)
    cipher = _key_if_any()

    async def check(sheet: imports.Sheet) -> imports.Checked[imports.ChildRecord]:
        refs = (values.get("child_ref", "") for _, values in sheet.rows)
        erased = await children.erasures_among(db.reader, cipher, refs)
        return imports.check_children(
            sheet, staff_by_ref=known, today=utc_now().date(), erased=erased, seen=seen
        )

    return check


async def _reviews_checker(db: Database, seen: imports.Seen) -> Check[imports.ReviewRecord]:
    known = await children.birth_dates_by_ref(db.reader)
    cipher = _key_if_any()

    async def check(sheet: imports.Sheet) -> imports.Checked[imports.ReviewRecord]:
        refs = (values.get("child_ref", "") for _, values in sheet.rows)
        erased = await children.erasures_among(db.reader, cipher, refs)
        return imports.check_reviews(sheet, children_by_ref=known, erased=erased, seen=seen)

    return check


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
        "Import staff: staff_ref,name,role (iro|participation|admin|duty)[,active][,email].\n\n"
        "The optional active column (yes|no) is for people who have left: a row for someone "
        "marked with `hearme staff leave` is refused unless its active cell is yes (they are "
        "back); no marks them as having left. Empty keeps what is stored.",
        _staff_checker,
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
        _children_checker,
        _write_children,
    ),
    _ImportKind(
        "reviews",
        imports.REVIEW_COLUMNS,
        "Import reviews: child_ref,review_date[,participation_code][,mode].\n\n"
        "Rows for children erased at their request are refused (their reviews already count).",
        _reviews_checker,
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
