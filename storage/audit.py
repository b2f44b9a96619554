"""The audit log: who looked at or changed what, about which child, when.

Details carry ids, names of reports and counts, never a child's words.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import aiosqlite

from storage.times import iso


async def record(
    conn: aiosqlite.Connection,
    *,
    at: datetime,
    actor: str,
    action: str,
    child_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Add one line. Call inside the transaction that does the thing being recorded."""
    await conn.execute(
        "INSERT INTO audit_log (at, actor, action, child_id, detail) VALUES (?, ?, ?, ?, ?)",
        (iso(at), actor, action, child_id, json.dumps(detail or {}, sort_keys=True)),
    )
