"""Safeguarding alerts: a concern or a request to talk, and who must see it.

The excerpt (the child's words) is encrypted; only the child's IRO and duty staff are given it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.crypto import Cipher
from storage.times import iso, parse

ALERT_KINDS = ("concern", "talk")
ALERT_SOURCES = ("answer", "message", "caption", "edit", "web", "talk")
# Surveys about the child's IRO: an alert raised in one is about that IRO, who must never be
# sent it nor read it anywhere (``alerts.about_staff_id``).
ABOUT_IRO_SURVEYS = frozenset({"tell_us_more"})
# What the child was shown at once (``surveys.support``, ``surveys.support_more``): the urgent
# reply, the worry reply, the reply to asking to talk, or thanks for telling more just after
# the urgent reply. Kept so staff are told truly what the child already has.
CHILD_REPLIES = ("urgent", "worry", "talk", "told_more")


@dataclass(frozen=True)
class Alert:
    """One alert, its excerpt decrypted."""

    id: int
    child_id: int
    run_id: int | None
    kind: str
    categories: tuple[str, ...]
    excerpt: str | None
    source: str
    created_at: datetime
    acknowledged_by: int | None
    acknowledged_at: datetime | None
    escalated_at: datetime | None
    escalations: int
    about_staff_id: int | None = None
    # One of CHILD_REPLIES; None on an alert raised before it was kept.
    child_reply: str | None = None
    # The answers its words came from, as (run id, question id); None on an alert raised
    # before they were kept (migration 0013).
    from_answers: tuple[tuple[int, str], ...] | None = None
    # About the child's IRO, as decided when it was raised (migration 0014); read it with
    # ``bot.safeguarding.about_iro.about_iro``, which also counts ``about_staff_id``.
    about_iro: bool = False


@dataclass(frozen=True)
class Recipient:
    """A staff chat that must be told about an alert, and whether it may see the excerpt."""

    staff_id: int
    chat_id: int
    role: str
    name: str
    sees_excerpt: bool


async def create_alert(
    conn: aiosqlite.Connection,
    cipher: Cipher,
    *,
    child_id: int,
    run_id: int | None,
    kind: str,
    categories: Sequence[str],
    excerpt: str | None,
    source: str,
    now: datetime,
    about_iro: bool = False,
    child_reply: str | None = None,
    from_answers: Sequence[tuple[int, str]] | None = None,
) -> int:
    """Raise an alert; returns its id.

    An alert raised in a survey about the IRO (:data:`ABOUT_IRO_SURVEYS`), or that the caller
    says is about the IRO (``about_iro``: the words name them, or were partly written in that
    survey), is kept as about the IRO (``about_iro``) and records the child's IRO, when they
    have one, as its subject, so no read path ever shows it to them.
    ``child_reply`` is what the child was shown at once (:data:`CHILD_REPLIES`).
    ``from_answers``: the answers the words came from, as ``(run id, question id)`` (empty:
    they answered no question), so that a reader the alert is about is shown none of them.
    """
    if kind not in ALERT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(ALERT_KINDS)}, not {kind!r}")
    if source not in ALERT_SOURCES:
        raise ValueError(f"source must be one of {', '.join(ALERT_SOURCES)}, not {source!r}")
    if child_reply is not None and child_reply not in CHILD_REPLIES:
        raise ValueError(f"child_reply must be one of {', '.join(CHILD_REPLIES)}")
    surveys = ", ".join("?" for _ in ABOUT_IRO_SURVEYS)
    cursor = await conn.execute(
        "INSERT INTO alerts (child_id, run_id, kind, categories, excerpt, source, created_at, "
        "child_reply, from_answers, about_iro) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        # Whatever the caller says, an alert raised in a survey about the IRO is about them.
        "CASE WHEN ? = 1 OR EXISTS (SELECT 1 FROM runs r WHERE r.id = ? AND r.child_id = ? "
        f"AND r.definition_id IN ({surveys})) THEN 1 ELSE 0 END)",
        (
            child_id,
            run_id,
            kind,
            json.dumps(list(categories)),
            cipher.encrypt_optional(excerpt),
            source,
            iso(now),
            child_reply,
            None if from_answers is None else answer_keys_json(from_answers),
            int(about_iro),
            run_id,
            child_id,
            *sorted(ABOUT_IRO_SURVEYS),
        ),
    )
    alert_id = cursor.lastrowid
    assert alert_id is not None
    # The IRO it is about, by id, so it holds once the child has a new IRO too.
    await conn.execute(
        "UPDATE alerts SET about_staff_id = (SELECT c.iro_id FROM children c "
        "WHERE c.id = alerts.child_id) WHERE id = ? AND about_iro = 1",
        (alert_id,),
    )
    return alert_id


def answer_keys_json(keys: Sequence[tuple[int, str]]) -> str:
    """``(run id, question id)`` pairs as ``alerts.from_answers`` keeps them."""
    return json.dumps([[int(run_id), str(question_id)] for run_id, question_id in keys])


def answer_keys(stored: str | None) -> tuple[tuple[int, str], ...] | None:
    """``alerts.from_answers`` read back; None when it was not kept (an older alert)."""
    if stored is None:
        return None
    return tuple((int(run_id), str(question_id)) for run_id, question_id in json.loads(stored))


def _moment(text: str | None) -> datetime | None:
    return None if text is None else parse(text)


_COLUMNS = (
    "id, child_id, run_id, kind, categories, excerpt, source, created_at, acknowledged_by, "
    "acknowledged_at, escalated_at, escalations, about_staff_id, child_reply, from_answers, "
    "about_iro"
)


def _alert(row: aiosqlite.Row, cipher: Cipher, *, words: bool = True) -> Alert:
    return Alert(
        id=row["id"],
        child_id=row["child_id"],
        run_id=row["run_id"],
        kind=row["kind"],
        categories=tuple(json.loads(row["categories"] or "[]")),
        excerpt=cipher.decrypt_optional(row["excerpt"]) if words else None,
        source=row["source"],
        created_at=parse(row["created_at"]),
        acknowledged_by=row["acknowledged_by"],
        acknowledged_at=_moment(row["acknowledged_at"]),
        escalated_at=_moment(row["escalated_at"]),
        escalations=row["escalations"],
        about_staff_id=row["about_staff_id"],
        child_reply=row["child_reply"],
        from_answers=answer_keys(row["from_answers"]),
        about_iro=bool(row["about_iro"]),
    )


async def get_alert(
    conn: aiosqlite.Connection, cipher: Cipher, alert_id: int, *, words: bool = True
) -> Alert | None:
    """The alert with this id, or None.

    ``words=False``: the child's words are not decrypted (``excerpt`` is None), for deciding
    who may see the alert before anything of theirs is read.
    """
    async with conn.execute(f"SELECT {_COLUMNS} FROM alerts WHERE id = ?", (alert_id,)) as cursor:
        row = await cursor.fetchone()
    return None if row is None else _alert(row, cipher, words=words)


async def alerts_for_child(
    conn: aiosqlite.Connection, cipher: Cipher, child_id: int
) -> list[Alert]:
    """Every alert about the child, oldest first."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM alerts WHERE child_id = ? ORDER BY id", (child_id,)
    ) as cursor:
        rows = await cursor.fetchall()
    return [_alert(row, cipher) for row in rows]


async def unacknowledged_before(
    conn: aiosqlite.Connection, cipher: Cipher, moment: datetime
) -> list[Alert]:
    """Alerts nobody has acknowledged, last raised or escalated before ``moment``."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM alerts WHERE acknowledged_at IS NULL "
        "AND COALESCE(escalated_at, created_at) < ? ORDER BY id",
        (iso(moment),),
    ) as cursor:
        rows = await cursor.fetchall()
    return [_alert(row, cipher) for row in rows]


async def open_alerts(conn: aiosqlite.Connection, cipher: Cipher) -> list[Alert]:
    """Every alert nobody has acknowledged, oldest first, without the child's words
    (``excerpt`` is None): who may see each is decided first, and :func:`get_alert` reads
    the words of those that are shown."""
    async with conn.execute(
        f"SELECT {_COLUMNS} FROM alerts WHERE acknowledged_at IS NULL ORDER BY id"
    ) as cursor:
        rows = await cursor.fetchall()
    return [_alert(row, cipher, words=False) for row in rows]


async def acknowledge_alert(
    conn: aiosqlite.Connection, alert_id: int, *, staff_id: int, now: datetime
) -> bool:
    """Mark the alert as seen by a person. False when it was already acknowledged (or unknown)."""
    cursor = await conn.execute(
        "UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ? "
        "WHERE id = ? AND acknowledged_at IS NULL",
        (staff_id, iso(now), alert_id),
    )
    return cursor.rowcount == 1


async def record_child_reply(conn: aiosqlite.Connection, alert_id: int, reply: str) -> None:
    """Keep what the child was shown about an alert when a later reply replaced the first
    (:data:`CHILD_REPLIES`): a caring reply sent again after a failure is the whole one."""
    if reply not in CHILD_REPLIES:
        raise ValueError(f"child_reply must be one of {', '.join(CHILD_REPLIES)}")
    await conn.execute("UPDATE alerts SET child_reply = ? WHERE id = ?", (reply, alert_id))


async def mark_escalated(conn: aiosqlite.Connection, alert_id: int, *, now: datetime) -> None:
    """Count one more escalation of an unacknowledged alert."""
    await conn.execute(
        "UPDATE alerts SET escalated_at = ?, escalations = escalations + 1 WHERE id = ?",
        (iso(now), alert_id),
    )


async def alert_recipients(
    conn: aiosqlite.Connection,
    child_id: int,
    *,
    escalation: bool = False,
    about_iro: bool = False,
    about_staff_id: int | None = None,
    worry: bool = False,
) -> list[Recipient]:
    """Who is told about an alert on ``child_id``.

    Normally the child's IRO and every duty worker (with the excerpt), and on escalation every
    admin too (without it). With ``about_iro`` (the alert came from a survey about the IRO) the
    IRO is left out: duty workers (with the excerpt) and admins (without it) are told instead.
    A ``worry`` (bullying, feeling low) goes to the IRO alone, or to the duty workers when the
    IRO cannot be reached; it escalates like any other alert. Staff without a bound chat, or
    inactive, cannot be reached and are left out, and so is ``about_staff_id``, whom the
    alert is about (``Alert.about_staff_id``), whatever their role is now.
    """
    if worry and not escalation and not about_iro:
        found = await _recipients(
            conn, child_id, roles=(), about_iro=False, about_staff_id=about_staff_id
        )
        if found:
            return found
    roles = ("duty", "admin") if escalation or about_iro else ("duty",)
    return await _recipients(
        conn, child_id, roles=roles, about_iro=about_iro, about_staff_id=about_staff_id
    )


async def _recipients(
    conn: aiosqlite.Connection,
    child_id: int,
    *,
    roles: tuple[str, ...],
    about_iro: bool,
    about_staff_id: int | None,
) -> list[Recipient]:
    marks = ", ".join("?" for _ in roles) or "NULL"
    who = (
        f"s.role IN ({marks}) AND s.id IS NOT c.iro_id"
        if about_iro
        else f"(s.id = c.iro_id OR s.role IN ({marks}))"
    )
    async with conn.execute(
        "SELECT s.id, s.chat_id, s.role, s.name, "
        "  (s.id = c.iro_id) AS is_iro FROM staff s, children c "
        f"WHERE c.id = ? AND s.active = 1 AND s.chat_id IS NOT NULL AND {who} "
        "AND s.id IS NOT ? ORDER BY s.id",
        (child_id, *roles, about_staff_id),
    ) as cursor:
        rows = await cursor.fetchall()
    return [
        Recipient(
            staff_id=row["id"],
            chat_id=row["chat_id"],
            role=row["role"],
            name=row["name"],
            sees_excerpt=(bool(row["is_iro"]) and not about_iro) or row["role"] == "duty",
        )
        for row in rows
    ]


async def duty_chats_enrolled(conn: aiosqlite.Connection) -> int:
    """How many active duty workers have a bound chat (alerts need at least one)."""
    async with conn.execute(
        "SELECT COUNT(*) FROM staff WHERE role = 'duty' AND active = 1 AND chat_id IS NOT NULL"
    ) as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def staff_for_chat(conn: aiosqlite.Connection, chat_id: int) -> tuple[int, str, str] | None:
    """The active staff member whose chat this is, as ``(staff_id, name, role)``, or None."""
    async with conn.execute(
        "SELECT id, name, role FROM staff WHERE chat_id = ? AND active = 1", (chat_id,)
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else (int(row["id"]), str(row["name"]), str(row["role"]))


async def raised_in_iro_survey(conn: aiosqlite.Connection, alert: Alert) -> bool:
    """Whether the alert was raised in a survey about the child's IRO (not only about them)."""
    if alert.run_id is None:
        return False
    async with conn.execute("SELECT definition_id FROM runs WHERE id = ?", (alert.run_id,)) as c:
        row = await c.fetchone()
    return row is not None and row[0] in ABOUT_IRO_SURVEYS
