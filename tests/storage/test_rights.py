"""A child's rights: export everything held; erase identity and words but keep the figures."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

from storage import reviews, rights, runs
from storage.crypto import load_cipher
from storage.db import Database
from tests.storage.conftest import NOW, Cli, add_child

NAME = "Wilhelmina"
WORDS = "my stepdad locks me in my room"
PN_FIGURES = (
    "SELECT participation_code, age_band, substr(review_at, 1, 4), count(*) FROM reviews "
    "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
)


async def _seed(db: Database) -> tuple[int, int]:
    """Two children with reviews, a run with a written and a choice answer, an alert, a chat."""
    child = await add_child(db, "C001", name=NAME, dob=date(2013, 2, 3))
    other = await add_child(db, "C0010", name="Other", dob=date(2020, 1, 1))
    async with db.transaction() as conn:
        review = await reviews.upsert_review(
            conn,
            child_id=child,
            review_at=date(2026, 2, 1),
            age_band="12_15",
            participation_code="PN6",
            mode="virtual",
        )
        await reviews.upsert_review(
            conn,
            child_id=other,
            review_at=date(2026, 2, 1),
            age_band="4_7",
            participation_code="PN1",
        )
        await runs.ensure_survey_version(
            conn, definition_id="my_review", version="1", survey_hash="h", body_json="{}", now=NOW
        )
        run_id = await runs.create_run(
            conn,
            child_id=child,
            definition_id="my_review",
            survey_hash="h",
            age_band="12_15",
            review_id=review,
            state_json=json.dumps({"worries": WORDS}),
            cipher=db.cipher,
            now=NOW,
            closes_at=None,
        )
        for question, kind, choices, text in (
            ("worries", "text", (), "he is mean to me"),
            ("worries", "text", (), WORDS),
            ("home", "choice", ("sad",), None),
        ):
            await runs.save_answer(
                conn,
                db.cipher,
                run_id=run_id,
                question_id=question,
                core_id=question,
                kind=kind,
                choices=choices,
                text=text,
                audience="meeting",
                now=NOW,
            )
        await runs.save_state(conn, db.cipher, run_id, "{}", status="completed", now=NOW)
        await conn.execute(
            "INSERT INTO alerts (child_id, run_id, kind, categories, excerpt, source, created_at)"
            " VALUES (?, ?, 'concern', '[\"unsafe_home\"]', ?, 'answer', ?)",
            (child, run_id, db.cipher.encrypt(WORDS), NOW.isoformat()),
        )
        await conn.execute(
            "INSERT INTO chats (chat_id, child_id, mode, bound_at) VALUES (555, ?, 'self', ?)",
            (child, NOW.isoformat()),
        )
        await conn.execute(
            "INSERT INTO audit_log (at, actor, action, child_id, detail) VALUES (?, 'cli', 'x', ?,"
            ' \'{"child_ref": "C001"}\')',
            (NOW.isoformat(), child),
        )
    return child, run_id


def _raw(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))


async def test_export_then_erase_leaves_no_trace_and_the_same_figures(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("init").returncode == 0
    db = await Database.open(cli.db, cipher=load_cipher(cli.key))
    try:
        child, _ = await _seed(db)
    finally:
        await db.close()
    assert NAME.encode() in _raw(cli.db)  # the search can find what is there
    with sqlite3.connect(cli.db) as conn:
        figures = conn.execute(PN_FIGURES).fetchall()

    exported = cli("child", "export", "C001", "--out", str(tmp_path / "out"))
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "out" / "C001.json").read_text())
    assert data["child"]["first_name"] == NAME and data["child"]["iro_ref"] == "IRO01"
    (run,) = data["runs"]
    assert [(a["question_id"], a["text"], a["choices"]) for a in run["answers"]] == [
        ("worries", WORDS, []),
        ("home", None, ["sad"]),
    ]
    assert [a["text"] for a in run["earlier_answers"]] == ["he is mean to me"]
    assert data["alerts"][0]["excerpt"] == WORDS and data["chats"][0]["chat_id"] == 555
    page = (tmp_path / "out" / "C001.html").read_text()
    assert NAME in page and WORDS in page and "<script" not in page
    assert stat.S_IMODE((tmp_path / "out" / "C001.html").stat().st_mode) == 0o600

    erased = cli("child", "erase", "C001", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "now erased-1; 1 survey(s) and 1 written answer(s) cleared, 1 chat(s)" in erased.stdout
    raw = _raw(cli.db)
    for trace in (NAME, "he is mean", "stepdad", "2013-02-03", '"C001"'):
        assert trace.encode() not in raw, trace
    with sqlite3.connect(cli.db) as conn:
        assert conn.execute(PN_FIGURES).fetchall() == figures
        assert conn.execute(
            "SELECT child_ref, first_name, date_of_birth, status FROM children WHERE id = ?",
            (child,),
        ).fetchone() == ("erased-1", None, None, "erased")
        assert conn.execute(
            "SELECT question_id, kind, choices, text FROM answers ORDER BY id"
        ).fetchall() == [("worries", "text", "[]", None), ("home", "choice", '["sad"]', None)]
        assert conn.execute("SELECT state FROM runs").fetchall() == [(None,)]
        assert conn.execute("SELECT excerpt, categories FROM alerts").fetchall() == [
            (None, '["unsafe_home"]')
        ]
        assert conn.execute("SELECT count(*) FROM chats").fetchone() == (0,)
        assert conn.execute("SELECT text FROM answer_history").fetchall() == [(None,)]
        actions = [row[0] for row in conn.execute("SELECT action FROM audit_log ORDER BY id")]
        assert actions[-2:] == ["child.export", "child.erase"]
        # The other child, whose reference contains C001, is untouched.
        assert conn.execute(
            "SELECT child_ref, first_name FROM children WHERE id = 2"
        ).fetchone() == (
            "C0010",
            "Other",
        )
    missing = cli("child", "erase", "C001", "--yes")
    assert missing.returncode != 0 and "no child with reference C001" in missing.stderr


async def test_purge_removes_words_of_old_exported_runs_only(db: Database) -> None:
    _, run_id = await _seed(db)
    async with db.transaction() as conn:
        assert await rights.purge_words(conn, older_than_days=30, now=NOW, actor="cli") == 0
        await runs.mark_exported(conn, [run_id])
        assert await rights.purge_words(conn, older_than_days=30, now=NOW, actor="cli") == 0
        later = NOW + timedelta(days=31)
        assert await rights.purge_words(conn, older_than_days=30, now=later, actor="cli") == 1
    await db.compact()
    answers = await runs.answers_for_run(db.reader, db.cipher, run_id)
    assert [(a.question_id, a.text, a.choices) for a in answers] == [
        ("worries", None, ()),
        ("home", None, ("sad",)),
    ]
    raw = _raw(db.path)
    assert b"he is mean" not in raw
    # Safeguarding records are not the survey's raw words: the alert keeps its excerpt.
    async with db.reader.execute("SELECT excerpt FROM alerts") as cur:
        row = await cur.fetchone()
    assert row is not None and db.cipher.decrypt(row[0]) == WORDS
