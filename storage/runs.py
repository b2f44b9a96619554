"""Runs and their answers (the survey versions they are pinned to: :mod:`storage.survey_versions`).

A run is one child's copy of one survey. Its position (the engine state) and every answer are
written in the caller's transaction, so an answer and the step it moved the child to are saved
together or not at all. Children's words (answer text, voice-note references, the state, which
repeats the answers) are encrypted with the :class:`~storage.crypto.Cipher`; choice ids are not
words and stay plain so reports can count them in SQL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.crypto import Cipher
from storage.db import StorageError
from storage.times import iso, parse

RUN_STATUSES = ("sent", "started", "completed", "expired", "declined")
OPEN_STATUSES = ("sent", "started")
ANSWER_KINDS = ("choice", "text", "voice", "skipped", "declined")
AUDIENCES = ("meeting", "iro_only")


class RunNotFoundError(StorageError):
    """No run has this id, or its words were erased or purged."""


@dataclass(frozen=True)
class RunRow:
    """One run as stored, without its (encrypted) state."""

    id: int
    child_id: int
    definition_id: str
    survey_hash: str
    review_id: int | None
    age_band: str
    channel: str | None
    status: str
    created_at: datetime
    sent_at: datetime | None
    started_at: datetime | None
    completed_at: datetime | None
    closes_at: datetime | None
    reminders: int
    last_reminded_at: datetime | None


@dataclass(frozen=True)
class AnswerRow:
    """One current answer of a run; ``text`` is decrypted only when read with a cipher."""

    run_id: int
    question_id: str
    core_id: str | None
    kind: str
    choices: tuple[str, ...]
    text: str | None
    audience: str | None
    answered_at: datetime


RUN_COLUMNS = (
    "id, child_id, definition_id, survey_hash, review_id, age_band, channel, status, created_at, "
    "sent_at, started_at, completed_at, closes_at, reminders, last_reminded_at"
)


ANSWER_COLUMNS = "run_id, question_id, core_id, kind, choices, text, audience, answered_at"


def answer_row(row: aiosqlite.Row, cipher: Cipher | None) -> AnswerRow:
    """An answer read with :data:`ANSWER_COLUMNS`; its words decrypted when given the key."""
    return AnswerRow(
        run_id=row["run_id"],
        question_id=row["question_id"],
        core_id=row["core_id"],
        kind=row["kind"],
        choices=tuple(json.loads(row["choices"] or "[]")),
        text=None if cipher is None else cipher.decrypt_optional(row["text"]),
        audience=row["audience"],
        answered_at=parse(row["answered_at"]),
    )


def _moment(text: str | None) -> datetime | None:
    return None if text is None else parse(text)


def run_row(row: aiosqlite.Row) -> RunRow:
    """A run read with :data:`RUN_COLUMNS`."""
    return RunRow(
        id=row["id"],
        child_id=row["child_id"],
        definition_id=row["definition_id"],
        survey_hash=row["survey_hash"],
        review_id=row["review_id"],
        age_band=row["age_band"],
        channel=row["channel"],
        status=row["status"],
        created_at=parse(row["created_at"]),
        sent_at=_moment(row["sent_at"]),
        started_at=_moment(row["started_at"]),
        completed_at=_moment(row["completed_at"]),
        closes_at=_moment(row["closes_at"]),
        reminders=row["reminders"],
        last_reminded_at=_moment(row["last_reminded_at"]),
    )


def _check(value: str | None, allowed: Sequence[str], what: str) -> None:
    if value is not None and value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}, not {value!r}")


async def create_run(
    conn: aiosqlite.Connection,
    *,
    child_id: int,
    definition_id: str,
    survey_hash: str,
    age_band: str,
    review_id: int | None,
    state_json: str,
    cipher: Cipher,
    now: datetime,
    closes_at: datetime | None,
    status: str = "sent",
) -> int:
    """Start a run for a child, pinned to ``survey_hash`` (stored first with
    :func:`ensure_survey_version`). Returns the run id."""
    _check(status, RUN_STATUSES, "status")
    at = iso(now)
    cursor = await conn.execute(
        "INSERT INTO runs (child_id, survey_hash, definition_id, review_id, age_band, status, "
        "state, created_at, sent_at, started_at, closes_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            child_id,
            survey_hash,
            definition_id,
            review_id,
            age_band,
            status,
            cipher.encrypt(state_json),
            at,
            at,
            at if status in ("started", "completed") else None,
            None if closes_at is None else iso(closes_at),
        ),
    )
    if cursor.lastrowid is None:  # pragma: no cover - sqlite always reports it for INSERT
        raise StorageError("the new run got no id")
    return cursor.lastrowid


async def get_run(conn: aiosqlite.Connection, run_id: int) -> RunRow | None:
    """The run with this id, or None."""
    # One call to the driver's thread, not three (execute, fetch, close): every answer asks.
    rows = await conn.execute_fetchall(f"SELECT {RUN_COLUMNS} FROM runs WHERE id = ?", (run_id,))
    row = next(iter(rows), None)
    return None if row is None else run_row(row)


async def open_runs(conn: aiosqlite.Connection, child_id: int) -> list[RunRow]:
    """The child's runs still waiting for answers (sent or started), newest first."""
    rows = await conn.execute_fetchall(
        f"SELECT {RUN_COLUMNS} FROM runs WHERE child_id = ? AND status IN ('sent', 'started') "
        "ORDER BY created_at DESC, id DESC",
        (child_id,),
    )
    return [run_row(row) for row in rows]


async def runs_for_child(conn: aiosqlite.Connection, child_id: int) -> list[RunRow]:
    """Every run of the child in any status, newest first."""
    async with conn.execute(
        f"SELECT {RUN_COLUMNS} FROM runs WHERE child_id = ? ORDER BY created_at DESC, id DESC",
        (child_id,),
    ) as cur:
        rows = await cur.fetchall()
    return [run_row(row) for row in rows]


async def load_state(conn: aiosqlite.Connection, cipher: Cipher, run_id: int) -> str:
    """The run's engine state JSON, decrypted.

    Raises:
        RunNotFoundError: no such run, or its words were erased or purged.
        DataKeyError: the key is not the one the state was written with.
    """
    rows = await conn.execute_fetchall("SELECT state FROM runs WHERE id = ?", (run_id,))
    row = next(iter(rows), None)
    if row is None:
        raise RunNotFoundError(f"no run {run_id}")
    return _state_of(cipher, run_id, row["state"])


async def get_run_and_state(
    conn: aiosqlite.Connection, cipher: Cipher, run_id: int
) -> tuple[RunRow, str | None] | None:
    """The run and its engine state JSON in one statement (a button press needs both): the
    state is None when the run's words were erased or purged. None when there is no such run.

    Raises:
        DataKeyError: the key is not the one the state was written with.
    """
    rows = await conn.execute_fetchall(
        f"SELECT {RUN_COLUMNS}, state FROM runs WHERE id = ?", (run_id,)
    )
    row = next(iter(rows), None)
    if row is None:
        return None
    stored = row["state"]
    return run_row(row), None if stored is None else cipher.decrypt(stored)


def _state_of(cipher: Cipher, run_id: int, stored: bytes | None) -> str:
    if stored is None:
        raise RunNotFoundError(f"run {run_id} no longer holds its answers (erased or purged)")
    return cipher.decrypt(stored)


# started_at and completed_at keep the first time a run was started and completed, so a
# re-delivered update cannot move either; the values are _first_times(status, at).
_FIRST_TIMES = (
    "started_at = CASE WHEN started_at IS NULL AND ? IN ('started', 'completed') "
    "  THEN ? ELSE started_at END, "
    "completed_at = CASE WHEN completed_at IS NULL AND ? = 'completed' "
    "  THEN ? ELSE completed_at END"
)


def _first_times(status: str, at: str) -> tuple[str, str, str, str]:
    """The values of :data:`_FIRST_TIMES`' placeholders, in order."""
    return (status, at, status, at)


async def save_state(
    conn: aiosqlite.Connection,
    cipher: Cipher,
    run_id: int,
    state_json: str,
    *,
    status: str,
    now: datetime,
    channel: str | None = None,
) -> None:
    """Store the run's new position and status (``channel``: where it was last answered).

    ``started_at`` is set the first time the run is started and ``completed_at`` the first time it
    is completed, so a re-delivered update cannot move either.
    """
    _check(status, RUN_STATUSES, "status")
    at = iso(now)
    cursor = await conn.execute(
        f"UPDATE runs SET state = ?, status = ?, channel = COALESCE(?, channel), {_FIRST_TIMES} "
        "WHERE id = ?",
        (cipher.encrypt(state_json), status, channel, *_first_times(status, at), run_id),
    )
    if cursor.rowcount == 0:
        raise RunNotFoundError(f"no run {run_id}")


async def set_status(
    conn: aiosqlite.Connection, run_id: int, status: str, *, now: datetime
) -> None:
    """Change a run's status (e.g. ``expired`` when it closes unanswered, ``declined``)."""
    _check(status, RUN_STATUSES, "status")
    at = iso(now)
    cursor = await conn.execute(
        f"UPDATE runs SET status = ?, {_FIRST_TIMES} WHERE id = ?",
        (status, *_first_times(status, at), run_id),
    )
    if cursor.rowcount == 0:
        raise RunNotFoundError(f"no run {run_id}")


async def record_reminder(conn: aiosqlite.Connection, run_id: int, *, now: datetime) -> None:
    """Count one more reminder sent for the run."""
    await conn.execute(
        "UPDATE runs SET reminders = reminders + 1, last_reminded_at = ? WHERE id = ?",
        (iso(now), run_id),
    )


async def save_answer(
    conn: aiosqlite.Connection,
    cipher: Cipher,
    *,
    run_id: int,
    question_id: str,
    core_id: str | None,
    kind: str,
    choices: Sequence[str],
    text: str | None,
    audience: str | None,
    now: datetime,
) -> bool:
    """Store the answer to one question of a run; one answer per (run, question).

    A different earlier answer moves to ``answer_history`` first. The identical answer again
    (Telegram delivering an update twice) changes nothing.

    Returns:
        True when something was written, False when the same answer was already there.
    """
    _check(kind, ANSWER_KINDS, "kind")
    _check(audience, AUDIENCES, "audience")
    choices_json = json.dumps(list(choices))
    found = await conn.execute_fetchall(
        "SELECT kind, choices, text, audience FROM answers WHERE run_id = ? AND question_id = ?",
        (run_id, question_id),
    )
    existing = next(iter(found), None)
    if existing is not None:
        same = (
            existing["kind"] == kind
            and existing["choices"] == choices_json
            and existing["audience"] == audience
            and cipher.decrypt_optional(existing["text"]) == text
        )
        if same:
            return False
        await _to_history(conn, run_id=run_id, question_id=question_id, now=now)
    # A fresh nonce each time, so equal texts never look equal in the file.
    await conn.execute(
        "INSERT INTO answers (run_id, question_id, core_id, kind, choices, text, audience, "
        "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (run_id, question_id) DO UPDATE SET core_id = excluded.core_id, "
        "kind = excluded.kind, choices = excluded.choices, text = excluded.text, "
        "audience = excluded.audience, answered_at = excluded.answered_at",
        (
            run_id,
            question_id,
            core_id,
            kind,
            choices_json,
            cipher.encrypt_optional(text),
            audience,
            iso(now),
        ),
    )
    return True


async def _to_history(
    conn: aiosqlite.Connection, *, run_id: int, question_id: str, now: datetime
) -> None:
    # The ciphertext is copied as it is: history is as unreadable without the key as the answer.
    await conn.execute(
        "INSERT INTO answer_history (run_id, question_id, kind, choices, text, audience, "
        "answered_at, replaced_at) SELECT run_id, question_id, kind, choices, text, audience, "
        "answered_at, ? FROM answers WHERE run_id = ? AND question_id = ?",
        (iso(now), run_id, question_id),
    )


async def drop_answer(
    conn: aiosqlite.Connection, *, run_id: int, question_id: str, now: datetime
) -> None:
    """Remove an answer that no longer applies (its question was hidden), keeping it in history."""
    await _to_history(conn, run_id=run_id, question_id=question_id, now=now)
    await conn.execute(
        "DELETE FROM answers WHERE run_id = ? AND question_id = ?", (run_id, question_id)
    )


async def answers_for_run(
    conn: aiosqlite.Connection, cipher: Cipher, run_id: int
) -> list[AnswerRow]:
    """The run's current answers in the order they were first given, text decrypted."""
    async with conn.execute(
        f"SELECT {ANSWER_COLUMNS} FROM answers WHERE run_id = ? ORDER BY id", (run_id,)
    ) as cur:
        rows = await cur.fetchall()
    return [answer_row(row, cipher) for row in rows]
