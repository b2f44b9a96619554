"""Runs, answers and pinned survey versions, checked against what the database file holds."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from storage import runs, survey_versions
from storage.crypto import Cipher, DataKeyError, create_key_file, load_cipher
from storage.db import Database, StorageError
from tests.storage.conftest import NOW, add_child

BODY = json.dumps({"id": "my_review", "version": "3", "questions": ["q1", "q2"]})
STATE = json.dumps({"step": 1, "answers": {"worries": "my brother shouts at night"}})


async def _new_run(db: Database, child_id: int, *, status: str = "sent") -> int:
    async with db.transaction() as conn:
        await survey_versions.ensure_survey_version(
            conn, definition_id="my_review", version="3", survey_hash="h1", body_json=BODY, now=NOW
        )
        return await runs.create_run(
            conn,
            child_id=child_id,
            definition_id="my_review",
            survey_hash="h1",
            age_band="8_11",
            review_id=None,
            state_json=STATE,
            cipher=db.cipher,
            now=NOW,
            closes_at=NOW + timedelta(days=14),
            status=status,
        )


async def test_a_run_keeps_its_pinned_survey_and_encrypted_state(db: Database) -> None:
    child = await add_child(db)
    run_id = await _new_run(db, child)
    async with db.transaction() as conn:
        # A second snapshot with the same hash never replaces the pinned one.
        await survey_versions.ensure_survey_version(
            conn, definition_id="my_review", version="4", survey_hash="h1", body_json="{}", now=NOW
        )
    assert await survey_versions.survey_body(db.reader, "h1") == BODY
    assert await runs.load_state(db.reader, db.cipher, run_id) == STATE
    row = await runs.get_run(db.reader, run_id)
    assert row is not None
    assert (row.status, row.age_band, row.sent_at, row.started_at) == ("sent", "8_11", NOW, None)
    assert row.closes_at == NOW + timedelta(days=14)
    async with db.reader.execute("SELECT state FROM runs WHERE id = ?", (run_id,)) as cur:
        stored = await cur.fetchone()
    assert stored is not None and b"brother" not in bytes(stored[0])
    with pytest.raises(StorageError, match="no stored survey version"):
        await survey_versions.survey_body(db.reader, "nope")


async def _times(db: Database, run_id: int) -> tuple[str, datetime | None, datetime | None]:
    """The run's status, and when it was first started and first completed."""
    row = await runs.get_run(db.reader, run_id)
    assert row is not None
    return row.status, row.started_at, row.completed_at


async def test_save_state_sets_started_and_completed_once(db: Database) -> None:
    child = await add_child(db)
    run_id = await _new_run(db, child)
    later = NOW + timedelta(hours=1)
    async with db.transaction() as conn:
        await runs.save_state(
            conn, db.cipher, run_id, "{}", status="started", now=NOW, channel="web"
        )
        await runs.save_state(conn, db.cipher, run_id, "{}", status="started", now=later)
    row = await runs.get_run(db.reader, run_id)
    assert row is not None and (row.status, row.started_at, row.channel) == ("started", NOW, "web")
    async with db.transaction() as conn:
        await runs.save_state(conn, db.cipher, run_id, '{"done": 1}', status="completed", now=later)
        await runs.set_status(conn, run_id, "completed", now=later + timedelta(days=1))
    assert await _times(db, run_id) == ("completed", NOW, later)
    assert await runs.open_runs(db.reader, child) == []
    with pytest.raises(runs.RunNotFoundError):
        async with db.transaction() as conn:
            await runs.save_state(conn, db.cipher, 999, "{}", status="started", now=NOW)


async def test_set_status_also_sets_started_and_completed_once(db: Database) -> None:
    child = await add_child(db)
    run_id = await _new_run(db, child)
    later = NOW + timedelta(hours=1)
    async with db.transaction() as conn:
        await runs.set_status(conn, run_id, "declined", now=NOW)
    assert await _times(db, run_id) == ("declined", None, None)
    async with db.transaction() as conn:
        await runs.set_status(conn, run_id, "started", now=NOW)
        await runs.set_status(conn, run_id, "completed", now=later)
        await runs.set_status(conn, run_id, "completed", now=later + timedelta(days=1))
    assert await _times(db, run_id) == ("completed", NOW, later)
    with pytest.raises(runs.RunNotFoundError):
        async with db.transaction() as conn:
            await runs.set_status(conn, 999, "expired", now=NOW)


async def test_open_runs_newest_first(db: Database) -> None:
    child = await add_child(db)
    first = await _new_run(db, child)
    second = await _new_run(db, child, status="started")
    async with db.transaction() as conn:
        await runs.set_status(conn, first, "expired", now=NOW)
    third = await _new_run(db, child)
    assert [r.id for r in await runs.open_runs(db.reader, child)] == [third, second]


async def test_answers_are_unique_and_changes_go_to_history(db: Database) -> None:
    child = await add_child(db)
    run_id = await _new_run(db, child)

    async def save(text: str | None, choices: tuple[str, ...] = (), kind: str = "text") -> bool:
        async with db.transaction() as conn:
            return await runs.save_answer(
                conn,
                db.cipher,
                run_id=run_id,
                question_id="worries",
                core_id="core_worries",
                kind=kind,
                choices=choices,
                text=text,
                audience="iro_only",
                now=NOW,
            )

    assert await save("school is hard") is True
    assert await save("school is hard") is False  # the same update delivered twice
    assert await save("my teacher is kind") is True
    async with db.transaction() as conn:
        await runs.save_answer(
            conn,
            db.cipher,
            run_id=run_id,
            question_id="home",
            core_id=None,
            kind="choice",
            choices=("happy", "safe"),
            text=None,
            audience=None,
            now=NOW,
        )
    answers = await runs.answers_for_run(db.reader, db.cipher, run_id)
    assert [(a.question_id, a.kind, a.choices, a.text, a.audience) for a in answers] == [
        ("worries", "text", (), "my teacher is kind", "iro_only"),
        ("home", "choice", ("happy", "safe"), None, None),
    ]
    async with db.reader.execute(
        "SELECT question_id, text FROM answer_history WHERE run_id = ?", (run_id,)
    ) as cur:
        history = await cur.fetchall()
    assert [(h[0], db.cipher.decrypt(h[1])) for h in history] == [("worries", "school is hard")]
    async with db.transaction() as conn:
        await runs.drop_answer(conn, run_id=run_id, question_id="home", now=NOW)
    assert [a.question_id for a in await runs.answers_for_run(db.reader, db.cipher, run_id)] == [
        "worries"
    ]
    async with db.reader.execute("SELECT count(*) FROM answer_history") as cur:
        count = await cur.fetchone()
    assert count is not None and count[0] == 2
    with pytest.raises(ValueError, match="kind must be one of"):
        await save("x", kind="shout")


async def test_raw_file_never_holds_a_childs_words(tmp_path: Path, cipher: Cipher) -> None:
    db = await Database.open(tmp_path / "words.db", cipher=cipher)
    child = await add_child(db)
    run_id = await _new_run(db, child)
    secret = "Uncle Robert takes my dinner money"
    async with db.transaction() as conn:
        await runs.save_answer(
            conn,
            db.cipher,
            run_id=run_id,
            question_id="q1",
            core_id=None,
            kind="text",
            choices=(),
            text=secret,
            audience="meeting",
            now=NOW,
        )
    await db.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("words.db"))
    assert b"Uncle Robert" not in raw and b"dinner money" not in raw
    # The search itself works: the child's (plain) reference is in the file.
    assert b"C001" in raw
    db = await Database.open(tmp_path / "words.db", cipher=cipher)
    try:
        answers = await runs.answers_for_run(db.reader, db.cipher, run_id)
    finally:
        await db.close()
    assert [a.text for a in answers] == [secret]


async def test_missing_or_wrong_key_is_explained(tmp_path: Path, db: Database) -> None:
    with pytest.raises(DataKeyError, match=r"no data key at .*set HEARME_DATA_KEY"):
        load_cipher(tmp_path / "missing.key")
    keyless = await Database.open(db.target)
    try:
        with pytest.raises(StorageError, match="no key was given: set HEARME_DATA_KEY"):
            _ = keyless.cipher
    finally:
        await keyless.close()
    child = await add_child(db)
    run_id = await _new_run(db, child)
    other = tmp_path / "other.key"
    create_key_file(other)
    with pytest.raises(DataKeyError, match="names a different key"):
        await runs.load_state(db.reader, load_cipher(other), run_id)


def test_there_is_one_run_row_and_its_times_are_moments() -> None:
    from storage import figures

    assert figures.RunRow is runs.RunRow
    assert not hasattr(figures, "runs_of_child"), "a child's runs are listed one way"
    times = {name: kind for name, kind in runs.RunRow.__annotations__.items() if "_at" in name}
    assert times and all("datetime" in str(kind) for kind in times.values()), times
