"""The benchmarks at a tiny size, so their code cannot rot: ``python -m bench`` end to end as a
subprocess, and the pieces that decide whether a goal holds."""

from __future__ import annotations

import asyncio
import json
import math
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from telegram import Bot
from telegram.error import RetryAfter

from bench import national, safeguarding
from bench.__main__ import FIGURES as FIGURE_NAMES
from bench.loopback import ObservedApi, TelegramLimits, percentile
from bench.national_data import build
from bench.table import Goal, Row, format_table

ROOT = Path(__file__).resolve().parents[2]


def _safeguarding_rows(corpus: Path, prefix: str, *, split: bool) -> list[str]:
    """The names of the safeguarding figure's rows for one corpus, in the order it gives them."""
    return [
        name
        for way in ("", ", rules + learned")
        for name in (
            *(
                f"{prefix} recall {path.stem}{way}"
                for path in sorted(corpus.glob("*.txt"))
                if path.stem not in safeguarding.SPECIAL_FILES
            ),
            *([f"{prefix} recall split messages{way}"] if split else []),
            f"{prefix} false alarms{way}",
            f"{prefix} time per message{way}",
        )
    ]


FIGURES = (
    "answers: actions/s vs storing bot",
    "answers: actions/s vs bare bot",
    "answers: stored in SQLite",
    "answers: saturated latency p50",
    "answers: saturated latency p95",
    "answers: CPU per action",
    "answers: SQL statements per action",
    "answers: Bot API calls per action",
    "answers: stand-in's process busy",
    "peak: latency p50",
    "peak: latency p99",
    *(f"profile: top cost {rank}" for rank in range(1, 6)),
    "campaign: messages/s as shipped",
    "campaign: 429 answers as shipped",
    "campaign: messages/s paced to 300/s",
    "campaign: 429 answers paced to 300/s",
    "campaign: messages/s with children answering",
    "campaign: 429 answers with children answering",
    "campaign: child latency p99 during the campaign",
    "campaign: stand-in's process busy with children answering",
    "campaign: 84,000 children at 30/s, projected",
    "reports: participation JSON+HTML",
    "reports: satisfaction JSON+HTML",
    "reports: figures differing from SQL",
    "reports on PostgreSQL: participation JSON+HTML",
    "reports on PostgreSQL: satisfaction JSON+HTML",
    "reports on PostgreSQL: figures differing from SQL",
    "memory: bot RSS",
    "memory: staff caseload page",
    "memory: national report peak RSS",
    "import: reviews CSV rows/s",
    "import: rows stored",
    "start-up: hearme --help vs python -c pass",
    "start-up: hearme --help vs compiling the detector",
    "start-up: the bot's warm-up vs importing the detector",
    # One recall row per held-out file (named by the files, never read here), then the rest:
    # for the rules alone, then for the rules with the learned layer; the same on the fourth
    # hand's corpus.
    *_safeguarding_rows(safeguarding.HELD_OUT, "safeguarding:", split=True),
    *_safeguarding_rows(
        safeguarding.SEVENTEENTH_HAND, "safeguarding (seventeenth hand):", split=True
    ),
    "fleet: answers/s SQLite, 1 worker",
    "fleet: answers/s PostgreSQL, 1 worker",
    "fleet: answers/s PostgreSQL, 2 workers",
    "fleet: answers/s PostgreSQL, 3 workers",
)


def test_every_figure_runs_tiny_and_writes_the_table_and_json(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--scale", "0.002", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "goals hold." in done.stdout
    for name in FIGURE_NAMES:
        assert f"== {name} (scale 0.002)" in done.stdout

    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["scale"] == 0.002
    rows = {row["figure"]: row for row in results["figures"]}
    assert tuple(rows) == FIGURES
    for row in rows.values():
        assert math.isfinite(row["value"]) and row["value"] >= 0, row
        assert row["goal"], row
    # Speed figures are noise at this size; what the run stored and computed is not.
    assert rows["answers: actions/s vs storing bot"]["value"] > 0
    assert rows["answers: actions/s vs storing bot"]["baseline"] > 0
    assert rows["answers: actions/s vs bare bot"]["baseline"] > 0
    assert rows["answers: stored in SQLite"]["holds"] is True
    assert rows["answers: SQL statements per action"]["baseline"] == 1.0
    assert rows["peak: latency p99"]["goal"] == "< 150 ms"
    assert all(rows[f"profile: top cost {n}"]["note"] for n in range(1, 6))
    assert rows["campaign: 429 answers with children answering"]["value"] == 0
    assert "5 sent" in rows["campaign: messages/s with children answering"]["note"]
    assert rows["campaign: messages/s with children answering"]["value"] > 0
    assert rows["campaign: stand-in's process busy with children answering"]["value"] > 0
    assert rows["memory: staff caseload page"]["goal"] == "< 100 ms"
    for way in ("as shipped", "paced to 300/s"):
        assert rows[f"campaign: messages/s {way}"]["value"] > 0
        assert rows[f"campaign: 429 answers {way}"]["value"] == 0
        assert "offers: 5 sent" in rows[f"campaign: messages/s {way}"]["note"]
    assert rows["reports: figures differing from SQL"]["value"] == 0
    assert rows["reports on PostgreSQL: figures differing from SQL"]["value"] == 0
    assert rows["reports on PostgreSQL: satisfaction JSON+HTML"]["baseline"] > 0
    assert rows["memory: bot RSS"]["value"] > 10
    assert "10 of 10 who wrote were answered" in rows["memory: bot RSS"]["note"]
    assert rows["import: rows stored"]["value"] == rows["import: rows stored"]["baseline"] == 200
    # The held-out safeguarding figures are reported, not asserted on here: tests never tune on
    # them. Their goals are the issue's: 100% recall on serious harm, <= 3% false alarms.
    recall = rows["safeguarding: recall self_harm"]
    assert recall["unit"] == "%" and recall["goal"] == ">= 100 %"
    assert rows["safeguarding: false alarms"]["goal"] == "<= 3 %"
    assert rows["safeguarding: time per message"]["goal"] == "<= 20 ms"
    assert rows["safeguarding: false alarms, rules + learned"]["goal"] == "<= 3 %"
    assert rows["safeguarding: time per message, rules + learned"]["goal"] == "<= 20 ms"


def test_goals_are_judged_on_the_ratio_or_the_value() -> None:
    faster = Row("speed", 70.0, 100.0, "/s", Goal("ratio_at_least", 0.6))
    slower = replace(faster, value=50.0)
    memory = Row("rss", 250.0, 80.0, "MB", Goal("value_below", 200))
    assert faster.ratio == pytest.approx(0.7)
    assert (faster.holds, slower.holds, memory.holds) == (True, False, False)
    assert Row("time", 3.0, 1.0, "s", Goal("ratio_at_most", 2)).holds is False
    assert Row("latency", 3.0, 1.0, "ms").holds is None

    table = format_table([faster, slower, memory])
    assert "1 of 3 goals hold." in table
    assert "MISSED: speed (ratio >= 0.6)" in table
    assert "MISSED: rss (< 200 MB)" in table


def test_percentile_is_by_nearest_rank() -> None:
    values = [float(n) for n in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.95) == 95.0
    assert percentile([], 0.5) == 0.0


async def test_the_stand_in_answers_429_beyond_the_per_chat_limit() -> None:
    limits = TelegramLimits(overall=100, per_chat=3)
    async with ObservedApi(faults=limits) as api, Bot(api.token, base_url=api.base_url) as bot:
        for n in range(3):
            await bot.send_message(42, f"message {n}")
        with pytest.raises(RetryAfter):
            await bot.send_message(42, "one too many")
        await bot.send_message(43, "another chat is still fine")
    assert limits.refused == 1
    assert len(limits.accepted) == 4
    assert [m.text for m in api.messages(42)] == ["message 0", "message 1", "message 2"]


def test_a_report_figure_that_differs_from_the_sql_is_caught(tmp_path: Path) -> None:
    file = build(tmp_path, 0.002)
    hearme = asyncio.run(national.hearme_reports(file))
    by_hand = national.sql_reports(file)
    assert national.disagreements(hearme, by_hand) == []

    statements = by_hand[national.SATISFACTION].figures["statements"]
    first = next(iter(statements))
    statements[first]["n"] += 1
    assert national.disagreements(hearme, by_hand) == [
        f"{first} n: {statements[first]['n'] - 1} vs {statements[first]['n']}"
    ]
