"""Figure 3 on PostgreSQL: the yearly reports at national scale, against hand-written SQL.

Issue 19: a regional or national service runs hearme on PostgreSQL, and its reports must stay
within twice what a person writing the SQL by hand would get. The national file of figure 3
(:mod:`bench.national_data`) is copied row for row into a new database on a throwaway cluster
(:mod:`hearme_dev.postgres`), so both engines answer over exactly the same rows. hearme builds
its participation and satisfaction reports through ``HEARME_DB=postgresql://…`` storage in a
child process, as on SQLite; the baseline asks PostgreSQL for the same headline figures in its
own SQL on psycopg. The two must agree, and hearme should take at most twice as long.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg

from bench import national
from bench.national import HandSql, Timed
from bench.national_data import National, build
from bench.table import Row
from hearme_dev import postgres
from storage.crypto import load_cipher
from storage.db import Database

PREFIX = "reports on PostgreSQL"

# The baseline as someone would write it for PostgreSQL: FILTER to count, jsonb for choices.
POSTGRES = HandSql(
    mark="%s",
    codes="SELECT participation_code, COUNT(*) FROM reviews WHERE review_at >= %s "
    "AND review_at < %s AND participation_code IS NOT NULL GROUP BY participation_code",
    by_band="SELECT age_band, COUNT(*) FILTER (WHERE participation_code IN ({codes})), "
    "COUNT(*) FROM reviews WHERE review_at >= %s AND review_at < %s "
    "AND participation_code IS NOT NULL AND participation_code <> 'PN0' GROUP BY age_band",
    satisfaction="SELECT a.question_id, a.choices::jsonb ->> 0, r.age_band, "
    "substr(r.completed_at, 1, 10), COUNT(*) FROM answers a JOIN runs r ON r.id = a.run_id "
    "WHERE r.definition_id = %s AND r.status = 'completed' AND r.completed_at >= %s "
    "AND r.completed_at < %s AND a.kind = 'choice' AND a.question_id IN ({statements}) "
    "AND a.choices::jsonb ->> 0 IN ({options}) GROUP BY 1, 2, 3, 4",
)


async def _migrate(url: str, file: National) -> None:
    # hearme's own migrations make the schema, and the file's key becomes the database's.
    database = await Database.open(url, cipher=load_cipher(file.key_path))
    await database.close()


def _tables(source: sqlite3.Connection) -> list[str]:
    rows = source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [str(name) for (name,) in rows]


def _count(conn: sqlite3.Connection | psycopg.Connection[Any], table: str) -> int:
    row = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


def load(file: National, url: str) -> float:
    """Copy the national file's rows into the empty PostgreSQL database at ``url``.

    The schema is hearme's (its migrations run first); rows the migrations wrote themselves
    (the migration record, the key's check value) are kept. Every table ends with the file's
    row count, its numbering continues after the copied ids, and the planner's statistics are
    fresh, as on a database that has been running for a while. Returns the seconds it took.

    Raises:
        RuntimeError: a table's rows did not all arrive.
    """
    started = time.perf_counter()
    asyncio.run(_migrate(url, file))
    with closing(sqlite3.connect(f"file:{file.db_path}?mode=ro", uri=True)) as source:
        with psycopg.connect(url) as target:
            # The file's rows are consistent by construction; copied in name order, a child
            # row may arrive before its parent, so foreign keys are checked at the end instead.
            target.execute("SET session_replication_role = replica")
            tables = [table for table in _tables(source) if _count(source, table)]
            for table in tables:
                if _count(target, table):
                    continue  # written by the migrations
                _copy(source, target, table)
            target.execute("SET session_replication_role = DEFAULT")
            _renumber(target)
            target.commit()
            for table in tables:
                if _count(target, table) != _count(source, table):
                    raise RuntimeError(f"{table}: not every row was copied to PostgreSQL")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def _copy(source: sqlite3.Connection, target: psycopg.Connection[Any], table: str) -> None:
    cursor = source.execute(f"SELECT * FROM {table}")
    columns = ", ".join(column[0] for column in cursor.description)
    with target.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in cursor:
            copy.write_row(row)


def _renumber(target: psycopg.Connection[Any]) -> None:
    """Let each table's identity carry on after the highest id copied into it."""
    identities = target.execute(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND column_name = 'id' AND is_identity = 'YES'"
    ).fetchall()
    for (table,) in identities:
        target.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table} "
            "HAVING MAX(id) IS NOT NULL"
        )


def sql_reports(url: str) -> dict[str, Timed]:
    """The headline figures from the hand-written PostgreSQL SQL; the timings and figures."""
    with psycopg.connect(url, autocommit=True) as conn:
        return national.timed_sql(conn, POSTGRES)


def measure(file: National, url: str, workdir: Path) -> list[Row]:
    """Load the file into ``url``, then time hearme's reports there against the SQL's."""
    seconds = load(file, url)
    baseline = sql_reports(url)
    report_run = national.hearme_in_child(file, workdir, target=url)
    context = (
        f"the same {file.children:,} children, {file.reviews:,} reviews, {file.answers:,} "
        f"answers, copied into PostgreSQL in {seconds:.0f} s"
    )
    return national.compared(PREFIX, report_run, baseline, context)


def run(scale: float, workdir: Path, file: National | None = None) -> list[Row]:
    """Figure 3 on a throwaway PostgreSQL cluster, over ``file`` (figure 3's national file)
    or a new one at ``scale``."""
    if file is None:
        file = build(workdir, scale)
    with postgres.running() as cluster:
        return measure(file, cluster.new_database(), workdir)
