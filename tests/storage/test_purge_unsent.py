"""`hearme purge` also removes the words of consultations the child never sent.

A run that closed unanswered (expired) or was declined is never delivered to staff, so it is
never "exported"; its words used to stay for ever. Now they go once the run has been closed
for longer than the purge period, while open runs and recently closed ones keep theirs.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage import runs
from storage.crypto import Cipher
from storage.db import Database
from tests.storage.conftest import Cli, add_child, add_run_with_words

# What each run was, its words, and how many days ago it closed.
RUNS = {
    "expired long ago": ("expired", "the dog next door barks all night", 40),
    "declined long ago": ("declined", "grandad took me fishing", 45),
    "expired last week": ("expired", "new trainers for school", 7),
    "still open": ("started", "football on saturdays", 60),
}


async def test_purge_removes_the_words_of_runs_that_closed_unsent(cli: Cli, cipher: Cipher) -> None:
    now = datetime.now(UTC)
    db = await Database.open(cli.db, cipher=cipher)
    try:
        child = await add_child(db)
        ids = {}
        for what, (status, words, days_ago) in RUNS.items():
            closes_at = now - timedelta(days=days_ago)
            ids[what] = await add_run_with_words(
                db,
                child,
                words,
                status=status,
                at=closes_at - timedelta(days=14),
                closes_at=closes_at,
            )
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
            assert [a.text for a in answers] == [RUNS[what][1] if kept else None], what
            assert (row["state"] is not None) == kept, what
    finally:
        await db.close()
