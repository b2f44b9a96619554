"""The fleet figure at a tiny size: every row is there, and what was acknowledged was stored."""

from __future__ import annotations

from pathlib import Path

from bench import fleet


def test_the_fleet_figure_measures_each_engine_and_size(tmp_path: Path) -> None:
    rows = fleet.run(0.01, tmp_path)
    assert [row.figure for row in rows] == [
        "fleet: answers/s SQLite, 1 worker",
        "fleet: answers/s PostgreSQL, 1 worker",
        "fleet: answers/s PostgreSQL, 2 workers",
        "fleet: answers/s PostgreSQL, 3 workers",
    ]
    sqlite = rows[0].value
    for row in rows:
        assert row.value > 0
        assert "20 answers acknowledged, 20 stored" in row.note, row.note
    assert all(row.baseline == sqlite for row in rows[1:])
