"""The IRO's "you said / we did" notes: what was done about a child's wishes at a review.

Written when the IRO records how the child took part; read by the next review's views ("Last
time"). The note is encrypted at rest and erased with the child.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from storage.crypto import Cipher
from storage.times import iso

MAX_CHARS = 1000


@dataclass(frozen=True)
class ReviewNote:
    """One review's note, decrypted."""

    review_id: int
    note: str
    written_at: str


async def save_note(
    conn: aiosqlite.Connection,
    cipher: Cipher,
    *,
    review_id: int,
    note: str,
    staff_id: int | None,
    now: datetime,
) -> None:
    """Write (or replace) the note of a review.

    Raises:
        ValueError: the note is empty or longer than :data:`MAX_CHARS`.
    """
    text = note.strip()
    if not text or len(text) > MAX_CHARS:
        raise ValueError(f"a note is 1 to {MAX_CHARS} characters")
    await conn.execute(
        "INSERT INTO review_notes (review_id, note, written_by, written_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (review_id) DO UPDATE SET note = excluded.note, "
        "written_by = excluded.written_by, written_at = excluded.written_at",
        (review_id, cipher.encrypt(text), staff_id, iso(now)),
    )


async def notes_of_child(
    conn: aiosqlite.Connection, cipher: Cipher, child_id: int
) -> dict[int, ReviewNote]:
    """Every note on the child's reviews, by review id."""
    async with conn.execute(
        "SELECT n.review_id, n.note, n.written_at FROM review_notes n "
        "JOIN reviews r ON r.id = n.review_id WHERE r.child_id = ?",
        (child_id,),
    ) as cursor:
        rows = await cursor.fetchall()
    notes = (ReviewNote(r["review_id"], cipher.decrypt(r["note"]), r["written_at"]) for r in rows)
    return {note.review_id: note for note in notes}
