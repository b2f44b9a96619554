"""A child's rights: export everything held; erase identity and words but keep the figures."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from storage import (
    children,
    held_quotes,
    review_notes,
    reviews,
    rights,
    run_exports,
    runs,
    survey_versions,
)
from storage.crypto import load_cipher
from storage.db import Database
from tests.storage.conftest import NOW, Cli, add_child, participation_figures
from tests.support.postgres import connect, raw_bytes

NAME = "Wilhelmina"
WORDS = "my stepdad locks me in my room"
HELD_WORDS = "[name] at [school] helps me a lot"
PN_FIGURES = (
    "SELECT participation_code, age_band, substr(review_at, 1, 4), count(*) FROM reviews "
    "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
)


WE_DID = "You asked for help with maths: a tutor now comes on Tuesdays"


async def _seed(db: Database) -> tuple[int, int]:
    """Two children with reviews, a run with written and choice answers, an alert, a chat, a web
    link and visit, a planned message, and the IRO's record of the meeting."""
    child = await add_child(db, "C001", name=NAME, dob=date(2013, 2, 3))
    other = await add_child(db, "C0010", name="Other", dob=date(2020, 1, 1))
    async with db.transaction() as conn:
        await children.set_preferred_words(conn, child, {"carer": "Nanna Jo"}, now=NOW)
        await conn.execute("UPDATE children SET language = 'cy' WHERE id = ?", (child,))
        review = await reviews.upsert_review(
            conn,
            child_id=child,
            review_at=date(2026, 2, 1),
            age_band="12_15",
            participation_code="PN6",
            mode="virtual",
        )
        await reviews.record_outcome(
            conn,
            review,
            participation_code="PN6",
            held_at=NOW,
            child_chaired=False,
            iro_spoke_beforehand=True,
            recorded_by=1,
            now=NOW,
        )
        await review_notes.save_note(
            conn, db.cipher, review_id=review, note=WE_DID, staff_id=None, now=NOW
        )
        await reviews.upsert_review(
            conn,
            child_id=other,
            review_at=date(2026, 2, 1),
            age_band="4_7",
            participation_code="PN1",
        )
        await survey_versions.ensure_survey_version(
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
            ("feel_safe", "choice", ("no",), None),
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
        at = NOW.isoformat()
        await conn.execute(
            "UPDATE children SET date_looked_after = '2019-07-08' WHERE id = ?", (child,)
        )
        async with conn.execute(
            "SELECT id FROM answers WHERE run_id = ? AND question_id = 'worries'", (run_id,)
        ) as cursor:
            (answer_id,) = await cursor.fetchone() or (0,)
        await held_quotes.hold(
            conn,
            db.cipher,
            [held_quotes.QuoteToHold(answer_id, child, "my_review", "Worries", HELD_WORDS)],
            now=NOW,
        )
        await conn.execute(
            "INSERT INTO alerts (child_id, run_id, kind, categories, excerpt, source, created_at)"
            " VALUES (?, ?, 'concern', '[\"unsafe_home\"]', ?, 'answer', ?)",
            (child, run_id, db.cipher.encrypt(WORDS), at),
        )
        await conn.execute(
            "INSERT INTO chats (chat_id, child_id, mode, bound_at) VALUES (555, ?, 'self', ?)",
            (child, at),
        )
        await conn.execute(
            "INSERT INTO answer_messages (chat_id, message_id, run_id, question_id, at) "
            "VALUES (555, 9, ?, 'worries', ?)",
            (run_id, at),
        )
        invite = await conn.execute(
            "INSERT INTO invites (code_hash, kind, child_id, created_at, expires_at) "
            "VALUES ('abc', 'web', ?, ?, ?)",
            (child, at, at),
        )
        await conn.execute(
            "INSERT INTO web_access (invite_id, child_id, secret_kind, secret_hash, salt, "
            "failed_attempts, created_at) VALUES (?, ?, 'pin', x'5EC2E7', x'5A17', 1, ?)",
            (invite.lastrowid, child, at),
        )
        await conn.execute(
            "INSERT INTO web_sessions (token_hash, invite_id, child_id, state, view, created_at, "
            "last_seen_at) VALUES ('tok3nhash', ?, ?, 'open', ?, ?, ?)",
            (invite.lastrowid, child, db.cipher.encrypt('{"replies": ["Hi Wilhelmina"]}'), at, at),
        )
        await conn.execute(
            "INSERT INTO outbox (due_at, kind, chat_id, child_id, run_id) "
            "VALUES (?, 'remind', 555, ?, ?)",
            (at, child, run_id),
        )
        await conn.execute(
            "INSERT INTO audit_log (at, actor, action, child_id, detail) VALUES (?, 'cli', 'x', ?,"
            ' \'{"child_ref": "C001"}\')',
            (at, child),
        )
    return child, run_id


def _raw(db_path: Path | str) -> bytes:
    if isinstance(db_path, str):  # a PostgreSQL database: its files in the server's folder
        return raw_bytes(db_path)
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))


def _participation(cli: Cli) -> dict[str, object]:
    figures = participation_figures(cli, "2023-04-01", "2026-03-31")
    # My Review return counts come from the runs, which erasure removes with the child's words.
    figures.pop("my_review_returns")
    return figures


async def test_export_then_erase_keeps_only_what_the_figures_count(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("init").returncode == 0
    db = await Database.open(cli.db, cipher=load_cipher(cli.key))
    try:
        child, _ = await _seed(db)
    finally:
        await db.close()
    assert NAME.encode() in _raw(cli.db)  # the search can find what is there
    with connect(cli.db) as conn:
        figures = conn.execute(PN_FIGURES).fetchall()
    report = _participation(cli)

    exported = cli("child", "export", "C001", "--out", str(tmp_path / "out"))
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "out" / "C001.json").read_text())
    assert data["child"]["first_name"] == NAME and data["child"]["iro_ref"] == "IRO01"
    (run,) = data["runs"]
    assert [(a["question_id"], a["text"], a["choices"]) for a in run["answers"]] == [
        ("worries", WORDS, []),
        ("feel_safe", None, ["no"]),
    ]
    assert [a["text"] for a in run["earlier_answers"]] == ["he is mean to me"]
    assert data["alerts"][0]["excerpt"] == WORDS and data["chats"][0]["chat_id"] == 555
    assert [n["note"] for n in data["review_notes"]] == [WE_DID]
    assert data["child"]["date_looked_after"] == "2019-07-08"
    assert [q["redacted_words"] for q in data["quotes_held_for_approval"]] == [HELD_WORDS]
    assert data["web_links"] == [
        {
            "unlocked_with": "pin",
            "failed_attempts": 1,
            "locked_until": None,
            "created_at": NOW.isoformat(),
            "last_used_at": None,
        }
    ]
    (visit,) = data["web_visits"]
    assert visit["state"] == "open" and visit["page_shown_next"] == {"replies": ["Hi Wilhelmina"]}
    exported_text = (tmp_path / "out" / "C001.json").read_text()
    assert "tok3nhash" not in exported_text and "token_hash" not in exported_text
    assert "secret_hash" not in exported_text and "salt" not in exported_text
    page = (tmp_path / "out" / "C001.html").read_text()
    assert NAME in page and WORDS in page and "<script" not in page and "Web visits" in page
    assert stat.S_IMODE((tmp_path / "out" / "C001.html").stat().st_mode) == 0o600

    erased = cli("child", "erase", "C001", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert erased.stdout.splitlines() == [
        "Erased C001. It is now erased-1 in the figures.",
        "Removed: name, preferred name, date of birth, date looked after, IRO, language, "
        "preferred words;",
        "  1 held quotes",
        "  2 answers",
        "  1 earlier answers",
        "  1 message links",
        "  1 planned messages",
        "  0 wrong codes",
        "  1 alerts",
        "  1 you said / we did notes",
        "  1 survey runs",
        "  1 web visits",
        "  1 web links",
        "  1 invites",
        "  1 chats",
        "Kept: 1 review(s) (date, age band, participation code, mode, held, chaired, IRO spoke "
        "beforehand) and 3 audit line(s), which hold no words.",
    ]
    raw = _raw(cli.db)
    for trace in (
        NAME,
        "he is mean",
        "stepdad",
        "2013-02-03",
        "2019-07-08",
        '"C001"',
        "Nanna Jo",
        "tok3n",
        HELD_WORDS,
        WE_DID,
    ):
        assert trace.encode() not in raw, trace
    # The participation figures do not move. Satisfaction and feedback figures for earlier
    # periods lose the child's answers, by design: the right to erasure wins over them.
    assert _participation(cli) == report
    with connect(cli.db) as conn:
        assert conn.execute(PN_FIGURES).fetchall() == figures
        assert conn.execute(
            "SELECT child_ref, first_name, preferred_name, date_of_birth, iro_id, language, "
            "preferred_words, status FROM children WHERE id = ?",
            (child,),
        ).fetchone() == ("erased-1", None, None, None, None, "en", "{}", "erased")
        assert conn.execute(
            "SELECT review_at, age_band, mode, participation_code, held, held_at, child_chaired,"
            " iro_spoke_beforehand, recorded_by, recorded_at FROM reviews WHERE child_id = ?",
            (child,),
        ).fetchall() == [("2026-02-01", "12_15", "virtual", "PN6", 1, None, 0, 1, None, None)]
        for table in (
            "held_quotes",
            "runs",
            "answers",
            "answer_history",
            "answer_messages",
            "alerts",
            "review_notes",
            "chats",
            "invites",
            "web_access",
            "web_sessions",
            "outbox",
        ):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        assert conn.execute("SELECT count(*) FROM erased_refs").fetchone() == (1,)
        lines = conn.execute(
            "SELECT action, detail FROM audit_log WHERE child_id = ? ORDER BY id", (child,)
        ).fetchall()
        assert [action for action, _ in lines] == ["x", "child.export", "child.erase"]
        assert lines[0][1] == '{"child_ref": "erased-1"}'
        # The other child, whose reference contains C001, is untouched.
        assert conn.execute(
            "SELECT child_ref, first_name FROM children WHERE id = 2"
        ).fetchone() == ("C0010", "Other")
    today = datetime.now(UTC).date().isoformat()
    for command in (("child", "erase", "C001", "--yes"), ("child", "export", "C001")):
        again = cli(*command)
        assert again.returncode != 0
        assert f"C001 was already erased on {today}: nothing about them is held" in again.stderr
    missing = cli("child", "erase", "C002", "--yes")
    assert missing.returncode != 0 and "no child with reference C002" in missing.stderr


async def test_purge_removes_words_of_old_exported_runs_only(db: Database) -> None:
    _, run_id = await _seed(db)
    async with db.transaction() as conn:
        assert await rights.purge_words(conn, older_than_days=30, now=NOW, actor="cli") == 0
        await run_exports.mark_exported(conn, [run_id])
        assert await rights.purge_words(conn, older_than_days=30, now=NOW, actor="cli") == 0
        later = NOW + timedelta(days=31)
        assert await rights.purge_words(conn, older_than_days=30, now=later, actor="cli") == 1
    await db.compact()
    answers = await runs.answers_for_run(db.reader, db.cipher, run_id)
    assert [(a.question_id, a.text, a.choices) for a in answers] == [
        ("worries", None, ()),
        ("feel_safe", None, ("no",)),
    ]
    raw = _raw(db.target)
    assert b"he is mean" not in raw
    async with db.reader.execute("SELECT count(*) FROM held_quotes") as cur:
        held = await cur.fetchone()
    assert held is not None and held[0] == 0  # the held quote's redacted words went with them
    # Safeguarding records are not the survey's raw words: the alert keeps its excerpt.
    async with db.reader.execute("SELECT excerpt FROM alerts") as cur:
        row = await cur.fetchone()
    assert row is not None and db.cipher.decrypt(row[0]) == WORDS
