"""Which answers an alert's words came from (``alerts.from_answers``, migration 0013): kept as
ids only, read back on both engines, older alerts known by their words, erased with the child."""

from __future__ import annotations

from pathlib import Path

import aiosqlite

from storage import alerts, children, figures
from storage.db import Database, migrate
from storage.rights import erase_child
from tests.storage.conftest import NOW, add_child, add_run_with_words

WORDS = "sam iro hurts me when nobody is looking"


async def _alert(
    db: Database,
    child: int,
    run: int,
    from_answers: list[tuple[int, str]] | None = None,
    *,
    about_iro: bool = True,
) -> int:
    async with db.transaction() as conn:
        return await alerts.create_alert(
            conn,
            db.cipher,
            child_id=child,
            run_id=run,
            kind="concern",
            categories=("physical_abuse",),
            excerpt=WORDS,
            source="answer",
            now=NOW,
            about_iro=about_iro,
            from_answers=from_answers,
        )


async def test_an_alert_keeps_the_answers_its_words_came_from_as_ids_only(db: Database) -> None:
    child = await add_child(db)
    run = await add_run_with_words(db, child, WORDS)
    kept = await _alert(db, child, run, from_answers=[(run, "worries"), (run, "worries_more")])
    loose = await _alert(db, child, run, from_answers=[])
    older = await _alert(db, child, run, None)
    found = {a: await alerts.get_alert(db.reader, db.cipher, a) for a in (kept, loose, older)}
    assert found[kept] is not None and found[loose] is not None and found[older] is not None
    assert found[kept].from_answers == ((run, "worries"), (run, "worries_more"))
    assert found[loose].from_answers == () and found[older].from_answers is None
    async with db.reader.execute("SELECT from_answers FROM alerts ORDER BY id") as cursor:
        stored = [row[0] for row in await cursor.fetchall()]
    # No words in the column: ids, readable by anyone with the file, and nothing else.
    assert stored == [f'[[{run}, "worries"], [{run}, "worries_more"]]', "[]", None]

    # What a reader the alerts are about may not see: the answers by id; only the older
    # alert is matched by its words, so only its words are decrypted.
    iro = found[kept].about_staff_id
    assert iro is not None
    by_reader = await figures.kept_from(db.reader, child, db.cipher, reader=iro)
    assert by_reader == [
        figures.KeptFrom(((run, "worries"), (run, "worries_more"))),
        figures.KeptFrom(()),
        figures.KeptFrom(None, run, WORDS),
    ]
    assert await figures.kept_from(db.reader, child, db.cipher, reader=iro + 100) == []
    assert await figures.kept_from(db.reader, child, None, reader=iro) == by_reader[:2]
    # Every alert here is about a member of staff: a reader not known gets none of them.
    assert await figures.alerts_of_child(db.reader, child, db.cipher, reader=None) == []
    rows = await figures.alerts_of_child(db.reader, child, db.cipher, reader=iro + 100)
    assert [row.from_answers for row in rows] == [None, (), found[kept].from_answers]


async def test_a_reader_who_may_not_read_words_has_every_alerts_answers_kept_from_them(
    db: Database,
) -> None:
    # An admin reads the views but never a disclosure's words: the answers of every alert,
    # not only those about them, stay out of their page.
    child = await add_child(db)
    run = await add_run_with_words(db, child, WORDS)
    await _alert(db, child, run, from_answers=[(run, "worries")], about_iro=False)
    older = await _alert(db, child, run, None, about_iro=False)
    assert older
    assert await figures.kept_from(db.reader, child, db.cipher, reader=None) == []
    assert await figures.kept_from(db.reader, child, db.cipher, reader=None, every=True) == [
        figures.KeptFrom(((run, "worries"),)),
        figures.KeptFrom(None, run, WORDS),
    ]


async def test_an_alert_about_the_iro_stays_from_whoever_is_their_iro_later(db: Database) -> None:
    # Raised while the child had no IRO on record, the alert names nobody (about_staff_id),
    # yet it is about their IRO: once one is recorded, its answers and the alert stay from
    # them, as from a reader not known; anyone else (duty) is given it as before.
    child = await add_child(db)
    async with db.transaction() as conn:
        await conn.execute("UPDATE children SET iro_id = NULL WHERE id = ?", (child,))
    run = await add_run_with_words(db, child, WORDS)
    about = await _alert(db, child, run, from_answers=[(run, "worries_more")])
    other = await _alert(db, child, run, from_answers=[(run, "school")], about_iro=False)
    found = await alerts.get_alert(db.reader, db.cipher, about)
    assert found is not None and (found.about_iro, found.about_staff_id) == (True, None)
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE children SET iro_id = (SELECT id FROM staff WHERE staff_ref = 'IRO01') "
            "WHERE id = ?",
            (child,),
        )
        recorded = await children.get_child(conn, child)
    assert recorded is not None and recorded.iro_id is not None
    iro = recorded.iro_id

    kept = [figures.KeptFrom(((run, "worries_more"),))]
    assert await figures.kept_from(db.reader, child, db.cipher, reader=iro) == kept
    assert await figures.kept_from(db.reader, child, db.cipher, reader=None) == kept
    assert await figures.kept_from(db.reader, child, db.cipher, reader=iro + 100) == []

    async def known_to(reader: int | None) -> list[int]:
        rows = await figures.alerts_of_child(db.reader, child, db.cipher, reader=reader)
        return [row.id for row in rows]

    assert await known_to(iro) == [other] and await known_to(None) == [other]
    assert await known_to(iro + 100) == [other, about]


async def test_erasing_the_child_takes_their_alerts_with_the_answers_they_name(
    db: Database,
) -> None:
    child = await add_child(db)
    run = await add_run_with_words(db, child, WORDS)
    await _alert(db, child, run, from_answers=[(run, "worries_more")])
    async with db.transaction() as conn:
        await erase_child(conn, db.cipher, child, now=NOW, actor="admin:test")
    async with db.reader.execute("SELECT COUNT(*) FROM alerts") as cursor:
        row = await cursor.fetchone()
    assert row is not None and row[0] == 0


async def test_0013_leaves_older_alerts_to_be_known_by_their_words(tmp_path: Path) -> None:
    async with aiosqlite.connect(tmp_path / "old.db", isolation_level=None) as conn:
        await migrate(conn, up_to=12)
        at = NOW.isoformat()
        await conn.execute(
            "INSERT INTO children (id, child_ref, created_at, updated_at) VALUES (1, 'C1', ?, ?)",
            (at, at),
        )
        await conn.execute(
            "INSERT INTO alerts (child_id, kind, source, created_at) "
            "VALUES (1, 'concern', 'answer', ?)",
            (at,),
        )
        assert await migrate(conn, up_to=13) == (12, 13)
        async with conn.execute("SELECT from_answers FROM alerts") as cursor:
            assert [row[0] for row in await cursor.fetchall()] == [None]
