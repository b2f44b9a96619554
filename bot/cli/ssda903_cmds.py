"""``hearme import ssda903`` and ``hearme export ssda903``: the statutory return's own files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import click

from bot.cli.common import ACTOR, run_async, utc_now, with_db, write_private
from storage import audit, children, imports, ssda903
from storage.crypto import DataKeyError, key_path, load_cipher
from storage.db import Database
from storage.sheets import Checked, Problem, Sheet

_YEAR = re.compile(r"(\d{4})-(\d{2})")


def _show(sheet: Sheet, checked: Checked[Any], skip_bad: bool, source: Path) -> None:
    if not checked.problems:
        return
    for problem in checked.problems:
        click.echo(problem.describe(sheet.name), err=True)
    if not skip_bad:
        raise click.ClickException(
            f"nothing was imported: {len(checked.problems)} problem(s) in "
            f"{len(checked.bad_rows)} row(s) of {sheet.name} above. Fix them and import again, "
            "or use --skip-bad to import only the good rows."
        )
    rejects = imports.rejects_path(source)
    imports.write_rejects(sheet, checked.problems, rejects)
    click.echo(f"Left out {len(checked.bad_rows)} row(s); they are in {rejects}.", err=True)


async def _erased(db: Database, *sheets: Sheet) -> dict[str, date]:
    try:
        cipher = load_cipher(key_path())
    except DataKeyError:
        cipher = None  # needed only once a child has been erased
    refs = [values.get("child", "") for sheet in sheets for _, values in sheet.rows]
    return await children.erasures_among(db.reader, cipher, refs)


async def _import(db: Database, header_file: Path, reviews_file: Path, skip_bad: bool) -> str:
    header_sheet = imports.read_sheet(header_file, ssda903.HEADER_COLUMNS)
    reviews_sheet = imports.read_sheet(reviews_file, ssda903.REVIEW_COLUMNS)
    known = await children.birth_dates_by_ref(db.reader)
    erased = await _erased(db, header_sheet, reviews_sheet)
    today = utc_now().date()
    header = ssda903.check_header(header_sheet, known=known, today=today, erased=erased)
    _show(header_sheet, header, skip_bad, header_file)
    # Children only in the Header get stand-in ids below zero until they are written.
    stand_ins: dict[int, str] = {}
    by_ref = dict(known)
    for record in header.records:
        if record.child_ref not in by_ref:
            stand_ins[-1 - len(stand_ins)] = record.child_ref
            by_ref[record.child_ref] = (-len(stand_ins), record.date_of_birth)
    reviews = ssda903.check_reviews(reviews_sheet, children_by_ref=by_ref, erased=erased)
    _show(reviews_sheet, reviews, skip_bad, reviews_file)
    now = utc_now()
    async with db.transaction() as conn:
        added, changed = await ssda903.write(
            conn, header.records, reviews.records, stand_ins, now=now
        )
        await audit.record(
            conn,
            at=now,
            actor=ACTOR,
            action="import.ssda903",
            detail={"children_added": added, "reviews": len(reviews.records), "changed": changed},
        )
    return (
        f"{header_sheet.name}: {len(header.records)} child(ren), {added} new. "
        f"{reviews_sheet.name}: {len(reviews.records)} review(s), {changed} new or changed."
    )


@click.command("ssda903")
@click.argument("header_file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("reviews_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--skip-bad",
    is_flag=True,
    help="Import the good rows and write the bad ones, with the reason, to NAME-rejected.csv.",
)
def import_command(header_file: Path, reviews_file: Path, skip_bad: bool) -> None:
    """Import the SSDA903 return's Header and Reviews files (dates DD/MM/YYYY).

    \b
    Header   CHILD,SEX,DOB,...                 (only CHILD and DOB are kept)
    Reviews  CHILD,DOB,REVIEW,REVIEW_CODE      REVIEW_CODE PN0…PN7

    Each review is checked by the return's rules: the child 0 to 25 on the review date, PN0
    only and always under 4, the DOB as in the Header. Children not yet in hearme are added
    with their reference and date of birth only.
    """
    message = run_async(
        with_db(lambda db: _import(db, header_file, reviews_file, skip_bad), need_key=False)
    )
    click.echo(message)


@click.group("export")
def export_group() -> None:
    """Files for other systems, in their own shape."""


def _year(text: str) -> tuple[date, date]:
    found = _YEAR.fullmatch(text)
    if found is None or (int(found[1]) + 1) % 100 != int(found[2]):
        raise click.BadParameter(f"{text} is not a year like 2025-26", param_hint="--year")
    start = int(found[1])
    return date(start, 4, 1), date(start + 1, 3, 31)


@export_group.command("ssda903")
@click.option("--year", "year", required=True, help="The return's year, e.g. 2025-26.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the Reviews file (CSV).",
)
@click.option(
    "--skip-bad", is_flag=True, help="Write the good rows even when some break the rules."
)
def export_command(year: str, out: Path, skip_bad: bool) -> None:
    """The reviews hearme recorded in a year, as the return's Reviews file.

    Only reviews recorded through hearme (not those imported from the council's system) are
    written: CHILD, DOB, REVIEW, REVIEW_CODE, dates DD/MM/YYYY. Each row is checked against
    the return's rules first (a code for every review, PN0 only and always under 4); rows that
    break them are listed and, without --skip-bad, nothing is written.
    """
    start, end = _year(year)

    async def work(db: Database) -> list[ssda903.ExportRow]:
        rows = await ssda903.reviews_for_return(db.reader, start, end)
        async with db.transaction() as conn:
            await audit.record(
                conn,
                at=utc_now(),
                actor=ACTOR,
                action="export.ssda903",
                detail={"year": year, "rows": len(rows)},
            )
        return rows

    rows = run_async(with_db(work, need_key=False))
    problems = [
        Problem(number, "REVIEW", f"{row.child_ref} on {ssda903.show_day(row.review)}: {issue}")
        for number, row in enumerate(rows, start=2)
        if (issue := row.problem()) is not None
    ]
    for problem in problems:
        click.echo(problem.describe(out.name), err=True)
    if problems and not skip_bad:
        raise click.ClickException(
            f"nothing was written: {len(problems)} review(s) break the return's rules. Fix "
            "them in hearme, or use --skip-bad to write the others."
        )
    good = [row for row in rows if row.problem() is None]
    write_private(out, ssda903.reviews_csv(good).encode("utf-8"))
    click.echo(f"Wrote {len(good)} review(s) for {year} to {out}.")


def register(group: click.Group) -> None:
    """Add this module's commands to the ``hearme`` group."""
    group.add_command(export_group)
