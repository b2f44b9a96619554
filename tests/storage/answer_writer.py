"""A child process for the crash test: writes answers in a loop until it is killed.

Usage: ``python answer_writer.py DB KEY TAG [short]``. After each commit it reports the answer's
id and question id on stdout, so the parent knows exactly which answers were committed before
the kill. Question ids are ``p{TAG}-{n}`` (``p{TAG}.{writer}-{n}`` with ``short``), ``n`` counting
from 1: the parent gives each process its own TAG, as a process id may come round again. With
``short``, several writers at once use short transactions, as children's turns do: their
statements run without a hand-over and those queued together share a commit.
"""

from __future__ import annotations

import asyncio
import json
import os
import select
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from storage import children, runs, staff, survey_versions
from storage.crypto import load_cipher
from storage.db import Database

WRITERS_AT_ONCE = 6


async def main(db_path: Path, key_path: Path, tag: str, *, short: bool) -> None:
    db = await Database.open(db_path, cipher=load_cipher(key_path))
    now = datetime.now(UTC)
    async with db.transaction() as conn:
        iro = await staff.upsert_staff(conn, staff_ref="IRO01", name="Sam", role="iro", now=now)
        child = await children.upsert_child(
            conn,
            child_ref="C001",
            first_name="Ada",
            date_of_birth=date(2014, 5, 1),
            iro_id=iro,
            now=now,
        )
        await survey_versions.ensure_survey_version(
            conn, definition_id="d", version="1", survey_hash="h", body_json="{}", now=now
        )
        existing = await runs.open_runs(conn, child)
        run_id = (
            existing[0].id
            if existing
            else await runs.create_run(
                conn,
                child_id=child,
                definition_id="d",
                survey_hash="h",
                age_band="8_11",
                review_id=None,
                state_json="{}",
                cipher=db.cipher,
                now=now,
                closes_at=None,
            )
        )
    if short:
        await asyncio.gather(
            *(_write(db, run_id, now, f"{tag}.{w}", short=True) for w in range(WRITERS_AT_ONCE))
        )
    await _write(db, run_id, now, tag, short=False)


async def _write(db: Database, run_id: int, now: datetime, name: str, *, short: bool) -> None:
    n = 0
    while True:
        n += 1
        question = f"p{name}-{n}"
        async with db.transaction(short=short) as conn:
            await runs.save_answer(
                conn,
                db.cipher,
                run_id=run_id,
                question_id=question,
                core_id=None,
                kind="text",
                choices=(),
                text=f"words of {question}",
                audience="meeting",
                now=now,
            )
            # As in the real flow, the run's position is saved in the same transaction.
            await runs.save_state(
                conn, db.cipher, run_id, json.dumps({"last": question}), status="started", now=now
            )
            async with conn.execute(
                "SELECT id FROM answers WHERE run_id = ? AND question_id = ?", (run_id, question)
            ) as cur:
                row = await cur.fetchone()
        assert row is not None
        _report(row[0], question)


def _report(answer_id: int, question: str) -> None:
    """Tell the parent that ``question``'s answer is committed, in ONE ``write()``.

    A write of at most ``PIPE_BUF`` bytes goes into a pipe whole or not at all, so a SIGKILL
    may come between two reports but never cuts one in half. ``print()`` hands its text and
    its newline to a buffer separately, and when the buffer reaches the pipe is its business.
    """
    line = f"{answer_id} {question}\n".encode()
    if len(line) > select.PIPE_BUF or os.write(sys.stdout.fileno(), line) != len(line):
        raise RuntimeError(f"the report of answer {answer_id} did not go out in one write")


if __name__ == "__main__":
    asyncio.run(
        main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], short=sys.argv[4:] == ["short"])
    )
