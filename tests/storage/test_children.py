"""The one child type: every room reads a child through ``storage.children``, the same way."""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

from storage import children
from storage.db import Database
from tests.storage.conftest import NOW, Cli, add_child

STORAGE = Path(__file__).resolve().parents[2] / "storage"


async def _store_as_an_old_import_did(db: Database, child_id: int) -> None:
    # Words that are not a JSON object of words, and a moment where a day belongs: an early
    # import wrote both, and neither may stop the child answering or an IRO reading.
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE children SET preferred_words = ?, date_of_birth = ? WHERE id = ?",
            ('["mum time"', "2014-05-01T00:00:00+00:00", child_id),
        )


async def test_one_reader_forgives_what_an_old_import_stored(db: Database) -> None:
    child_id = await add_child(db, "C001", name="Ada")
    await _store_as_an_old_import_did(db, child_id)
    by_id = await children.get_child(db.reader, child_id)
    by_ref = await children.get_child_by_ref(db.reader, "C001")
    assert by_id == by_ref
    assert by_id is not None
    assert (by_id.name, by_id.preferred_words, by_id.date_of_birth) == ("Ada", {}, date(2014, 5, 1))


async def test_words_that_are_not_words_are_left_out(db: Database) -> None:
    child_id = await add_child(db)
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE children SET preferred_words = ? WHERE id = ?",
            ('{"family_time": "mum time", "carer": 3}', child_id),
        )
    child = await children.get_child(db.reader, child_id)
    assert child is not None and child.preferred_words == {"family_time": "mum time"}


async def test_the_preferred_name_comes_first_and_an_erased_child_has_none(db: Database) -> None:
    child_id = await add_child(db, name="Adaline")
    async with db.transaction() as conn:
        await children.set_preferred_name(conn, child_id, "Addy", now=NOW)
    named = await children.get_child(db.reader, child_id)
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE children SET first_name = NULL, preferred_name = NULL, status = 'erased' "
            "WHERE id = ?",
            (child_id,),
        )
    erased = await children.get_child(db.reader, child_id)
    assert named is not None and named.name == "Addy"
    assert erased is not None and erased.name == ""


async def test_status_and_erasure_requests_are_written_in_one_place(db: Database) -> None:
    child_id = await add_child(db)
    later = NOW + timedelta(days=1)
    async with db.transaction() as conn:
        first = await children.request_erasure(conn, child_id, now=NOW)
        again = await children.request_erasure(conn, child_id, now=later)
        unreachable = await children.set_status(conn, child_id, "unreachable", now=NOW)
        await conn.execute("UPDATE children SET status = 'erased' WHERE id = ?", (child_id,))
        revived = await children.set_status(conn, child_id, "active", now=later)
    child = await children.get_child(db.reader, child_id)
    assert (first, again, unreachable, revived) == (True, False, True, False)
    assert child is not None
    assert (child.erasure_requested_at, child.status) == (NOW, "erased")


async def test_the_views_command_reads_a_child_an_old_import_stored(
    db: Database, cli: Cli, tmp_path: Path
) -> None:
    # The views once read the child through a reader of their own that choked on such words.
    child_id = await add_child(db, "C001", name="Ada")
    await _store_as_an_old_import_did(db, child_id)
    out = tmp_path / "views.html"
    done = cli("views", "C001", "--out", str(out))
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert "Ada" in page and "Sam Iro" in page


def test_storage_has_one_child_type() -> None:
    # ChildRecord is a checked row of the council's import file, not a child as stored.
    kinds = {
        f"{path.name}:{node.name}"
        for path in sorted(STORAGE.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and node.name.startswith("Child")
    }
    assert kinds == {"children.py:Child", "imports.py:ChildRecord"}
