"""``hearme report`` and ``hearme views`` as a council runs them: the real command, a real file."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.services import Services
from bot.staff import reports as staff_reports
from reports.views import CHILDS_IRO, DUTY
from storage import children
from storage.crypto import load_cipher
from storage.db import Database
from tests.reports.builders import MY_REVIEW_BODY, Builder, fill_surveys, open_builder
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
    assert book.sheetnames == [
        "Children agreeing with each",
        "% agreeing by age band",
        "% agreeing by quarter",
        "Quotes",
        "Notes",
    ]
    rows = list(book["Children agreeing with each"].iter_rows(values_only=True))
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


def _raw(env: dict[str, str]) -> bytes:
    db = Path(env["HEARME_DB"])
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))


def _purged(env: dict[str, str], days: str = "30") -> str:
    done = hearme(env, "purge", "--older-than", days)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


async def test_views_for_the_childs_iro_make_the_words_purgeable(
    env: dict[str, str], tmp_path: Path
) -> None:
    cipher = load_cipher(Path(env["HEARME_DATA_KEY"]))
    b = Builder(await Database.open(env["HEARME_DB"], cipher=cipher), cipher, "")
    try:
        async with b.conn.execute("SELECT id FROM staff WHERE staff_ref = 'IRO1'") as cur:
            row = await cur.fetchone()
        assert row is not None
        iro = int(row[0])
        child = await b.child("PV", "Pip", iro=iro)
        review = await b.review(child, "2099-02-01", "12_15", None, held=False)
        mine = await b.survey("my_review", MY_REVIEW_BODY)
        done = "2026-01-05T10:00:00+00:00"
        run = await b.run(
            child, mine, "my_review", "12_15", review_id=review, sent=done, completed=done
        )
        await b.choice(run, "school", "happy")
        await b.text(run, "worries", "the dog next door scares me")
        await b.text(run, "for_iro", "only you should know", audience="iro_only")
        async with b.conn.execute("SELECT text FROM answers WHERE run_id = ?", (run,)) as cur:
            sealed = [bytes(r[0]) for r in await cur.fetchall() if r[0] is not None]
    finally:
        await b.db.close()
    assert len(sealed) == 2 and all(blob in _raw(env) for blob in sealed)
    assert "Purged the words of 0 run(s)" in _purged(env)

    shared = tmp_path / "shared.html"
    assert hearme(env, "views", "PV", "--out", str(shared)).returncode == 0
    assert "only you should know" not in shared.read_text(encoding="utf-8")
    assert "Purged the words of 0" in _purged(env)  # the IRO has not had every word yet

    page = tmp_path / "for-iro.html"
    done_views = hearme(env, "views", "PV", "--out", str(page), "--for", "IRO1")
    assert done_views.returncode == 0, done_views.stderr.decode()
    text = page.read_text(encoding="utf-8")
    assert "the dog next door scares me" in text and "only you should know" in text
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    assert json.loads(audit_rows(env)[-1][2])["exported"] == 1
    with sqlite3.connect(env["HEARME_DB"]) as conn:
        assert conn.execute("SELECT id FROM runs WHERE exported = 1").fetchall() == [(run,)]

    assert "Purged the words of 1 run(s)" in _purged(env)
    raw = _raw(env)
    assert not any(blob in raw for blob in sealed)
    with sqlite3.connect(env["HEARME_DB"]) as conn:
        assert conn.execute(
            "SELECT question_id, kind, choices, text FROM answers WHERE run_id = ? ORDER BY id",
            (run,),
        ).fetchall() == [
            ("school", "choice", '["happy"]', None),
            ("worries", "text", None, None),
            ("for_iro", "text", None, None),
        ]


def test_a_satisfaction_report_marks_the_runs_it_covers(
    env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "satisfaction.json"
    args = ("--from", "2025-04-01", "--to", "2025-09-30", "--format", "json", "--out", str(out))
    done = hearme(env, "report", "satisfaction", *args)
    assert done.returncode == 0, done.stderr.decode()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with sqlite3.connect(env["HEARME_DB"]) as conn:
        marked = conn.execute(
            "SELECT definition_id, count(*), min(completed_at) >= '2025-04-01', "
            "max(completed_at) < '2025-10-01' FROM runs WHERE exported = 1 GROUP BY 1"
        ).fetchall()
        covered = conn.execute(
            "SELECT count(*) FROM runs WHERE definition_id = 'tell_us_more' "
            "AND completed_at BETWEEN '2025-04-01' AND '2025-10-01'"
        ).fetchone()[0]
    assert marked == [("tell_us_more", covered, 1, 1)] and covered == 7
    assert json.loads(audit_rows(env)[-1][2])["exported"] == 7
    # The written words of the covered runs are purgeable now, and only theirs.
    assert "Purged the words of 5 run(s)" in _purged(env)
    with sqlite3.connect(env["HEARME_DB"]) as conn:
        assert conn.execute(
            "SELECT count(*) FROM answers a JOIN runs r ON r.id = a.run_id "
            "WHERE r.definition_id = 'after_my_review' AND a.text IS NOT NULL"
        ).fetchone() == (1,)
    feedback = tmp_path / "feedback.csv"
    args = ("--from", "2025-04-01", "--to", "2026-03-31", "--format", "csv", "--out", str(feedback))
    assert hearme(env, "report", "feedback", *args).returncode == 0
    assert json.loads(audit_rows(env)[-1][2])["exported"] == 12
    assert stat.S_IMODE(feedback.stat().st_mode) == 0o600


async def test_views_in_the_chat_mark_the_run_exported_only_for_the_childs_iro(
    tmp_path: Path,
) -> None:
    """`/views` builds the same page in the bot: the IRO's copy delivers every word."""
    b = await open_builder(tmp_path)
    try:
        iro = await b.staff("IRO1", "Jo Bloggs")
        child_id = await b.child("PV", "Pip", iro=iro)
        review = await b.review(child_id, "2099-02-01", "12_15", None, held=False)
        mine = await b.survey("my_review", MY_REVIEW_BODY)
        run = await b.run(child_id, mine, "my_review", "12_15", review_id=review)
        await b.text(run, "worries", "the dog next door scares me")
        services = Services(b.db, {})
        child = await children.get_child_by_ref(b.db.reader, "PV")
        assert child is not None
        now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
        shown = await staff_reports.views(services, child, now=now, viewer=DUTY)
        assert shown.page is not None and b"the dog next door" in shown.page
        exported = "SELECT exported FROM runs WHERE id = ?"
        async with b.db.reader.execute(exported, (run,)) as cur:
            assert tuple(await cur.fetchone() or ()) == (0,)
        await staff_reports.views(services, child, now=now, viewer=CHILDS_IRO)
        async with b.db.reader.execute(exported, (run,)) as cur:
            assert tuple(await cur.fetchone() or ()) == (1,)
    finally:
        await b.db.close()
