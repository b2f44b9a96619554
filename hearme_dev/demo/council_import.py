"""Putting the fictional council into hearme's database the way a council does.

The three lists go through ``storage.imports`` (the code behind ``hearme import``): read, check
every row, write. Preferred names and words, which the files have no column for, are set as an
admin would. At the year end the reviews IROs coded outside hearme arrive the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from bot.staff.participation import MODES
from hearme_dev.demo import council as fictional
from hearme_dev.demo import script
from storage import children, imports, reviews, staff
from storage.db import Database


class DemoImportError(Exception):
    """The generated council did not import cleanly (a bug in the generator)."""


async def import_council(db: Database, files: fictional.CouncilFiles, today: date) -> None:
    """Import the three files exactly as ``hearme import`` checks and writes them."""
    sheet = imports.read_sheet(files.staff, imports.STAFF_COLUMNS)
    staff_rows = _clean(sheet, imports.check_staff(sheet))
    async with db.transaction() as conn:
        await imports.write_staff(conn, staff_rows, now=_noon(today))
    sheet = imports.read_sheet(files.children, imports.CHILD_COLUMNS)
    known_staff = await staff.roles_by_ref(db.reader)
    child_rows = _clean(sheet, imports.check_children(sheet, staff_by_ref=known_staff, today=today))
    async with db.transaction() as conn:
        await imports.write_children(conn, child_rows, now=_noon(today))
    await _import_reviews(db, files.reviews)


async def _import_reviews(db: Database, path: Path) -> None:
    sheet = imports.read_sheet(path, imports.REVIEW_COLUMNS)
    known_children = await children.birth_dates_by_ref(db.reader)
    review_rows = _clean(sheet, imports.check_reviews(sheet, children_by_ref=known_children))
    async with db.transaction() as conn:
        await imports.write_reviews(conn, review_rows)


async def coded_outside(
    db: Database, council: fictional.Council, seed: int, folder: Path
) -> list[dict[str, str]]:
    """The year's reviews the IROs coded in the council's own system (children who never
    opened their invite, or stopped being reachable), imported at the year end as a council
    would; the codes hearme's buttons recorded are left as they are."""
    rows: list[dict[str, str]] = []
    for review in council.reviews:
        if not council.year_start <= review.review_date <= council.year_end:
            continue
        child = await children.get_child_by_ref(db.reader, review.child_ref)
        assert child is not None
        stored = [
            r
            for r in await reviews.reviews_for_child(db.reader, child.id)
            if r.review_date == review.review_date and r.participation_code is None
        ]
        if not stored:
            continue
        rng = script.rng_for(seed, "participation", review.child_ref, review.review_date)
        chosen = script.participation(rng, sent_views=False)
        rows.append(
            {
                "child_ref": review.child_ref,
                "review_date": review.review_date.isoformat(),
                "participation_code": chosen.code,
                "mode": MODES[chosen.mode],
            }
        )
    path = folder / "reviews-coded-outside-hearme.csv"
    fictional.write_rows(path, ("child_ref", "review_date", "participation_code", "mode"), [
        tuple(row.values()) for row in rows
    ])  # fmt: skip
    await _import_reviews(db, path)
    return rows


def _clean(sheet: imports.Sheet, checked: imports.Checked[Any]) -> list[Any]:
    if checked.problems:
        raise DemoImportError("; ".join(p.describe(sheet.name) for p in checked.problems[:5]))
    return list(checked.records)


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


async def own_words(
    db: Database, council: fictional.Council, clock: Callable[[], datetime]
) -> None:
    """Preferred names and words: the import files have no column for them."""
    async with db.transaction() as conn:
        for child in council.children:
            found = await children.get_child_by_ref(conn, child.child_ref)
            assert found is not None
            if child.preferred_name:
                await children.set_preferred_name(conn, found.id, child.preferred_name, now=clock())
            if child.words:
                await children.set_preferred_words(conn, found.id, child.words, now=clock())
