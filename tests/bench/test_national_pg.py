"""Figure 3 on PostgreSQL at a tiny size, so it cannot rot: the national file copied row for
row into a real PostgreSQL database, hearme's reports read through ``postgresql://`` storage,
and the hand-written PostgreSQL SQL giving the same figures as on SQLite."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import psycopg
import pytest

from bench import national, national_pg
from bench.national_data import National, build


@pytest.fixture(scope="module")
def file(tmp_path_factory: pytest.TempPathFactory) -> National:
    return build(tmp_path_factory.mktemp("national"), 0.002)


def _counts(conn: sqlite3.Connection | psycopg.Connection[tuple[int]]) -> list[int]:
    return [
        conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # type: ignore[index]
        for table in ("children", "reviews", "runs", "answers", "survey_versions")
    ]


def test_the_same_rows_give_the_same_figures_by_hearme_and_by_hand(
    file: National, postgres_url: str
) -> None:
    national_pg.load(file, postgres_url)
    with sqlite3.connect(file.db_path) as source, psycopg.connect(postgres_url) as copied:
        assert _counts(copied) == _counts(source)
        assert _counts(source)[3] == file.answers
        # New rows carry on after the copied ones.
        [(next_id,)] = copied.execute("SELECT nextval(pg_get_serial_sequence('runs', 'id'))")
        [(last_id,)] = source.execute("SELECT MAX(id) FROM runs")
        assert next_id == last_id + 1

    by_hand = national_pg.sql_reports(postgres_url)
    on_sqlite = national.sql_reports(file)
    for name in (national.PARTICIPATION, national.SATISFACTION):
        assert by_hand[name].figures == on_sqlite[name].figures
    assert by_hand[national.SATISFACTION].figures["statements"]["iro_does_what_they_say"]["n"] > 0

    hearme = asyncio.run(national.hearme_reports(file, target=postgres_url))
    assert national.disagreements(hearme, by_hand) == []
    assert (
        hearme[national.PARTICIPATION].figures
        == asyncio.run(national.hearme_reports(file))[national.PARTICIPATION].figures
    )

    # A figure that differs is caught on PostgreSQL too.
    years = by_hand[national.PARTICIPATION].figures["years"]
    latest = sorted(years)[-1]
    years[latest]["PN1"] += 1
    wrong = national.disagreements(hearme, by_hand)
    assert len(wrong) == 1 and wrong[0].startswith(f"{latest} PN1:")


def test_the_figure_times_hearme_in_its_own_process_against_the_sql(
    file: National, postgres_url: str, tmp_path: Path
) -> None:
    rows = {row.figure: row for row in national_pg.measure(file, postgres_url, tmp_path)}
    assert list(rows) == [
        "reports on PostgreSQL: participation JSON+HTML",
        "reports on PostgreSQL: satisfaction JSON+HTML",
        "reports on PostgreSQL: figures differing from SQL",
    ]
    for name in ("participation", "satisfaction"):
        row = rows[f"reports on PostgreSQL: {name} JSON+HTML"]
        assert row.value > 0 and row.baseline is not None and row.baseline > 0
        assert row.goal == national.GOAL
        assert "did not finish" not in row.note
    assert "copied into PostgreSQL" in rows["reports on PostgreSQL: participation JSON+HTML"].note
    differing = rows["reports on PostgreSQL: figures differing from SQL"]
    assert (differing.value, differing.holds) == (0.0, True)
