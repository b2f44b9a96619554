"""Nothing committed is lost or doubled, whatever happens to the process; writers never mix."""

from __future__ import annotations

import asyncio
import json
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from storage import audit, runs, survey_versions
from storage.crypto import Cipher
from storage.db import Database
from tests.storage.conftest import NOW, add_child

WRITER = Path(__file__).with_name("answer_writer.py")
KILLS = 12
# A report: the answer's id, then its question, p{process tag}[.{writer}]-{n}.
REPORT = re.compile(r"(\d+) (p(\d+(?:\.\d+)?)-(\d+))")
QUESTION = re.compile(r"p(\d+(?:\.\d+)?)-(\d+)")


@dataclass(frozen=True)
class Report:
    """One answer the writer said was committed."""

    answer_id: int
    question: str
    writer: str
    n: int


def _run_until_killed(
    db_path: Path, key_file: Path, rng: random.Random, *, tag: int, short: bool
) -> list[Report]:
    """Start the writer, let it commit a random number of answers, SIGKILL it mid-loop."""
    command = [sys.executable, str(WRITER), str(db_path), str(key_file), str(tag)]
    with subprocess.Popen(
        [*command, *(["short"] if short else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        wanted = rng.randint(3, 40)
        received = b""
        lines = 0
        deadline = time.monotonic() + 30
        while lines < wanted and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            received += line
            lines += 1
        # A random pause so the kill lands anywhere in a transaction, not just after a report.
        time.sleep(rng.random() * 0.02)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        # The rest is read through the same buffered stream as the lines above: communicate()
        # reads the pipe beneath it and skips what readline() has already buffered, so when
        # the writer was more than one read (8 KiB) ahead, the reports went on mid-line.
        received += process.stdout.read()
        errors = process.stderr.read().decode()
    assert process.returncode == -signal.SIGKILL, errors
    return _reports(received)


def _reports(received: bytes) -> list[Report]:
    """Every complete report in ``received``; a line can be incomplete only if it is the last.

    The writer reports each answer in one ``write()`` after its commit, so the kill can only
    stop a report from going out, and only the last: anything after the last newline was
    never reported. Every line before it must be a whole report.
    """
    *lines, _cut = received.split(b"\n")
    reports = []
    for number, line in enumerate(lines, start=1):
        match = REPORT.fullmatch(line.decode(errors="replace"))
        assert match is not None, f"report {number} is not '<answer id> <question>': {line!r}"
        answer_id, question, writer, n = match.groups()
        reports.append(Report(int(answer_id), question, writer, int(n)))
    return reports


# Short: several writers at once whose transactions share commits (issue 20).
@pytest.mark.parametrize("short", [False, True], ids=["own-commits", "shared-commits"])
def test_sigkill_mid_write_loses_and_doubles_nothing(
    tmp_path: Path, key_file: Path, cipher: Cipher, short: bool
) -> None:
    db_path = tmp_path / "hearme.db"
    rng = random.Random(20260302)
    reported: list[Report] = []
    for tag in range(1, KILLS + 1):
        reported.extend(_run_until_killed(db_path, key_file, rng, tag=tag, short=short))

    assert len(reported) >= KILLS * 3
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {
            row[0]: (row[1], cipher.decrypt(row[2]))
            for row in conn.execute("SELECT id, question_id, text FROM answers")
        }
        duplicates = conn.execute(
            "SELECT count(*) FROM (SELECT run_id, question_id FROM answers "
            "GROUP BY run_id, question_id HAVING count(*) > 1)"
        ).fetchone()
        (state,) = conn.execute("SELECT state FROM runs").fetchone()
    assert duplicates == (0,)
    ids = [report.answer_id for report in reported]
    assert len(ids) == len(set(ids)), "an answer id was reported twice"
    for report in reported:
        assert stored[report.answer_id] == (report.question, f"words of {report.question}")
    # Each writer reported its answers 1, 2, 3… and all of them reached this test; of what it
    # stored, only the answer in hand at the kill (committed, not yet reported) went unreported.
    told: dict[str, list[int]] = {}
    for report in reported:
        told.setdefault(report.writer, []).append(report.n)
    kept: dict[str, set[int]] = {}
    for question, _ in stored.values():
        match = QUESTION.fullmatch(question)
        assert match is not None, question
        kept.setdefault(match[1], set()).add(int(match[2]))
    for writer in told.keys() | kept.keys():
        ns = told.get(writer, [])
        assert ns == list(range(1, len(ns) + 1)), f"writer {writer}'s reports have gaps: {ns}"
        unreported = kept.get(writer, set()) - set(ns)
        assert unreported <= {len(ns) + 1}, f"writer {writer} stored {unreported} unreported"
    # The run's position was committed with its answer: it names a stored answer.
    last = json.loads(cipher.decrypt(state))["last"]
    assert last in {question for question, _ in stored.values()}


async def test_concurrent_transactions_never_interleave(db: Database) -> None:
    workers = 40

    async def worker(n: int) -> None:
        actor = f"worker:{n}"
        async with db.transaction() as conn:
            await audit.record(conn, at=NOW, actor=actor, action="begin")
            # Give every other coroutine the chance to run in the middle of this transaction.
            for _ in range(random.randint(1, 5)):
                await asyncio.sleep(0)
            async with conn.execute(
                "SELECT count(*) FROM audit_log WHERE actor = ?", (actor,)
            ) as cur:
                mine = await cur.fetchone()
            assert mine is not None and mine[0] == 1
            await audit.record(conn, at=NOW, actor=actor, action="end")
            if n % 7 == 0:
                raise RuntimeError("this one fails and must leave nothing behind")

    results = await asyncio.gather(*(worker(n) for n in range(workers)), return_exceptions=True)
    failed = {n for n, result in enumerate(results) if isinstance(result, RuntimeError)}
    assert failed == {n for n in range(workers) if n % 7 == 0}
    async with db.reader.execute("SELECT actor, action FROM audit_log ORDER BY id") as cur:
        rows = [(row[0], row[1]) for row in await cur.fetchall()]
    # Each transaction's begin is followed directly by its own end: no other writer came between.
    expected_pairs = [
        pair
        for n in range(workers)
        if n not in failed
        for pair in ((f"worker:{n}", "begin"), (f"worker:{n}", "end"))
    ]
    assert sorted(rows) == sorted(expected_pairs)
    for first, second in zip(rows[::2], rows[1::2], strict=True):
        assert first[0] == second[0] and (first[1], second[1]) == ("begin", "end")


async def test_reader_sees_only_committed_answers(db: Database) -> None:
    child = await add_child(db)
    async with db.transaction() as conn:
        await survey_versions.ensure_survey_version(
            conn, definition_id="d", version="1", survey_hash="h", body_json="{}", now=NOW
        )
        run_id = await runs.create_run(
            conn,
            child_id=child,
            definition_id="d",
            survey_hash="h",
            age_band="8_11",
            review_id=None,
            state_json="{}",
            cipher=db.cipher,
            now=NOW,
            closes_at=None,
        )
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await runs.save_answer(
                conn,
                db.cipher,
                run_id=run_id,
                question_id="q",
                core_id=None,
                kind="choice",
                choices=("yes",),
                text=None,
                audience=None,
                now=NOW,
            )
            assert await runs.answers_for_run(db.reader, db.cipher, run_id) == []
            raise RuntimeError("crash before commit")
    assert await runs.answers_for_run(db.reader, db.cipher, run_id) == []
