"""The read queries reports need: plain rows out, no aggregation policy.

Reports decide what to count and what to hide; this module only knows where things are. Children's
words come back decrypted (``cipher``) because the pre-meeting views and consented quotes need
them; nothing here logs or keeps them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import aiosqlite

from storage.alerts import answer_keys
from storage.crypto import Cipher
from storage.runs import ANSWER_COLUMNS, RUN_COLUMNS, answer_row, run_row
from storage.runs import AnswerRow as AnswerRow
from storage.runs import RunRow as RunRow


@dataclass(frozen=True)
class AlertRow:
    """A concern or a request to talk, with its excerpt decrypted."""

    id: int
    run_id: int | None
    kind: str
    categories: tuple[str, ...]
    excerpt: str | None
    created_at: str
    acknowledged_at: str | None
    about_staff_id: int | None = None
    # The (run id, question id) of the answers its words came from; None: not kept (an alert
    # raised before migration 0013).
    from_answers: tuple[tuple[int, str], ...] | None = None
    # About the child's IRO: kept so when it was raised (migration 0014), or naming the IRO
    # it is about (``about_staff_id``).
    about_iro: bool = False


@dataclass(frozen=True)
class KeptFrom:
    """An alert a reader may not know of, as far as it decides which answers they may read:
    the answers its words came from, or, for an alert raised before those were kept
    (``answers`` None), its run and its words (None unless ``answers`` is None)."""

    answers: tuple[tuple[int, str], ...] | None
    run_id: int | None = None
    words: str | None = None


def day_after(day: date) -> str:
    """The ISO date after ``day``: the exclusive upper bound of a stored date or moment."""
    # Stored review_at may be a date or a date-time; comparing text against the next day's date
    # includes every moment of the last day.
    return date.fromordinal(day.toordinal() + 1).isoformat()


async def runs_completed_between(
    conn: aiosqlite.Connection, definition_id: str, start: date, end: date
) -> list[RunRow]:
    """Completed runs of one survey whose answers were sent in ``start``..``end``."""
    async with conn.execute(
        f"SELECT {RUN_COLUMNS} FROM runs WHERE definition_id = ? AND status = 'completed' "
        "AND completed_at >= ? AND completed_at < ? ORDER BY completed_at, id",
        (definition_id, start.isoformat(), day_after(end)),
    ) as cursor:
        return [run_row(row) for row in await cursor.fetchall()]


async def answers_for_runs(
    conn: aiosqlite.Connection, run_ids: list[int], cipher: Cipher | None
) -> list[AnswerRow]:
    """Every answer of the given runs; free text decrypted when ``cipher`` is given."""
    found: list[AnswerRow] = []
    # SQLite limits bound parameters; a year of surveys is chunked rather than refused.
    for offset in range(0, len(run_ids), 500):
        chunk = run_ids[offset : offset + 500]
        marks = ",".join("?" for _ in chunk)
        async with conn.execute(
            f"SELECT {ANSWER_COLUMNS} FROM answers WHERE run_id IN ({marks}) ORDER BY run_id, id",
            chunk,
        ) as cursor:
            found += [answer_row(row, cipher) for row in await cursor.fetchall()]
    return found


async def known_names(conn: aiosqlite.Connection) -> set[str]:
    """Every name hearme knows (children, staff, carers' preferred words) for redacting quotes."""
    names: set[str] = set()
    # One pass over the children: a national file has tens of thousands, sharing few names.
    async with conn.execute(
        "SELECT DISTINCT first_name, preferred_name, CASE WHEN "
        "json_type(COALESCE(preferred_words, '{}'), '$.carer') = 'text' "
        "THEN json_extract(preferred_words, '$.carer') END FROM children"
    ) as cursor:
        for first_name, preferred_name, carer in await cursor.fetchall():
            names.update(n for n in (first_name, preferred_name) if n)
            if carer is not None:
                names.add(carer)
    async with conn.execute("SELECT name FROM staff") as cursor:
        names.update(row["name"] for row in await cursor.fetchall() if row["name"])
    return names


# Whether the reader (the statement's three remaining parameters, each their staff id) may
# not know of the alert: it is about the child's IRO (kept so when raised, or naming the IRO)
# and the reader is whom it names, whoever is recorded as the child's IRO now, or not known.
# The child was told the duty team alone would know, and an alert raised while they had no
# IRO on record names nobody, so the IRO's id alone would hand it to the IRO recorded later.
_KEPT_FROM_READER = (
    "((about_iro = 1 OR about_staff_id IS NOT NULL) AND (? IS NULL OR about_staff_id IS ? "
    "OR EXISTS (SELECT 1 FROM children c WHERE c.id = alerts.child_id AND c.iro_id = ?)))"
)


async def alerts_of_child(
    conn: aiosqlite.Connection, child_id: int, cipher: Cipher | None, *, reader: int | None
) -> list[AlertRow]:
    """The child's alerts that ``reader`` may know of, newest first.

    An alert about the child's IRO (a disclosure in the survey about them, or words about
    them) is never given to the member of staff it names, nor to whoever is the child's IRO
    now. ``reader`` is the staff id of whoever will read the result; None when that is not
    known (a page that may be handed to anyone), and then every alert about the IRO is left
    out.
    """
    async with conn.execute(
        "SELECT id, run_id, kind, categories, excerpt, created_at, acknowledged_at, "
        "about_staff_id, from_answers, about_iro FROM alerts WHERE child_id = ? "
        f"AND NOT {_KEPT_FROM_READER} ORDER BY created_at DESC, id DESC",
        (child_id, reader, reader, reader),
    ) as cursor:
        rows = await cursor.fetchall()
    return [
        AlertRow(
            id=row["id"],
            run_id=row["run_id"],
            kind=row["kind"],
            categories=tuple(json.loads(row["categories"] or "[]")),
            excerpt=cipher.decrypt(row["excerpt"])
            if cipher is not None and row["excerpt"] is not None
            else None,
            created_at=row["created_at"],
            acknowledged_at=row["acknowledged_at"],
            about_staff_id=row["about_staff_id"],
            from_answers=answer_keys(row["from_answers"]),
            about_iro=bool(row["about_iro"]) or row["about_staff_id"] is not None,
        )
        for row in rows
    ]


async def kept_from(
    conn: aiosqlite.Connection,
    child_id: int,
    cipher: Cipher | None,
    *,
    reader: int | None,
    every: bool = False,
) -> list[KeptFrom]:
    """The child's alerts about their IRO that ``reader`` may not know of (as
    :func:`alerts_of_child` leaves out: the IRO it names, the child's IRO now, or, for None,
    anyone): the answers that hold their words are left out beside the alert (an answer in My
    Review that names the IRO). ``every``: all the child's alerts, for a reader who may not
    read a disclosure's words at all (an admin). An alert's words are decrypted only when it
    is older than the record of its answers, and only with the key."""
    async with conn.execute(
        "SELECT run_id, excerpt, from_answers FROM alerts WHERE child_id = ? "
        f"AND (? = 1 OR {_KEPT_FROM_READER}) ORDER BY id",
        (child_id, int(every), reader, reader, reader),
    ) as cursor:
        rows = await cursor.fetchall()
    kept: list[KeptFrom] = []
    for row in rows:
        answers = answer_keys(row["from_answers"])
        if answers is not None:
            kept.append(KeptFrom(answers))
        elif cipher is not None and row["run_id"] is not None and row["excerpt"] is not None:
            kept.append(KeptFrom(None, int(row["run_id"]), cipher.decrypt(row["excerpt"])))
    return kept


async def stopped_runs(conn: aiosqlite.Connection, cipher: Cipher, run_ids: list[int]) -> set[int]:
    """Of these runs, the ones the child left by pressing Stop (and has not carried on since).

    The position is inside the encrypted engine state, so this decrypts it; only the phase is
    read, never the answers it holds.
    """
    if not run_ids:
        return set()
    marks = ", ".join("?" * len(run_ids))
    async with conn.execute(
        f"SELECT id, state FROM runs WHERE id IN ({marks}) AND state IS NOT NULL", run_ids
    ) as cursor:
        rows = await cursor.fetchall()
    return {
        row["id"]
        for row in rows
        if json.loads(cipher.decrypt(row["state"])).get("phase") == "stopped"
    }


async def chat_modes(conn: aiosqlite.Connection, child_id: int) -> set[str]:
    """The modes of the child's bound Telegram chats (``self``, ``assisted``)."""
    async with conn.execute("SELECT DISTINCT mode FROM chats WHERE child_id = ?", (child_id,)) as c:
        return {row["mode"] for row in await c.fetchall()}
