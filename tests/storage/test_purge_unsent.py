"""`hearme purge` also removes the words of consultations the child never sent.

A run that closed unanswered (expired) or was declined is never delivered to staff, so it is
never "exported"; its words used to stay for ever. Now they go once the run has been closed
for longer than the purge period, while open runs and recently closed ones keep theirs.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage import runs
from storage.crypto import Cipher
from storage.db import Database
from tests.storage.conftest import Cli, add_child

WORDS = {
    "expired long ago": "the dog next door barks all night",
    "declined long ago": "grandad took me fishing",
    "expired last week": "new trainers for school",
    "still open": "football on saturdays",
}


async def _run_with_words(
    db: Database, child: int, words: str, *, status: str, closes_at: datetime, now: datetime
) -> int:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO survey_versions (hash, definition_id, version, body, created_at) "
            "VALUES ('h1', 'my_review', '1', '{}', ?) ON CONFLICT DO NOTHING",
            (now.isoformat(),),
        )
        run_id = await runs.create_run(
            conn,
            cipher=db.cipher,
            child_id=child,
            survey_hash="h1",
            definition_id="my_review",
            review_id=None,
            age_band="12_15",
            state_json=f'{{"draft": "{words}"}}',
            now=closes_at - timedelta(days=14),
            closes_at=closes_at,
            status="started",
        )
        await runs.save_answer(
            conn,
            db.cipher,
            run_id=run_id,
            question_id="worries_more",
            core_id=None,
            kind="text",
            choices=(),
            text=words,
            audience="meeting",
            now=closes_at - timedelta(days=13),
        )
        await runs.set_status(conn, run_id, status, now=closes_at)
    return run_id


async def test_purge_removes_the_words_of_runs_that_closed_unsent(
    cli: Cli, cipher: Cipher, key_file: Path
) -> None:
    now = datetime.now(UTC)
    db = await Database.open(cli.db, cipher=cipher)
    try:
        child = await add_child(db)
        ids = {
            "expired long ago": await _run_with_words(
                db,
                child,
                WORDS["expired long ago"],
                status="expired",
                closes_at=now - timedelta(days=40),
                now=now,
            ),
            "declined long ago": await _run_with_words(
                db,
                child,
                WORDS["declined long ago"],
                status="declined",
                closes_at=now - timedelta(days=45),
                now=now,
            ),
            "expired last week": await _run_with_words(
                db,
                child,
                WORDS["expired last week"],
                status="expired",
                closes_at=now - timedelta(days=7),
                now=now,
            ),
            "still open": await _run_with_words(
                db,
                child,
                WORDS["still open"],
                status="started",
                closes_at=now - timedelta(days=60),
                now=now,
            ),
        }
    finally:
        await db.close()

    done = cli("purge", "--older-than", "30")
    assert done.returncode == 0, done.stderr
    assert "Purged the words of 2" in done.stdout

    db = await Database.open(cli.db, cipher=cipher)
    try:
        for what, run_id in ids.items():
            answers = await runs.answers_for_run(db.reader, db.cipher, run_id)
            async with db.reader.execute("SELECT state FROM runs WHERE id = ?", (run_id,)) as cur:
                row = await cur.fetchone()
            assert row is not None
            kept = "long ago" not in what
            assert [a.text for a in answers] == [WORDS[what] if kept else None], what
            assert (row["state"] is not None) == kept, what
    finally:
        await db.close()
