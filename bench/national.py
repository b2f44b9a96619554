"""Figure 3: the yearly reports at national scale, against hand-written SQL in the same run.

England has about 84,000 children in care. A file of that size (84,000 children, 200,000
reviews, 2,000,000 answers over three April–March years) is generated straight into the schema
(:mod:`bench.national_data`). hearme then builds the participation and satisfaction reports
(``reports.collect``) and renders each as JSON and HTML; the baseline computes the same
headline figures with SQL aggregate queries. The two must agree, and hearme should take at most
twice as long.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

from bench.national_data import END, START, National, build
from bench.procs import PEAK_ENV, child_env, note_peak_at_exit, run_watched
from bench.table import Goal, Row
from reports import collect, ids
from reports.periods import quarter_of, years
from reports.render import render_html, render_json
from storage.crypto import load_cipher
from storage.db import Database
from storage.postgres import is_postgres_url

GOAL = Goal("ratio_at_most", 2.0)
PARTICIPATION, SATISFACTION = "participation", "satisfaction"
# A report still running after this long is stopped and counted as missing its goal.
LIMIT_SECONDS = 90.0


# ---------------------------------------------------------------- hearme and the baseline
@dataclass(frozen=True)
class Timed:
    seconds: float
    figures: dict[str, Any]


Noted = Callable[[dict[str, Timed]], None]


async def hearme_reports(
    national: National, noted: Noted | None = None, *, target: Path | str | None = None
) -> dict[str, Timed]:
    """hearme's participation and satisfaction reports, each built and rendered as JSON and
    HTML: the time each took and its JSON figures. ``noted`` is told after each report.

    ``target`` is where hearme reads the national file: its SQLite file unless given (a
    ``postgresql://`` URL holding the same rows, :mod:`bench.national_pg`).
    """
    found: dict[str, Timed] = {}
    where = national.db_path if target is None else target
    db = await Database.open(where, cipher=load_cipher(national.key_path))
    try:
        started = time.perf_counter()
        doc = await collect.participation_document(db.reader, START, END)
        figures = json.loads(render_json(doc))
        render_html(doc)
        found[PARTICIPATION] = Timed(time.perf_counter() - started, figures)
        if noted is not None:
            noted(found)
        started = time.perf_counter()
        doc = await collect.satisfaction_document(db.reader, db.cipher, START, END)
        figures = json.loads(render_json(doc))
        render_html(doc)
        found[SATISFACTION] = Timed(time.perf_counter() - started, figures)
        if noted is not None:
            noted(found)
    finally:
        await db.close()
    return found


@dataclass(frozen=True)
class ReportRun:
    """hearme's reports as run in a child process: what finished, for how long, peak RSS."""

    reports: dict[str, Timed]
    seconds: float
    peak_mb: float

    @property
    def finished(self) -> bool:
        return SATISFACTION in self.reports


def hearme_in_child(
    national: National, workdir: Path, *, target: Path | str | None = None
) -> ReportRun:
    """:func:`hearme_reports` in a child process, stopped after :data:`LIMIT_SECONDS`."""
    out = workdir / "hearme-reports.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "bench.national", "hearme"]
    where = national.db_path if target is None else target
    paths = [str(where), str(national.key_path), str(out)]
    env = child_env(**{PEAK_ENV: str(workdir / "reports.peak")})
    done = run_watched([*command, *paths], env, limit=LIMIT_SECONDS)
    if done.returncode not in (None, 0):
        raise RuntimeError(f"hearme's reports failed: {done.errors.strip()[-500:]}")
    noted = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    reports = {name: Timed(**timed) for name, timed in noted.items()}
    return ReportRun(reports, done.seconds, done.peak_mb)


def _note_to(out: Path) -> Noted:
    def note(found: dict[str, Timed]) -> None:
        partial = out.with_suffix(".partial")
        partial.write_text(json.dumps({k: asdict(v) for k, v in found.items()}), encoding="utf-8")
        partial.replace(out)

    return note


def _next_day(day: date) -> str:
    return (day + timedelta(days=1)).isoformat()


class Connection(Protocol):
    """What the hand-written SQL needs of a connection: sqlite3's, or psycopg's."""

    def execute(self, sql: str, parameters: Sequence[Any], /) -> Any: ...


@dataclass(frozen=True)
class HandSql:
    """The baseline's queries, written by hand in one engine's own SQL.

    ``mark`` is the engine's placeholder; ``{codes}``, ``{statements}`` and ``{options}`` are
    filled with as many placeholders as there are values.
    """

    mark: str
    # per participation code: the reviews of one year
    codes: str
    # per age band: the reviews coded PN1-PN6 and all those of children aged 4 or over
    by_band: str
    # per statement, first choice, age band and day: the Tell Us More answers counted
    satisfaction: str


SQLITE = HandSql(
    mark="?",
    codes="SELECT participation_code, COUNT(*) FROM reviews WHERE review_at >= ? "
    "AND review_at < ? AND participation_code IS NOT NULL GROUP BY participation_code",
    by_band="SELECT age_band, SUM(participation_code IN ({codes})), COUNT(*) FROM reviews "
    "WHERE review_at >= ? AND review_at < ? AND participation_code IS NOT NULL "
    "AND participation_code != 'PN0' GROUP BY age_band",
    satisfaction="SELECT a.question_id, json_extract(a.choices, '$[0]') AS choice, r.age_band, "
    "substr(r.completed_at, 1, 10), COUNT(*) FROM answers a JOIN runs r ON r.id = a.run_id "
    "WHERE r.definition_id = ? AND r.status = 'completed' AND r.completed_at >= ? "
    "AND r.completed_at < ? AND a.kind = 'choice' AND a.question_id IN ({statements}) "
    "AND choice IN ({options}) GROUP BY 1, 2, 3, 4",
)


def _marks(sql: HandSql, values: Iterable[str]) -> str:
    return ",".join(sql.mark for _ in values)


def sql_participation(conn: Connection, sql: HandSql = SQLITE) -> dict[str, Any]:
    """The participation figures by hand: PN counts per year, the latest year by age band."""
    spans = years(START, END)
    found: dict[str, Any] = {"years": {}}
    for span in spans:
        rows = conn.execute(sql.codes, (span.start.isoformat(), _next_day(span.end))).fetchall()
        found["years"][span.label] = {code: count for code, count in rows}
    latest = spans[-1]
    found["by_age_band"] = {
        band: [took_part, total]
        for band, took_part, total in conn.execute(
            sql.by_band.format(codes=_marks(sql, ids.PARTICIPATING)),
            (*ids.PARTICIPATING, latest.start.isoformat(), _next_day(latest.end)),
        ).fetchall()
    }
    codes = found["years"][latest.label]
    aged4 = sum(count for code, count in codes.items() if code != "PN0")
    took_part = sum(codes.get(code, 0) for code in ids.PARTICIPATING)
    found["participation_rate"] = round(100 * took_part / aged4, 1) if aged4 else None
    return found


def sql_satisfaction(conn: Connection, sql: HandSql = SQLITE) -> dict[str, Any]:
    """Tell Us More by hand: per statement, answers, agreeing, and the split by age band."""
    statement = sql.satisfaction.format(
        statements=_marks(sql, ids.STATEMENTS), options=_marks(sql, ids.AGREEMENT)
    )
    rows = conn.execute(
        statement,
        (ids.TELL_US_MORE, START.isoformat(), _next_day(END), *ids.STATEMENTS, *ids.AGREEMENT),
    ).fetchall()
    n: Counter[str] = Counter()
    positive: Counter[str] = Counter()
    by_quarter: Counter[tuple[str, str, str]] = Counter()
    for statement_id, choice, _band, day, count in rows:
        n[statement_id] += count
        positive[statement_id] += count if choice == ids.POSITIVE else 0
        by_quarter[(statement_id, quarter_of(date.fromisoformat(day)), choice)] += count
    return {
        "statements": {s: {"n": n[s], "positive": positive[s]} for s in ids.STATEMENTS},
        "by_quarter": len(by_quarter),
    }


def timed_sql(conn: Connection, sql: HandSql = SQLITE) -> dict[str, Timed]:
    """The headline figures from hand-written SQL on ``conn``; the timings and the figures."""
    started = time.perf_counter()
    participation = sql_participation(conn, sql)
    json.dumps(participation)
    middle = time.perf_counter()
    satisfaction = sql_satisfaction(conn, sql)
    json.dumps(satisfaction)
    finished = time.perf_counter()
    return {
        PARTICIPATION: Timed(middle - started, participation),
        SATISFACTION: Timed(finished - middle, satisfaction),
    }


def sql_reports(national: National) -> dict[str, Timed]:
    """The same headline figures from hand-written SQL on the SQLite file."""
    conn = sqlite3.connect(f"file:{national.db_path}?mode=ro", uri=True)
    try:
        return timed_sql(conn)
    finally:
        conn.close()


def disagreements(hearme: dict[str, Timed], baseline: dict[str, Timed]) -> list[str]:
    """Every figure where hearme's JSON and the SQL differ (suppressed "c" cells are skipped,
    and so is a report that did not finish)."""
    found: list[str] = []
    if PARTICIPATION in hearme:
        found += _participation_differs(
            hearme[PARTICIPATION].figures, baseline[PARTICIPATION].figures
        )
    if SATISFACTION in hearme:
        found += _satisfaction_differs(hearme[SATISFACTION].figures, baseline[SATISFACTION].figures)
    return found


def _participation_differs(shown: dict[str, Any], by_hand: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for year in shown["years"]:
        for code in ids.CODES:
            mine = year["codes"][code]
            if mine != "c" and mine != by_hand["years"][year["label"]].get(code, 0):
                found.append(f"{year['label']} {code}: {mine} vs {by_hand['years'][year['label']]}")
    if shown["participation_rate"] not in ("c", by_hand["participation_rate"]):
        found.append(f"rate {shown['participation_rate']} vs {by_hand['participation_rate']}")
    for group in shown["by_age_band"]:
        took_part, total = by_hand["by_age_band"].get(group["group"], [0, 0])
        if group["reviews_4_and_over"] not in ("c", total) or group["participating"] not in (
            "c",
            took_part,
        ):
            found.append(f"band {group['group']}")
    return found


def _satisfaction_differs(shown: dict[str, Any], by_hand: dict[str, Any]) -> list[str]:
    found: list[str] = []
    statements = by_hand["statements"]
    for item in shown["statements"]:
        expected = statements.get(item["id"])
        if expected is None:
            continue
        for key in ("n", "positive"):
            if item[key] != "c" and item[key] != expected[key]:
                found.append(f"{item['id']} {key}: {item[key]} vs {expected[key]}")
    return found


def measure(national: National, workdir: Path) -> tuple[list[Row], ReportRun]:
    """Time hearme's two reports and the SQL beside them; check they agree."""
    baseline = sql_reports(national)
    report_run = hearme_in_child(national, workdir)
    made = (
        f"{national.children:,} children, {national.reviews:,} reviews, "
        f"{national.answers:,} answers generated in {national.seconds:.0f} s"
    )
    return compared("reports", report_run, baseline, made), report_run


def compared(
    prefix: str, report_run: ReportRun, baseline: dict[str, Timed], context: str
) -> list[Row]:
    """The figure's rows: each report's time against the SQL's, then the cells that differ.

    ``context`` (what the file holds) leads the first row's note.
    """
    hearme, ran = report_run.reports, report_run.seconds
    wrong = disagreements(hearme, baseline)
    rows = []
    for name in (PARTICIPATION, SATISFACTION):
        timed = hearme.get(name)
        note = ""
        if timed is None:
            # Stopped: it had run at least this long when the limit came.
            seconds = ran - sum(t.seconds for t in hearme.values())
            note = f"did not finish: stopped after {ran:.0f} s"
        else:
            seconds = timed.seconds
        rows.append(
            Row(f"{prefix}: {name} JSON+HTML", seconds, baseline[name].seconds, "s", GOAL, note)
        )
    rows[0] = replace(rows[0], note="; ".join(part for part in (context, rows[0].note) if part))
    rows.append(
        Row(
            f"{prefix}: figures differing from SQL",
            float(len(wrong)),
            None,
            "cells",
            Goal("value_at_most", 0),
            note="; ".join(wrong[:5]),
        )
    )
    return rows


def run(scale: float, workdir: Path) -> tuple[list[Row], National, ReportRun]:
    """Figure 3 at ``scale``; also returns the generated file and the report run (with its
    peak RSS) for the memory figure."""
    national = build(workdir, scale)
    rows, report_run = measure(national, workdir)
    return rows, national, report_run


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] != "hearme":
        sys.exit("usage: python -m bench.national hearme DB KEY OUT.json")
    where, key_path, out = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    target = where if is_postgres_url(where) else Path(where)
    given = National(Path(where), key_path, 0, 0, 0, 0.0)
    note_peak_at_exit()
    asyncio.run(hearme_reports(given, _note_to(out), target=target))
