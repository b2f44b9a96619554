"""The database figure 4's bot runs over: national scale, with everything a year leaves behind.

Issue 20, item 5: 100,000 children was not enough on its own when they had nothing else. Here
each child (aged 4–17, a bound Telegram chat, 80 to an IRO) also has a past review with its
participation code, an upcoming review, a completed ``my_review`` run with its answers (words
encrypted as hearme stores them), and the outbox is full: each upcoming review's offer is
planned, pending, with the key hearme's own planner gives it, so the scheduler finds its work
already there. Written straight into the schema, one transaction per table (:mod:`bench.seed`).
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from bench import seed
from bench.national_data import SURVEYS, answer_pool, next_run_id, write_runs
from reports import ids
from storage.crypto import Cipher, load_cipher
from surveys.bands import band_for

CASELOAD = 80  # children to an IRO (issue 20: a caseload page of 80 children)
_POOL = 499


@dataclass(frozen=True)
class Filled:
    """What went into the file."""

    db_path: Path
    key_path: Path
    children: int
    reviews: int
    runs: int
    answers: int
    outbox: int
    iro_id: int  # an IRO with a full caseload


def _stamp(day: date, hour: int = 17) -> str:
    return datetime.combine(day, time(hour), tzinfo=UTC).isoformat()


def fill(workdir: Path, children: int) -> Filled:
    """``children`` children with reviews, runs, answers and a full outbox, under ``workdir``."""
    db_path, key_path = workdir / "memory.db", workdir / "memory.key"
    seed.create_database_now(db_path, key_path)
    cipher = load_cipher(key_path)
    rng = random.Random(4)
    today = date.today()
    conn = seed.connect(db_path)
    try:
        iros = seed.add_staff(conn, max(1, children // CASELOAD))
        made = seed.add_children(conn, children, ages=range(4, 18), on=today, iro_ids=iros, rng=rng)
        seed.enrol(conn, made, first_chat=1_000_000, on=today)
        hashes = seed.add_survey_versions(conn)
        reviews, upcoming = _reviews(conn, made, today, rng)
        runs, answers = _runs(conn, made, hashes[ids.MY_REVIEW], today, rng, cipher)
        outbox = _outbox(conn, upcoming)
    finally:
        conn.close()
    return Filled(db_path, key_path, children, reviews, runs, answers, outbox, iros[0])


def _reviews(
    conn: sqlite3.Connection, made: list[seed.Child], today: date, rng: random.Random
) -> tuple[int, list[tuple[int, int, date]]]:
    """A past review (held, coded) and an upcoming one per child; returns the count and
    (review id, child id, date) of the upcoming ones."""
    rows: list[tuple[object, ...]] = []
    for child in made:
        past = today - timedelta(days=rng.randrange(60, 180))
        ahead = today + timedelta(days=rng.randrange(30, 180))
        code = rng.choice(("PN1", "PN2", "PN5", "PN6", "PN7"))
        rows.append((child.id, past.isoformat(), band_for(child.date_of_birth, past), code, 1))
        rows.append((child.id, ahead.isoformat(), band_for(child.date_of_birth, ahead), None, 0))
    conn.executemany(
        "INSERT INTO reviews (child_id, review_at, age_band, participation_code, held, source) "
        "VALUES (?, ?, ?, ?, ?, 'import')",
        rows,
    )
    conn.commit()
    upcoming = [
        (int(review_id), int(child_id), date.fromisoformat(day))
        for review_id, child_id, day in conn.execute(
            "SELECT id, child_id, review_at FROM reviews WHERE held = 0"
        )
    ]
    return len(rows), upcoming


def _runs(
    conn: sqlite3.Connection,
    made: list[seed.Child],
    survey_hash: str,
    today: date,
    rng: random.Random,
    cipher: Cipher,
) -> tuple[int, int]:
    """A completed ``my_review`` run per child with its answers (drawn from a pool)."""
    pool = answer_pool(SURVEYS[ids.MY_REVIEW], _POOL, rng, cipher)
    first = next_run_id(conn)
    runs: list[tuple[object, ...]] = []
    answers: list[tuple[object, ...]] = []
    for offset, child in enumerate(made):
        run_id = first + offset
        done = today - timedelta(days=rng.randrange(60, 180))
        stamp = _stamp(done)
        band = band_for(child.date_of_birth, done)
        head = (run_id, child.id, survey_hash, ids.MY_REVIEW, band, "completed")
        runs.append((*head, stamp, stamp, stamp, stamp))
        answers += [(run_id, *answer, stamp) for answer in pool[offset % _POOL]]
    write_runs(conn, runs, answers)
    conn.commit()
    return len(runs), len(answers)


def _outbox(conn: sqlite3.Connection, upcoming: list[tuple[int, int, date]]) -> int:
    """Each upcoming review's ``my_review`` offer, pending, due a fortnight before it."""
    rows = [
        (
            _stamp(day - timedelta(days=14), 10),
            "offer",
            child_id,
            f'{{"definition_id": "{ids.MY_REVIEW}", "review_id": {review_id}}}',
            f"offer:{ids.MY_REVIEW}:review:{review_id}",
        )
        for review_id, child_id, day in upcoming
    ]
    conn.executemany(
        "INSERT INTO outbox (due_at, kind, child_id, payload, dedupe_key) VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    conn.commit()
    return len(rows)
