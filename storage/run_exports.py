"""Which runs' words have reached staff: marked exported, after which purge may remove them.

Apart from :mod:`storage.runs` because only the views and report deliveries ask.
"""

from __future__ import annotations

from collections.abc import Iterable

import aiosqlite


async def mark_exported(conn: aiosqlite.Connection, run_ids: Iterable[int]) -> int:
    """Mark runs as exported, which makes their words purgeable; returns how many were new.

    "Exported" means the run's words have been delivered to staff: a My Review run when its
    pre-meeting views are produced for the child's IRO, a Tell Us More or After my review run
    when a satisfaction or feedback report covering it is written.
    """
    before = conn.total_changes
    await conn.executemany(
        "UPDATE runs SET exported = 1 WHERE id = ? AND exported = 0", [(i,) for i in run_ids]
    )
    return conn.total_changes - before


async def completed_runs_at(
    conn: aiosqlite.Connection, child_id: int, definition_id: str, completed_at: str
) -> list[int]:
    """The child's completed runs of a survey sent at exactly ``completed_at`` (stored text).

    How the views find the run they showed: a run's completion moment names it.
    """
    async with conn.execute(
        "SELECT id FROM runs WHERE child_id = ? AND definition_id = ? AND status = 'completed' "
        "AND completed_at = ? ORDER BY id",
        (child_id, definition_id, completed_at),
    ) as cur:
        return [int(row[0]) for row in await cur.fetchall()]
