"""The survey versions runs are pinned to: each definition's exact text, kept by its hash.

A run keeps the hash of the definition it started with, so editing a survey never breaks a child
half-way through; the snapshot is what the engine and the reports read back.
"""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from storage.errors import StorageError
from storage.times import iso


async def ensure_survey_version(
    conn: aiosqlite.Connection,
    *,
    definition_id: str,
    version: str,
    survey_hash: str,
    body_json: str,
    now: datetime,
) -> None:
    """Keep a snapshot of a survey definition; a hash already stored is left as it is."""
    await conn.execute(
        "INSERT INTO survey_versions (hash, definition_id, version, body, created_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING",
        (survey_hash, definition_id, version, body_json, iso(now)),
    )


async def survey_body(conn: aiosqlite.Connection, survey_hash: str) -> str:
    """The definition JSON a run was pinned to.

    Raises:
        StorageError: no snapshot has this hash.
    """
    async with conn.execute(
        "SELECT body FROM survey_versions WHERE hash = ?", (survey_hash,)
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        raise StorageError(f"no stored survey version with hash {survey_hash}")
    return str(row["body"])


async def find_survey_body(conn: aiosqlite.Connection, survey_hash: str) -> str | None:
    """The pinned definition JSON, or None when no snapshot has this hash."""
    try:
        return await survey_body(conn, survey_hash)
    except StorageError:
        return None
