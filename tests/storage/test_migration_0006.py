"""Migration 0006 on a file written before it: alerts from the survey about the IRO learn whom
they are about, and children erased before it no longer act under their reference in the
audit log."""

from __future__ import annotations

from pathlib import Path

import aiosqlite

from storage.db import migrate

AT = "2026-03-02T10:00:00+00:00"


async def test_0006_names_the_iro_on_old_alerts_and_clears_erased_actors(tmp_path: Path) -> None:
    async with aiosqlite.connect(tmp_path / "old.db", isolation_level=None) as conn:
        await migrate(conn, up_to=5)
        statements = (
            "INSERT INTO staff (id, staff_ref, name, role, created_at, updated_at) "
            "VALUES (7, 'IRO7', 'Sam Iro', 'iro', :at, :at)",
            "INSERT INTO children (id, child_ref, first_name, iro_id, created_at, updated_at) "
            "VALUES (1, 'C0001', 'Kit', 7, :at, :at)",
            "INSERT INTO children (id, child_ref, status, created_at, updated_at) "
            "VALUES (2, 'erased-2', 'erased', :at, :at)",
            "INSERT INTO survey_versions (hash, definition_id, version, body, created_at) "
            "VALUES ('h', 'tell_us_more', '1', '{}', :at)",
            "INSERT INTO runs (id, child_id, survey_hash, definition_id, age_band, created_at) "
            "VALUES (1, 1, 'h', 'tell_us_more', '12_15', :at)",
            "INSERT INTO alerts (child_id, run_id, kind, source, created_at) "
            "VALUES (1, 1, 'concern', 'answer', :at)",
            "INSERT INTO alerts (child_id, run_id, kind, source, created_at) "
            "VALUES (1, NULL, 'concern', 'message', :at)",
            "INSERT INTO audit_log (at, actor, action, child_id) "
            "VALUES (:at, 'child:C0042', 'chat.enrolled', 2)",
            "INSERT INTO audit_log (at, actor, action, child_id) "
            "VALUES (:at, 'child:C0001', 'chat.enrolled', 1)",
        )
        for statement in statements:
            await conn.execute(statement, {"at": AT})
        assert await migrate(conn, up_to=6) == (5, 6)
        async with conn.execute("SELECT about_staff_id FROM alerts ORDER BY id") as cursor:
            assert [row[0] for row in await cursor.fetchall()] == [7, None]
        async with conn.execute("SELECT actor FROM audit_log ORDER BY id") as cursor:
            assert [row[0] for row in await cursor.fetchall()] == [
                "child:erased-2",
                "child:C0001",
            ]
