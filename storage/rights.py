"""A child's rights over their data: see everything held (export), be forgotten (erase).

Also the housekeeping that keeps words no longer than needed (purge). Erasure removes the child's
identity and every word they wrote but keeps what the yearly figures count (review dates, age
bands, participation codes, the plain choice answers), so published numbers do not move.
Callers run :meth:`storage.db.Database.compact` after erase and purge so nothing remains in the
file's free pages or journal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiosqlite
import jinja2

from storage import audit
from storage.crypto import Cipher
from storage.db import StorageError
from storage.times import iso


@dataclass(frozen=True)
class Erasure:
    """What an erasure removed, in counts (never the words themselves)."""

    child_id: int
    new_ref: str
    runs: int
    answers_blanked: int
    alerts_blanked: int
    chats_removed: int
    invites_removed: int


async def _rows(conn: aiosqlite.Connection, sql: str, *params: object) -> list[dict[str, Any]]:
    async with conn.execute(sql, params) as cursor:
        return [dict(row) for row in await cursor.fetchall()]


async def _has_table(conn: aiosqlite.Connection, name: str) -> bool:
    async with conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ) as cursor:
        return await cursor.fetchone() is not None


async def child_id_for_ref(conn: aiosqlite.Connection, child_ref: str) -> int:
    """The id of the child with this reference.

    Raises:
        StorageError: no child has it (an erased child's reference is ``erased-<id>``).
    """
    async with conn.execute("SELECT id FROM children WHERE child_ref = ?", (child_ref,)) as cur:
        row = await cur.fetchone()
    if row is None:
        raise StorageError(f"no child with reference {child_ref}")
    return int(row[0])


async def export_child(conn: aiosqlite.Connection, cipher: Cipher, child_id: int) -> dict[str, Any]:
    """Everything hearme holds about one child, words decrypted, as plain JSON-able data."""
    found = await _rows(
        conn,
        "SELECT c.child_ref, c.first_name, c.preferred_name, c.date_of_birth, c.language, "
        "c.preferred_words, c.status, c.erasure_requested_at, c.created_at, c.updated_at, "
        "s.staff_ref AS iro_ref, s.name AS iro_name "
        "FROM children c LEFT JOIN staff s ON s.id = c.iro_id WHERE c.id = ?",
        child_id,
    )
    if not found:
        raise StorageError(f"no child {child_id}")
    child = found[0]
    child["preferred_words"] = json.loads(child["preferred_words"] or "{}")
    runs = await _rows(
        conn,
        "SELECT id, definition_id, age_band, status, channel, created_at, started_at, "
        "completed_at, closes_at, reminders, review_id FROM runs WHERE child_id = ? ORDER BY id",
        child_id,
    )
    for run in runs:
        answers = await _rows(
            conn,
            "SELECT question_id, kind, choices, text, audience, answered_at FROM answers "
            "WHERE run_id = ? ORDER BY id",
            run["id"],
        )
        earlier = await _rows(
            conn,
            "SELECT question_id, kind, choices, text, audience, answered_at, replaced_at "
            "FROM answer_history WHERE run_id = ? ORDER BY id",
            run["id"],
        )
        for answer in (*answers, *earlier):
            answer["choices"] = json.loads(answer["choices"] or "[]")
            answer["text"] = cipher.decrypt_optional(answer["text"])
        run["answers"], run["earlier_answers"] = answers, earlier
    alerts = await _rows(
        conn,
        "SELECT a.kind, a.categories, a.excerpt, a.source, a.created_at, a.acknowledged_at, "
        "s.name AS acknowledged_by, a.escalated_at FROM alerts a "
        "LEFT JOIN staff s ON s.id = a.acknowledged_by WHERE a.child_id = ? ORDER BY a.id",
        child_id,
    )
    for alert in alerts:
        alert["categories"] = json.loads(alert["categories"] or "[]")
        alert["excerpt"] = cipher.decrypt_optional(alert["excerpt"])
    return {
        "child": child,
        "chats": await _rows(
            conn, "SELECT chat_id, mode, stopped, bound_at FROM chats WHERE child_id = ?", child_id
        ),
        "invites": await _rows(
            conn,
            "SELECT kind, created_at, expires_at, used_at FROM invites WHERE child_id = ? "
            "ORDER BY id",
            child_id,
        ),
        "reviews": await _rows(
            conn,
            "SELECT id, review_at, age_band, mode, participation_code, held, child_chaired, "
            "iro_spoke_beforehand, source FROM reviews WHERE child_id = ? ORDER BY review_at",
            child_id,
        ),
        "runs": runs,
        "alerts": alerts,
        "messages_planned": await _rows(
            conn,
            "SELECT kind, due_at, status, sent_at FROM outbox WHERE child_id = ? ORDER BY due_at",
            child_id,
        ),
        "access_log": await _rows(
            conn,
            "SELECT at, actor, action FROM audit_log WHERE child_id = ? ORDER BY id",
            child_id,
        ),
    }


_PAGE = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What hearme holds about {{ data.child.child_ref }}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.5;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}h2{margin-top:2rem;border-bottom:2px solid #333}
</style></head><body>
<h1>What hearme holds about {{ data.child.child_ref }}</h1>
<p>Made on {{ made_at }}. It holds children's own words: keep it as safely as the case file.</p>
{% macro table(rows) -%}
{% if rows %}<table><thead><tr>{% for key in rows[0] %}<th scope="col">{{ key }}</th>
{% endfor %}</tr></thead><tbody>{% for row in rows %}<tr>{% for value in row.values() %}
<td>{{ show(value) }}</td>{% endfor %}</tr>{% endfor %}</tbody></table>
{% else %}<p>Nothing held.</p>{% endif %}
{%- endmacro %}
<h2>About the child</h2>
<table><tbody>{% for key, value in data.child.items() %}
<tr><th scope="row">{{ key }}</th><td>{{ show(value) }}</td></tr>{% endfor %}</tbody></table>
{% for section in ["reviews", "chats", "invites", "alerts", "messages_planned", "access_log"] %}
<h2>{{ section.replace("_", " ").capitalize() }}</h2>
{{ table(data[section]) }}
{% endfor %}
<h2>Surveys and answers</h2>
{% for run in data.runs %}
<h3>{{ run.definition_id }}, {{ run.status }}, started {{ show(run.created_at) }}</h3>
{{ table(run.answers) }}
{% if run.earlier_answers %}<h4>Earlier answers, since changed</h4>
{{ table(run.earlier_answers) }}{% endif %}
{% else %}<p>Nothing held.</p>{% endfor %}
</body></html>
"""
)


def _show(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(_show(item) for item in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_show(item)}" for key, item in value.items()) or "—"
    return str(value)


def export_page(data: dict[str, Any], *, made_at: datetime) -> str:
    """The export as a readable, self-contained HTML page (every value escaped)."""
    return _PAGE.render(data=data, made_at=iso(made_at), show=_show)


async def erase_child(
    conn: aiosqlite.Connection, child_id: int, *, now: datetime, actor: str
) -> Erasure:
    """Remove a child's identity and words; keep what the yearly figures count.

    Kept: reviews (date, age band, mode, participation code), runs' survey, status and times,
    answers' kinds and choice ids. Removed: name, date of birth, preferred name and words, chat
    bindings, invites and web visits, answer and history text, alert excerpts, run state,
    planned messages. The reference becomes ``erased-<id>``. Call inside one transaction.
    """
    new_ref = f"erased-{child_id}"
    async with conn.execute("SELECT child_ref FROM children WHERE id = ?", (child_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        raise StorageError(f"no child {child_id}")
    old_ref = str(row[0])
    at = iso(now)
    run_ids = "SELECT id FROM runs WHERE child_id = ?"
    await conn.execute(
        "UPDATE children SET child_ref = ?, first_name = NULL, preferred_name = NULL, "
        "date_of_birth = NULL, preferred_words = '{}', status = 'erased', "
        "erasure_requested_at = COALESCE(erasure_requested_at, ?), updated_at = ? WHERE id = ?",
        (new_ref, at, at, child_id),
    )
    if await _has_table(conn, "web_sessions"):
        await conn.execute("DELETE FROM web_sessions WHERE child_id = ?", (child_id,))
    if await _has_table(conn, "web_access"):
        await conn.execute("DELETE FROM web_access WHERE child_id = ?", (child_id,))
    chats = await conn.execute("DELETE FROM chats WHERE child_id = ?", (child_id,))
    invites = await conn.execute("DELETE FROM invites WHERE child_id = ?", (child_id,))
    await conn.execute(
        f"DELETE FROM outbox WHERE child_id = ? OR run_id IN ({run_ids})", (child_id, child_id)
    )
    runs = await conn.execute("UPDATE runs SET state = NULL WHERE child_id = ?", (child_id,))
    answers = await conn.execute(
        f"UPDATE answers SET text = NULL WHERE text IS NOT NULL AND run_id IN ({run_ids})",
        (child_id,),
    )
    await conn.execute(
        f"UPDATE answer_history SET text = NULL WHERE run_id IN ({run_ids})", (child_id,)
    )
    alerts = await conn.execute(
        "UPDATE alerts SET excerpt = NULL WHERE child_id = ? AND excerpt IS NOT NULL", (child_id,)
    )
    # Earlier audit lines may name the child's reference; only this child's lines are touched,
    # so a reference that is part of another (C1 in C10) is not mangled elsewhere.
    await conn.execute(
        "UPDATE audit_log SET detail = replace(detail, ?, ?) WHERE child_id = ?",
        (old_ref, new_ref, child_id),
    )
    erasure = Erasure(
        child_id=child_id,
        new_ref=new_ref,
        runs=runs.rowcount,
        answers_blanked=answers.rowcount,
        alerts_blanked=alerts.rowcount,
        chats_removed=chats.rowcount,
        invites_removed=invites.rowcount,
    )
    await audit.record(
        conn,
        at=now,
        actor=actor,
        action="child.erase",
        child_id=child_id,
        detail={"runs": erasure.runs, "answers": erasure.answers_blanked},
    )
    return erasure


async def purge_words(
    conn: aiosqlite.Connection, *, older_than_days: int, now: datetime, actor: str
) -> int:
    """Remove the raw words of completed runs that were exported over ``older_than_days`` ago.

    The choices, kinds and times stay for the figures. Returns how many runs were purged.
    """
    if older_than_days < 0:
        raise ValueError("older_than_days must not be negative")
    cutoff = iso(now - timedelta(days=older_than_days))
    async with conn.execute(
        "SELECT id FROM runs r WHERE status = 'completed' AND exported = 1 AND completed_at < ? "
        "AND (state IS NOT NULL "
        "  OR EXISTS (SELECT 1 FROM answers a WHERE a.run_id = r.id AND a.text IS NOT NULL) "
        "  OR EXISTS (SELECT 1 FROM answer_history h WHERE h.run_id = r.id "
        "             AND h.text IS NOT NULL))",
        (cutoff,),
    ) as cursor:
        ids = [(int(row[0]),) for row in await cursor.fetchall()]
    await conn.executemany("UPDATE runs SET state = NULL WHERE id = ?", ids)
    await conn.executemany("UPDATE answers SET text = NULL WHERE run_id = ?", ids)
    await conn.executemany("UPDATE answer_history SET text = NULL WHERE run_id = ?", ids)
    await audit.record(
        conn,
        at=now,
        actor=actor,
        action="purge",
        detail={"runs": len(ids), "older_than_days": older_than_days},
    )
    return len(ids)
