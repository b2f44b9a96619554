"""Figure 5: importing a 100,000-row reviews CSV, against csv.reader + executemany.

hearme's importer (``hearme import reviews FILE.csv``, run as the real command in a subprocess)
checks every row before writing any, then upserts. The baseline, also a subprocess
(``python -m bench.imports baseline DB CSV``), reads the same file with ``csv.reader`` and
inserts the same rows with one ``executemany`` under the same pragmas (WAL, ``synchronous=FULL``).
Both start from identical copies of one database holding the children.

Goal (our own; the issue asks only for rows per second): at least a quarter of the bare
insert's speed, i.e. checking costs no more than three extra inserts' worth per row.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bench import seed
from bench.procs import child_env, hearme_command
from bench.table import Goal, Row
from surveys.bands import band_for

GOAL = Goal("ratio_at_least", 0.25)
ROWS = 100_000
REVIEWS_PER_CHILD = 5
FIRST_REVIEW = date(2023, 4, 3)
CODES = ("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")
MODES = ("in_person", "virtual", "hybrid", "")


@dataclass(frozen=True)
class Stage:
    """The file to import and the database it goes into (a copy per contestant)."""

    csv_path: Path
    db_path: Path
    key_path: Path
    rows: int


def prepare(workdir: Path, rows: int) -> Stage:
    """Children in a fresh database, and a reviews CSV of ``rows`` rows about them."""
    db_path, key_path = workdir / "import.db", workdir / "import.key"
    seed.create_database_now(db_path, key_path)
    conn = seed.connect(db_path)
    rng = random.Random(5)
    iros = seed.add_staff(conn, 10)
    count = max(1, -(-rows // REVIEWS_PER_CHILD))
    children = seed.add_children(
        conn, count, ages=range(3, 18), on=date(2026, 3, 31), iro_ids=iros, rng=rng
    )
    conn.close()
    csv_path = workdir / "reviews.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(("child_ref", "review_date", "participation_code", "mode"))
        for n in range(rows):
            child = children[n % count]
            on = FIRST_REVIEW + timedelta(days=(n // count) * 180 + child.id % 150)
            code = "PN0" if band_for(child.date_of_birth, on) == "under_4" else rng.choice(CODES)
            out.writerow((child.ref, on.isoformat(), code, rng.choice(MODES)))
    return Stage(csv_path, db_path, key_path, rows)


def baseline_import(db_path: Path, csv_path: Path) -> int:
    """csv.reader + one executemany of the same rows hearme would write; returns rows written."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    born = {
        ref: (child_id, date.fromisoformat(dob))
        for child_id, ref, dob in conn.execute("SELECT id, child_ref, date_of_birth FROM children")
    }
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = []
        for ref, day, code, mode in reader:
            child_id, dob = born[ref]
            band = band_for(dob, date.fromisoformat(day))
            rows.append((child_id, day, band, mode or None, code or None))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO reviews (child_id, review_at, age_band, mode, participation_code, source) "
        "VALUES (?, ?, ?, ?, ?, 'import')",
        rows,
    )
    conn.execute("COMMIT")
    conn.close()
    return len(rows)


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])} failed: {done.stderr.strip()[-500:]}")
    return seconds


def _reviews_in(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0])
    finally:
        conn.close()


def measure(stage: Stage, workdir: Path) -> list[Row]:
    """Import with hearme and with the baseline, each into its own copy of the database."""
    mine, theirs = workdir / "import-hearme.db", workdir / "import-baseline.db"
    for copy in (mine, theirs):
        shutil.copyfile(stage.db_path, copy)
    env = {**os.environ, "HEARME_DB": str(mine), "HEARME_DATA_KEY": str(stage.key_path)}
    base_env = child_env()
    baseline = _timed(
        [sys.executable, "-m", "bench.imports", "baseline", str(theirs), str(stage.csv_path)],
        base_env,
    )
    hearme = _timed([*hearme_command(), "import", "reviews", str(stage.csv_path)], env)
    imported, expected = _reviews_in(mine), _reviews_in(theirs)
    return [
        Row(
            "import: reviews CSV rows/s",
            stage.rows / hearme,
            stage.rows / baseline,
            "rows/s",
            GOAL,
            note=f"{stage.rows:,} rows; hearme stored {imported:,}, the baseline {expected:,}",
        ),
        Row(
            "import: rows stored",
            float(imported),
            float(expected),
            "rows",
            Goal("ratio_at_least", 1.0),
        ),
    ]


def run(scale: float, workdir: Path) -> list[Row]:
    """Figure 5 at ``scale`` (1 = 100,000 rows)."""
    return measure(prepare(workdir, max(20, round(ROWS * scale))), workdir)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "baseline":
        sys.exit("usage: python -m bench.imports baseline DB CSV")
    print(baseline_import(Path(sys.argv[2]), Path(sys.argv[3])))
