"""A child's rights over their data: see everything held (export), be forgotten (erase).

Also the housekeeping that keeps words no longer than needed (purge). Erasure keeps only what the
participation figures count (each review's date, age band, participation code and meeting facts)
on a stub row with no identity, so published PN figures do not move; everything else about the
child goes, and a keyed fingerprint of their reference stops an import bringing them back.
Callers run :meth:`storage.db.Database.compact` after erase and purge so nothing remains in the
file's free pages or journal.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from storage import audit, children
from storage.crypto import Cipher
from storage.db import StorageError
from storage.export_page import EXPORT_CSP as EXPORT_CSP  # callers know it from here
from storage.export_page import export_page as export_page
from storage.times import iso


@dataclass(frozen=True)
class Erasure:
    """What an erasure removed and kept, in counts (never the words themselves)."""

    child_id: int
    stub_ref: str
    removed: tuple[tuple[str, int], ...]  # (what, how many rows), in the order shown
    reviews_kept: int
    audit_lines_kept: int


async def _rows(conn: aiosqlite.Connection, sql: str, *params: object) -> list[dict[str, Any]]:
    async with conn.execute(sql, params) as cursor:
        return [dict(row) for row in await cursor.fetchall()]


async def child_id_for_ref(
    conn: aiosqlite.Connection, child_ref: str, cipher: Cipher | None = None
) -> int:
    """The id of the child with this reference.

    Raises:
        StorageError: no child has it; with ``cipher``, the message says when a child with
            this reference was erased.
    """
    async with conn.execute("SELECT id FROM children WHERE child_ref = ?", (child_ref,)) as cur:
        row = await cur.fetchone()
    if row is not None:
        return int(row[0])
    if cipher is not None:
        erased = await children.erasures_among(conn, cipher, [child_ref])
        if child_ref in erased:
            raise StorageError(
                f"{child_ref} was already erased on {erased[child_ref].isoformat()}: "
                "nothing about them is held"
            )
    raise StorageError(f"no child with reference {child_ref}")


async def export_child(conn: aiosqlite.Connection, cipher: Cipher, child_id: int) -> dict[str, Any]:
    """Everything hearme holds about one child, words decrypted, as plain JSON-able data."""
    found = await _rows(
        conn,
        "SELECT c.child_ref, c.first_name, c.preferred_name, c.date_of_birth, "
        "c.date_looked_after, c.language, "
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
        "review_notes": await _review_notes(conn, cipher, child_id),
        "messages_planned": await _rows(
            conn,
            "SELECT kind, due_at, status, sent_at FROM outbox WHERE child_id = ? ORDER BY due_at",
            child_id,
        ),
        "web_links": await _rows(
            conn,
            "SELECT secret_kind AS unlocked_with, failed_attempts, locked_until, created_at, "
            "last_used_at FROM web_access WHERE child_id = ? ORDER BY created_at",
            child_id,
        ),
        "web_visits": await _web_visits(conn, cipher, child_id),
        "quotes_held_for_approval": await _held_quotes(conn, cipher, child_id),
        "access_log": await _rows(
            conn,
            "SELECT at, actor, action FROM audit_log WHERE child_id = ? ORDER BY id",
            child_id,
        ),
    }


async def _web_visits(
    conn: aiosqlite.Connection, cipher: Cipher, child_id: int
) -> list[dict[str, Any]]:
    # The cookie's hash is a secret of the visit, not information about the child: left out.
    visits = await _rows(
        conn,
        "SELECT state, created_at, last_seen_at, ended_at, view AS page_shown_next "
        "FROM web_sessions WHERE child_id = ? ORDER BY id",
        child_id,
    )
    for visit in visits:
        shown = cipher.decrypt_optional(visit["page_shown_next"])
        visit["page_shown_next"] = None if shown is None else json.loads(shown)
    return visits


async def _held_quotes(
    conn: aiosqlite.Connection, cipher: Cipher, child_id: int
) -> list[dict[str, Any]]:
    held = await _rows(
        conn,
        "SELECT question, redacted AS redacted_words, status, held_at, decided_at "
        "FROM held_quotes WHERE child_id = ? ORDER BY id",
        child_id,
    )
    for quote in held:
        quote["redacted_words"] = cipher.decrypt(quote["redacted_words"])
    return held


async def _review_notes(
    conn: aiosqlite.Connection, cipher: Cipher, child_id: int
) -> list[dict[str, Any]]:
    """The IRO's "you said / we did" notes on the child's reviews, decrypted."""
    notes = await _rows(
        conn,
        "SELECT n.review_id, n.note, n.written_at FROM review_notes n "
        "JOIN reviews r ON r.id = n.review_id WHERE r.child_id = ? ORDER BY n.review_id",
        child_id,
    )
    for note in notes:
        note["note"] = cipher.decrypt_optional(note["note"])
    return notes


# The export as a page is in its own module; callers know it as part of the rights.

# What erase_child deletes, in an order that never leaves a row pointing at a deleted one. Each
# is "(label, SQL)" with the child's id as every parameter. Explicit deletes rather than relying on
# foreign-key cascades, so the counts shown are exact and nothing depends on the pragma.
_RUNS = "SELECT id FROM runs WHERE child_id = ?"
_CHATS = "SELECT chat_id FROM chats WHERE child_id = ?"
_ERASE: tuple[tuple[str, str], ...] = (
    ("held quotes", "DELETE FROM held_quotes WHERE child_id = ?"),
    ("answers", f"DELETE FROM answers WHERE run_id IN ({_RUNS})"),
    ("earlier answers", f"DELETE FROM answer_history WHERE run_id IN ({_RUNS})"),
    (
        "message links",
        f"DELETE FROM answer_messages WHERE run_id IN ({_RUNS}) OR chat_id IN ({_CHATS})",
    ),
    (
        "planned messages",
        f"DELETE FROM outbox WHERE child_id = ? OR run_id IN ({_RUNS}) OR chat_id IN ({_CHATS})",
    ),
    # Wrong codes are kept by sender ("telegram:<chat id>"), not by child: match the chat id.
    (
        "wrong codes",
        "DELETE FROM failed_codes WHERE substr(chat_id, instr(chat_id, ':') + 1) IN "
        "(SELECT CAST(chat_id AS TEXT) FROM chats WHERE child_id = ?)",
    ),
    ("alerts", "DELETE FROM alerts WHERE child_id = ?"),
    (
        "you said / we did notes",
        "DELETE FROM review_notes WHERE review_id IN (SELECT id FROM reviews WHERE child_id = ?)",
    ),
    ("survey runs", "DELETE FROM runs WHERE child_id = ?"),
    ("web visits", "DELETE FROM web_sessions WHERE child_id = ?"),
    ("web links", "DELETE FROM web_access WHERE child_id = ?"),
    ("invites", "DELETE FROM invites WHERE child_id = ?"),
    ("chats", "DELETE FROM chats WHERE child_id = ?"),
)


async def erase_child(
    conn: aiosqlite.Connection, cipher: Cipher, child_id: int, *, now: datetime, actor: str
) -> Erasure:
    """Erase a child: keep only what the participation figures count. Call in one transaction.

    Kept, on a stub row with no identity (reference ``erased-<id>``, no name, date of birth,
    IRO, language or preferred words): each review's date, age band, participation code, mode,
    whether it was held, chaired by the child and whether the IRO spoke with them beforehand.
    Audit lines stay (they hold no words) and point at the stub.
    Removed: every survey run with its answers, earlier answers and state; quotes held for
    approval; the date they became looked after; alerts; chats and the links of their
    messages to answers; wrong codes typed in those chats; invites, web links and visits;
    planned messages; who recorded each review and when. Audit lines the child is the actor
    of name the stub instead of the reference. The reference's keyed fingerprint joins
    ``erased_refs``.

    Satisfaction and feedback figures for earlier periods lose the child's answers: the right to
    erasure outweighs figures that were published before it.
    """
    async with conn.execute(
        "SELECT child_ref, status FROM children WHERE id = ?", (child_id,)
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        raise StorageError(f"no child {child_id}")
    old_ref, stub_ref, at = str(row[0]), f"erased-{child_id}", iso(now)
    already_erased = row[1] == "erased"
    removed: list[tuple[str, int]] = []
    # On a fleet, each chat's newest update id (storage.update_turns) and its send pace
    # (storage.send_pace.chat_pace) name the chat: they go with the chats, before them (the
    # chats say which ones are the child's).
    await conn.execute(f"DELETE FROM update_turns WHERE chat_key IN ({_CHATS})", (child_id,))
    await conn.execute(
        "DELETE FROM send_pace WHERE name IN (SELECT 'chat:' || chat_id FROM chats "
        "WHERE child_id = ?)",
        (child_id,),
    )
    for label, sql in _ERASE:
        cursor = await conn.execute(sql, (child_id,) * sql.count("?"))
        removed.append((label, cursor.rowcount))
    reviews_kept = await conn.execute(
        "UPDATE reviews SET held_at = NULL, recorded_by = NULL, recorded_at = NULL "
        "WHERE child_id = ?",
        (child_id,),
    )
    await conn.execute(
        "UPDATE children SET child_ref = ?, first_name = NULL, preferred_name = NULL, "
        "date_of_birth = NULL, date_looked_after = NULL, iro_id = NULL, language = 'en', "
        "preferred_words = '{}', "
        "status = 'erased', erasure_requested_at = COALESCE(erasure_requested_at, ?), "
        "updated_at = ? WHERE id = ?",
        (stub_ref, at, at, child_id),
    )
    if not already_erased:  # a stub's reference is not the council's: nothing to remember
        await children.remember_erased(conn, cipher, old_ref, now=now)
    # Earlier audit lines may name the child's reference; only this child's lines are touched,
    # so a reference that is part of another (C1 in C10) is not mangled elsewhere. The child
    # acted under their reference ("child:C0042"): those lines now name the stub.
    audit_lines = await conn.execute(
        "UPDATE audit_log SET detail = replace(detail, ?, ?) WHERE child_id = ?",
        (old_ref, stub_ref, child_id),
    )
    await conn.execute(
        "UPDATE audit_log SET actor = ? WHERE actor = ?",
        (f"child:{stub_ref}", f"child:{old_ref}"),
    )
    await audit.record(
        conn,
        at=now,
        actor=actor,
        action="child.erase",
        child_id=child_id,
        detail={label.replace(" ", "_"): count for label, count in removed},
    )
    # The earlier lines kept, and the one just written.
    return Erasure(
        child_id, stub_ref, tuple(removed), reviews_kept.rowcount, audit_lines.rowcount + 1
    )


async def reapply_erasures(
    conn: aiosqlite.Connection,
    cipher: Cipher,
    erased: Mapping[str, str],
    *,
    now: datetime,
    actor: str,
) -> list[str]:
    """After a restore: bring back the erased list and erase again whoever it names.

    Args:
        erased: ``fingerprint -> erased_at`` from the database that was replaced.

    Returns:
        The references erased again (the restored file still had them), sorted.
    """
    await conn.executemany(
        "INSERT INTO erased_refs (ref_hash, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        list(erased.items()),
    )
    async with conn.execute("SELECT id, child_ref FROM children WHERE status != 'erased'") as cur:
        living = [(int(row[0]), str(row[1])) for row in await cur.fetchall()]
    again = sorted((ref, child_id) for child_id, ref in living if cipher.fingerprint(ref) in erased)
    for _, child_id in again:
        await erase_child(conn, cipher, child_id, now=now, actor=actor)
    return [ref for ref, _ in again]


async def purge_words(
    conn: aiosqlite.Connection, *, older_than_days: int, now: datetime, actor: str
) -> int:
    """Remove the raw words of runs done with over ``older_than_days`` days ago.

    That is: exported runs completed before then (exported means delivered to staff,
    :func:`storage.run_exports.mark_exported` says when), and runs that closed unanswered
    (expired) or were declined before then, whose words were never sent and so will never be
    exported. The choices, kinds and times stay for the figures. Returns how many runs were purged.
    """
    if older_than_days < 0:
        raise ValueError("older_than_days must not be negative")
    cutoff = iso(now - timedelta(days=older_than_days))
    # An unsent run has no completed_at: it is done with when it closed (or, if it never had a
    # closing time, when it was last started or offered).
    async with conn.execute(
        "SELECT id FROM runs r WHERE ("
        "  (status = 'completed' AND exported = 1 AND completed_at < ?) "
        "  OR (status IN ('expired', 'declined') "
        "      AND COALESCE(closes_at, started_at, sent_at, created_at) < ?)) "
        "AND (state IS NOT NULL "
        "  OR EXISTS (SELECT 1 FROM answers a WHERE a.run_id = r.id AND a.text IS NOT NULL) "
        "  OR EXISTS (SELECT 1 FROM answer_history h WHERE h.run_id = r.id "
        "             AND h.text IS NOT NULL))",
        (cutoff, cutoff),
    ) as cursor:
        ids = [(int(row[0]),) for row in await cursor.fetchall()]
    await conn.executemany("UPDATE runs SET state = NULL WHERE id = ?", ids)
    await conn.executemany("UPDATE answers SET text = NULL WHERE run_id = ?", ids)
    await conn.executemany("UPDATE answer_history SET text = NULL WHERE run_id = ?", ids)
    await conn.executemany(  # the redacted words of quotes held for approval go too
        "DELETE FROM held_quotes WHERE answer_id IN (SELECT id FROM answers WHERE run_id = ?)", ids
    )
    await audit.record(
        conn,
        at=now,
        actor=actor,
        action="purge",
        detail={"runs": len(ids), "older_than_days": older_than_days},
    )
    return len(ids)
