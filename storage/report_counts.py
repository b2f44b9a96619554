"""Counts the yearly reports need, made by SQLite: a national file holds hundreds of thousands
of reviews and millions of answers, and a report needs only a few thousand counts of them.

Like :mod:`storage.figures`, rows out and no aggregation policy: reports decide what to show
and what to hide.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import aiosqlite

from storage.crypto import Cipher
from storage.figures import day_after

# The meeting modes the schema allows (reviews.mode); anything else is NULL, not recorded.
MODES: tuple[str, ...] = ("in_person", "virtual", "hybrid")


@dataclass(frozen=True)
class ReviewTally:
    """Coded reviews of one month, age band and participation code, and what was recorded."""

    month: str  # "YYYY-MM" of the review date
    age_band: str
    participation_code: str
    count: int
    modes: dict[str, int]  # per mode in MODES; the rest were not recorded
    chaired: tuple[int, int]  # (the child chaired, did not) where it was recorded
    spoke: tuple[int, int]  # (the IRO spoke with the child beforehand, did not) where recorded


async def review_tallies(conn: aiosqlite.Connection, start: date, end: date) -> list[ReviewTally]:
    """Coded reviews dated ``start``..``end`` (inclusive), counted per month, band and code.

    Counting happens in SQLite: a national file has hundreds of thousands of reviews and a
    report needs a few hundred counts. A report reads most of the table, so it is scanned
    straight through (``+review_at``) rather than row by row through the date index.
    """
    modes = ", ".join(f"SUM(mode = '{mode}')" for mode in MODES)
    async with conn.execute(
        f"SELECT substr(review_at, 1, 7), age_band, participation_code, COUNT(*), {modes}, "
        "SUM(child_chaired != 0), SUM(child_chaired = 0), "
        "SUM(iro_spoke_beforehand != 0), SUM(iro_spoke_beforehand = 0) FROM reviews "
        "WHERE +review_at >= ? AND +review_at < ? AND participation_code IS NOT NULL "
        "GROUP BY 1, 2, 3",
        (start.isoformat(), day_after(end)),
    ) as cursor:
        rows = await cursor.fetchall()
    # SUM over no matching rows is NULL.
    return [
        ReviewTally(
            month=row[0],
            age_band=row[1],
            participation_code=row[2],
            count=row[3],
            modes={mode: row[4 + i] or 0 for i, mode in enumerate(MODES)},
            chaired=(row[7] or 0, row[8] or 0),
            spoke=(row[9] or 0, row[10] or 0),
        )
        for row in rows
    ]


async def returns_by_band(
    conn: aiosqlite.Connection, definition_id: str, start: date, end: date
) -> dict[str, tuple[int, int]]:
    """Runs of one survey sent (or, if never sent, created) in ``start``..``end``, per age
    band: ``(completed, not completed)``."""
    async with conn.execute(
        "SELECT age_band, SUM(status = 'completed'), COUNT(*) FROM runs WHERE definition_id = ? "
        "AND COALESCE(sent_at, created_at) >= ? AND COALESCE(sent_at, created_at) < ? "
        "GROUP BY age_band",
        (definition_id, start.isoformat(), day_after(end)),
    ) as cursor:
        return {row[0]: (row[1], row[2] - row[1]) for row in await cursor.fetchall()}


async def completed_count(
    conn: aiosqlite.Connection, definition_id: str, start: date, end: date
) -> int:
    """How many runs of one survey were completed in ``start``..``end``."""
    async with conn.execute(
        "SELECT COUNT(*) FROM runs WHERE definition_id = ? AND status = 'completed' "
        "AND completed_at >= ? AND completed_at < ?",
        (definition_id, start.isoformat(), day_after(end)),
    ) as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class ChoiceTally:
    """How many completed runs gave one choice answer, by age band and month sent.

    ``first_seen`` ranks the answer (question and choices) by when a child first gave it
    (completion time, run, answer; 0 is first), so a report can list questions and options
    in the order children met them.
    """

    question_id: str
    core_id: str | None
    choices: tuple[str, ...]
    age_band: str
    month: str  # "YYYY-MM" of completed_at
    count: int
    first_seen: int


_Answer = tuple[str, str | None, str | None]  # question, core, choices as stored
_COMPLETED = (
    "FROM runs r JOIN answers a ON a.run_id = r.id WHERE r.definition_id = ? "
    "AND r.status = 'completed' AND a.kind = 'choice' "
)


async def choice_tallies(
    conn: aiosqlite.Connection, definition_id: str, start: date, end: date
) -> list[ChoiceTally]:
    """Choice answers of one survey's runs completed in ``start``..``end``, counted in SQLite."""
    # Month first: the sort behind GROUP BY settles most comparisons on the first column.
    async with conn.execute(
        "SELECT substr(r.completed_at, 1, 7), r.age_band, a.question_id, a.choices, a.core_id, "
        f"COUNT(*), MIN(r.completed_at) {_COMPLETED}"
        "AND r.completed_at >= ? AND r.completed_at < ? GROUP BY 1, 2, 3, 4, 5",
        (definition_id, start.isoformat(), day_after(end)),
    ) as cursor:
        rows = await cursor.fetchall()
    earliest: dict[_Answer, str] = {}
    for _, _, question_id, choices, core_id, _, first in rows:
        key = (question_id, core_id, choices)
        earliest[key] = min(first, earliest.get(key, first))
    # Many answers share their earliest moment (a whole run does); the runs completed at those
    # moments settle the order exactly.
    order: dict[_Answer, tuple[str, int, int]] = {}
    moments = sorted(set(earliest.values()))
    for offset in range(0, len(moments), 500):
        chunk = moments[offset : offset + 500]
        marks = ",".join("?" for _ in chunk)
        async with conn.execute(
            "SELECT r.completed_at, r.id, a.id, a.question_id, a.core_id, a.choices "
            f"{_COMPLETED}AND r.completed_at IN ({marks})",
            (definition_id, *chunk),
        ) as cursor:
            for at, run_id, answer_id, question_id, core_id, choices in await cursor.fetchall():
                key = (question_id, core_id, choices)
                if earliest.get(key) == at:
                    order[key] = min(
                        (at, run_id, answer_id), order.get(key, (at, run_id, answer_id))
                    )
    rank = {key: position for position, key in enumerate(sorted(order, key=order.__getitem__))}
    parsed: dict[str | None, tuple[str, ...]] = {}
    found = []
    for month, band, question_id, choices, core_id, count, _ in rows:
        if choices not in parsed:
            parsed[choices] = tuple(json.loads(choices or "[]"))
        first_seen = rank[(question_id, core_id, choices)]
        found.append(
            ChoiceTally(question_id, core_id, parsed[choices], band, month, count, first_seen)
        )
    return found


@dataclass(frozen=True)
class QuotableAnswer:
    """Free text a child agreed may be quoted (decrypted), in the order it was sent."""

    question_id: str
    core_id: str | None
    text: str
    answer_id: int | None = None  # for a person's decision on a heavily redacted quote
    child_id: int | None = None


async def quotable_answers(
    conn: aiosqlite.Connection,
    cipher: Cipher,
    definition_id: str,
    start: date,
    end: date,
    *,
    consent: tuple[str, str],
) -> list[QuotableAnswer]:
    """Written answers of runs completed in ``start``..``end`` that may be quoted.

    That is: the run's answer to the question ``consent[0]`` includes the option ``consent[1]``,
    the words were meant for the meeting (not "just for my IRO"), and the run raised no concern.
    """
    async with conn.execute(
        "SELECT a.question_id, a.core_id, a.text, a.id, r.child_id FROM runs r "
        "JOIN answers a ON a.run_id = r.id "
        "WHERE r.definition_id = ? AND r.status = 'completed' AND r.completed_at >= ? "
        "AND r.completed_at < ? AND a.kind = 'text' AND a.text IS NOT NULL "
        "AND a.audience IS NOT 'iro_only' AND r.id NOT IN "
        "(SELECT run_id FROM alerts WHERE kind = 'concern' AND run_id IS NOT NULL) "
        "AND EXISTS (SELECT 1 FROM answers c, json_each(COALESCE(c.choices, '[]')) j "
        "WHERE c.run_id = r.id AND c.question_id = ? AND j.value = ?) "
        "ORDER BY r.completed_at, r.id, a.id",
        (definition_id, start.isoformat(), day_after(end), *consent),
    ) as cursor:
        rows = await cursor.fetchall()
    return [
        QuotableAnswer(row[0], row[1], cipher.decrypt(row[2]), int(row[3]), int(row[4]))
        for row in rows
    ]
