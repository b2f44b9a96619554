"""``hearme report`` and ``hearme views`` as a council runs them: the real command, a real file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.reports.builders import MY_REVIEW_BODY, fill_surveys, open_builder
from tests.reports.test_participation import _fill


@pytest.fixture
async def env(tmp_path: Path) -> dict[str, str]:
    b = await open_builder(tmp_path)
    await _fill(b)
    await fill_surveys(b)
    child = await b.child("C9", "Robin")
    review = await b.review(child, "2099-01-05", "12_15", None, held=False)
    mine = await b.survey("my_review", MY_REVIEW_BODY)
    run = await b.run(child, mine, "my_review", "12_15", review_id=review, status="started")
    await b.text(run, "worries", "my words")
    await b.db.close()
    return {
        **os.environ,
        "HEARME_DB": str(tmp_path / "hearme.db"),
        "HEARME_DATA_KEY": str(tmp_path / "hearme.key"),
    }


def hearme(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-c", "from bot.cli import main; main()", *args]
    return subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)


def audit_rows(env: dict[str, str]) -> list[tuple[str, str, str]]:
    with sqlite3.connect(env["HEARME_DB"]) as conn:
        return conn.execute("SELECT actor, action, detail FROM audit_log ORDER BY id").fetchall()


def test_participation_json_has_the_documented_keys(env: dict[str, str]) -> None:
    done = hearme(
        env,
        "report",
        "participation",
        "--from",
        "2023-04-01",
        "--to",
        "2026-03-31",
        "--format",
        "json",
    )
    assert done.returncode == 0, done.stderr.decode()
    payload = json.loads(done.stdout)
    assert set(payload["codes"]) == {f"PN{n}" for n in range(8)}
    assert payload["reviews_4_and_over"] == 70 and payload["participation_rate"] == 88.6
    assert audit_rows(env)[-1][:2] == ("cli", "report.participation")
    assert json.loads(audit_rows(env)[-1][2])["exact"] is False


def test_satisfaction_xlsx_reads_back(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "satisfaction.xlsx"
    done = hearme(
        env,
        "report",
        "satisfaction",
        "--from",
        "2025-04-01",
        "--to",
        "2026-03-31",
        "--format",
        "xlsx",
        "--out",
        str(out),
        "--exact",
    )
    assert done.returncode == 0, done.stderr.decode()
    book = load_workbook(out)
    assert book.sheetnames == ["statements", "by_age_band", "by_quarter", "Quotes", "Notes"]
    rows = list(book["statements"].iter_rows(values_only=True))
    first = next(r for r in rows if r[0] == "My IRO does what they say they will")
    assert first[1:4] == (12, 9, 75.0)
    quotes = [r[1] for r in book["Quotes"].iter_rows(min_row=2, values_only=True)]
    assert "[name] is kind, text me on [phone]" in quotes
    assert json.loads(audit_rows(env)[-1][2])["exact"] is True


def test_feedback_csv(env: dict[str, str]) -> None:
    done = hearme(
        env, "report", "feedback", "--from", "2025-04-01", "--to", "2026-03-31", "--format", "csv"
    )
    assert done.returncode == 0, done.stderr.decode()
    text = done.stdout.decode("utf-8-sig")
    assert (
        "How did your meeting go?" in text and "Quarter,Children answering,Red,Amber,Green" in text
    )


def test_views_writes_the_page_and_audits(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "views.html"
    done = hearme(env, "views", "C9", "--out", str(out))
    assert done.returncode == 0, done.stderr.decode()
    page = out.read_text(encoding="utf-8")
    assert "Robin" in page and "My Review not returned yet" in page
    assert "my words" not in page  # not sent yet: half-finished answers stay with the child
    assert audit_rows(env)[-1][:2] == ("cli", "views")
    missing = hearme(env, "views", "NOBODY")
    assert missing.returncode == 1 and b"no child with reference 'NOBODY'" in missing.stderr


def test_bad_period_is_refused(env: dict[str, str]) -> None:
    done = hearme(env, "report", "participation", "--from", "2026-01-01", "--to", "2025-01-01")
    assert done.returncode == 2 and b"--to is before --from" in done.stderr


def test_views_show_alert_words_only_to_the_childs_iro(env: dict[str, str], tmp_path: Path) -> None:
    pages = {}
    for reader in ("IRO1", None):
        out = tmp_path / f"views-{reader}.html"
        extra = ["--for", reader] if reader else []
        done = hearme(env, "views", "TUM", "--out", str(out), *extra)
        assert done.returncode == 0, done.stderr.decode()
        pages[reader] = out.read_text(encoding="utf-8")
    assert "he hurts me at home" in pages["IRO1"]
    assert "he hurts me at home" not in pages[None]
    assert "An alert was raised on 2026-01-10 09:00: self harm." in pages[None]
    details = [json.loads(row[2]) for row in audit_rows(env) if row[1] == "views"]
    assert [d["for"] for d in details] == ["IRO1", None]
    summary = hearme(env, "views", "TUM")
    assert summary.stdout.decode().splitlines()[:3] == [
        "Alex (TUM): no review is booked yet.",
        "⚠️ 1 open alert: see the page.",
        "My Review has not been sent yet.",
    ]
    unknown = hearme(env, "views", "TUM", "--for", "NOPE")
    assert unknown.returncode == 2 and b"no member of staff with reference 'NOPE'" in unknown.stderr
