"""The national file for figure 3, generated straight into hearme's schema.

84,000 children, 200,000 reviews and 2,000,000 answers over three April–March years, written
with ``executemany`` in one transaction per table (:mod:`bench.seed`), children's words
encrypted as hearme stores them. Answer sets are drawn into a pool once and reused, so two
million answers take about a minute rather than longer than everything being measured.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import seed
from reports import ids
from storage.crypto import Cipher, load_cipher
from surveys.bands import band_for

CHILDREN, REVIEWS, ANSWERS = 84_000, 200_000, 2_000_000
START, END = date(2023, 4, 1), date(2026, 3, 31)
_CHUNK = 50_000
_POOL = 997
_PARTICIPATING = ids.PARTICIPATING
_CODE_WEIGHTS = (45, 8, 5, 4, 10, 18, 10)  # PN1..PN7
_AGREE_WEIGHTS = (60, 20, 10, 6)
_WORDS = (
    "My IRO listens to me and comes when they say.",
    "I would like more time to talk before my meeting.",
    "It would be better if the meeting was after school.",
    "They explained things so I understood.",
)


@dataclass(frozen=True)
class Sizes:
    children: int
    reviews: int
    answers: int


def sizes(scale: float) -> Sizes:
    """84,000 children, 200,000 reviews and 2,000,000 answers at scale 1."""
    return Sizes(
        max(50, round(CHILDREN * scale)),
        max(100, round(REVIEWS * scale)),
        max(300, round(ANSWERS * scale)),
    )


@dataclass(frozen=True)
class National:
    """A generated national file and what went into it."""

    db_path: Path
    key_path: Path
    children: int
    reviews: int
    answers: int
    seconds: float


# Each survey's answers in one run: (question id, kind of answer).
_TELL_US_MORE = (
    *((s, "agree") for s in ids.STATEMENTS),
    ("anything_else_about_iro", "text"),
    ("one_thing_to_change", "text"),
    ("consent_to_quote", "consent"),
)
_MY_REVIEW = (
    ("home", "face"),
    ("school", "face"),
    ("family_time", "face"),
    ("feel_safe", "yes_no"),
    ("come_to_meeting", "come"),
    ("for_iro", "text"),
    ("topics", "topics"),
    ("where_when", "where"),
    ("advocate", "advocate"),
    ("worries", "topics"),
)
_AFTER = (
    ("how_it_went", "rag"),
    ("how_it_went_why", "text"),
    ("listened_to", "agree"),
    ("understood_decisions", "agree"),
    ("where_when_right", "agree"),
    ("right_people", "agree"),
    ("talked_about_wanted", "agree"),
    ("next_time_better", "text"),
    ("consent_to_quote", "consent"),
)
SURVEYS = {ids.TELL_US_MORE: _TELL_US_MORE, ids.MY_REVIEW: _MY_REVIEW, ids.AFTER_MY_REVIEW: _AFTER}
_OPTIONS = {
    "face": ("happy", "okay", "sad"),
    "yes_no": ("yes", "yes", "yes", "no"),
    "come": ("yes", "some", "no_send_views", "not_sure"),
    "where": ("home", "school", "after_school", "online", "dont_mind"),
    "advocate": ("yes", "already_have", "no", "not_sure"),
    "rag": ("green", "green", "amber", "red"),
    "consent": ("yes", "no", "no"),
    "topics": ("home", "school", "health", "family_time", "friends_hobbies"),
}


def _answer(
    kind: str, rng: random.Random, cipher: Cipher
) -> tuple[str, str, bytes | None, str | None]:
    """(kind, choices JSON, encrypted text, audience) for one generated answer."""
    roll = rng.random()
    if roll < 0.05:
        return "skipped", "[]", None, None
    if kind == "agree":
        return "choice", _one(rng.choices(ids.AGREEMENT, _AGREE_WEIGHTS)[0]), None, None
    if kind == "text":
        if roll < 0.6:
            return "skipped", "[]", None, None
        audience = "iro_only" if roll > 0.9 else "meeting"
        return "text", "[]", cipher.encrypt(rng.choice(_WORDS)), audience
    options = _OPTIONS[kind]
    if kind == "topics":
        return "choice", json.dumps(rng.sample(options, rng.randint(1, 3))), None, None
    return "choice", _one(rng.choice(options)), None, None


_ONE: dict[str, str] = {}


def _one(option: str) -> str:
    """``["option"]`` as stored, made once per option (millions of answers share a few)."""
    text = _ONE.get(option)
    if text is None:
        text = _ONE[option] = json.dumps([option])
    return text


def _day(rng: random.Random) -> date:
    return START + timedelta(days=rng.randrange((END - START).days + 1))


def _generate(conn: sqlite3.Connection, size: Sizes, cipher: Cipher) -> int:
    rng = random.Random(84)
    iros = seed.add_staff(conn, max(1, size.children // 70))
    # Aged 3–17 at the end of the span, so every child is born before their first review.
    children = seed.add_children(
        conn, size.children, ages=range(3, 18), on=END, iro_ids=iros, rng=rng
    )
    hashes = seed.add_survey_versions(conn)
    review_rows = []
    for j in range(size.reviews):
        child = children[j % len(children)]
        held_on = START + timedelta(days=(j // len(children)) * 330 + child.id * 7 % 300)
        band = band_for(child.date_of_birth, held_on)
        code = (
            "PN0" if band == "under_4" else rng.choices((*_PARTICIPATING, "PN7"), _CODE_WEIGHTS)[0]
        )
        mode = rng.choices(("in_person", "virtual", "hybrid", None), (60, 25, 10, 5))[0]
        chaired = rng.choice((0, 1, None)) if band != "under_4" else None
        review_rows.append(
            (
                child.id,
                held_on.isoformat(),
                band,
                mode,
                code,
                held_on.isoformat(),
                chaired,
                rng.choice((0, 1, 1)),
            )
        )
    conn.executemany(
        "INSERT INTO reviews (child_id, review_at, age_band, mode, participation_code, held, "
        "held_at, child_chaired, iro_spoke_beforehand, source) "
        "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 'import')",
        review_rows,
    )
    conn.commit()
    old_enough = [c for c in children if band_for(c.date_of_birth, START) not in ("under_4", "4_7")]
    # Answer sets are drawn once into a pool and reused (ciphertexts too): generating two
    # million answers one by one would take longer than everything being measured.
    pools = {
        definition_id: answer_pool(questions, _POOL, rng, cipher)
        for definition_id, questions in SURVEYS.items()
    }
    per_round = sum(len(questions) for questions in SURVEYS.values())
    rounds = max(1, size.answers // per_round)
    written = 0
    for chunk in _chunks(rounds):
        runs: list[tuple[Any, ...]] = []
        answers: list[tuple[Any, ...]] = []
        run_id = next_run_id(conn)
        for round_number in chunk:
            for definition_id in SURVEYS:
                child = rng.choice(old_enough)
                done = datetime.combine(_day(rng), datetime.min.time()).replace(hour=17)
                stamp = done.isoformat() + "+00:00"
                sent = (done - timedelta(days=3)).isoformat() + "+00:00"
                band = band_for(child.date_of_birth, done.date())
                survey_hash = hashes[definition_id]
                head = (child.id, survey_hash, definition_id, band)
                runs.append((run_id, *head, "completed", sent, sent, sent, stamp))
                for answer in pools[definition_id][round_number % _POOL]:
                    answers.append((run_id, *answer, stamp))
                run_id += 1
                # About one in six my_review offers is never returned (the return rate).
                if definition_id == ids.MY_REVIEW and rng.random() < 0.17:
                    runs.append((run_id, *head, "sent", sent, sent, None, None))
                    run_id += 1
        write_runs(conn, runs, answers)
        written += len(answers)
    conn.commit()
    return written


def _chunks(rounds: int) -> Iterator[range]:
    step = max(1, _CHUNK // 30)
    for first in range(0, rounds, step):
        yield range(first, min(rounds, first + step))


def next_run_id(conn: sqlite3.Connection) -> int:
    """The id the next run written will have."""
    return int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM runs").fetchone()[0])


Answer = tuple[str, str, str, str, bytes | None, str | None]


def answer_pool(
    questions: Sequence[tuple[str, str]], size: int, rng: random.Random, cipher: Cipher
) -> list[list[Answer]]:
    """``size`` answer sets for one survey's ``questions`` (question id, kind of answer), each
    answer as (question id, core id, kind, choices JSON, encrypted text, audience)."""
    return [
        [(question_id, question_id, *_answer(kind, rng, cipher)) for question_id, kind in questions]
        for _ in range(size)
    ]


def write_runs(
    conn: sqlite3.Connection, runs: Sequence[tuple[Any, ...]], answers: Sequence[tuple[Any, ...]]
) -> None:
    """Write runs (id, child, survey hash, definition, age band, status, created, sent, started,
    completed) and their answers (run id, an :data:`Answer`, answered at); not committed."""
    conn.executemany(
        "INSERT INTO runs (id, child_id, survey_hash, definition_id, age_band, status, "
        "created_at, sent_at, started_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        runs,
    )
    conn.executemany(
        "INSERT INTO answers (run_id, question_id, core_id, kind, choices, text, audience, "
        "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        answers,
    )


def build(workdir: Path, scale: float) -> National:
    """Generate the national file under ``workdir`` (one transaction per table)."""
    size = sizes(scale)
    db_path, key_path = workdir / "national.db", workdir / "national.key"
    started = time.perf_counter()
    seed.create_database_now(db_path, key_path)
    conn = seed.connect(db_path)
    try:
        answers = _generate(conn, size, load_cipher(key_path))
    finally:
        conn.close()
    return National(
        db_path, key_path, size.children, size.reviews, answers, time.perf_counter() - started
    )
