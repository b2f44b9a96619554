"""The Children's Code tools on every page (talk, stop, what is kept, delete), what the page says
where Telegram's words would not be true, and due consultations offered when the page opens."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiosqlite
import pytest
import pytest_asyncio

from bot.channels.web.context import CONTEXT
from storage import outbox
from tests.bot.channels.web.world import FormClient, Page, WebWorld, build_world, close_world


@pytest_asyncio.fixture
async def bare(tmp_path: Path) -> AsyncIterator[WebWorld]:
    """The child with no consultation open."""
    built = await build_world(tmp_path, survey=None)
    try:
        yield built
    finally:
        await close_world(built)


CONTROLS = (
    "I want to talk to someone",
    "Stop — no more questions",
    "What hearme keeps about me",
    "Delete my answers",
)


async def _open(world: WebWorld, child: FormClient) -> Page:
    await child.get(await world.new_link())
    return await child.choose_pin("4829")


def _controls(page: Page) -> list[str]:
    found = re.search(
        r'<section class="controls" aria-labelledby="([^"]+)">(.*?)</section>', page.html, re.S
    )
    assert found is not None, "the controls are a labelled region"
    assert f'id="{found.group(1)}"' in found.group(2), "the region is named by its heading"
    return re.findall(
        r'<button type="submit" name="data" value="/[a-z]+">([^<]+)</button>', found.group(2)
    )


async def test_every_question_page_shows_the_four_tools_plainly(
    world: WebWorld, child: FormClient
) -> None:
    page = await _open(world, child)
    assert _controls(page) == list(CONTROLS)
    assert "Your choices, at any time" in page.text()
    page = await child.press("Happy")
    assert _controls(page) == list(CONTROLS)


async def test_stop_means_no_more_questions_until_the_child_carries_on(
    world: WebWorld, child: FormClient
) -> None:
    link = await world.new_link()
    await child.get(link)
    await child.choose_pin("4829")
    await child.press("Happy")
    page = await child.press("Stop — no more questions")
    assert "OK, no more questions" in page.text() and "/start" not in page.text()
    assert "Do you feel safe" not in page.text()
    assert 'action="/say"' not in page.html
    assert world.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is not None

    # Another visit remembers it: no questions are put to the child.
    async with FormClient(world.base_url) as later:
        await later.get(link)
        page = await later.enter_pin("4829")
        assert "OK, no more questions" in page.text() and "Do you feel safe" not in page.text()
        page = await later.press("Carry on")
        assert "Do you feel safe where you live?" in page.text()
    assert world.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is None
    answers = world.rows("SELECT question_id FROM answers")
    assert [a["question_id"] for a in answers] == ["home"]


async def test_typing_slash_stop_is_an_answer_not_a_command(
    world: WebWorld, child: FormClient
) -> None:
    await _open(world, child)
    for _ in range(13):
        page = await child.press("Skip")
    assert "anything else you want your IRO to know" in page.text()
    page = await child.say("/stop")
    assert "Who can hear what you wrote?" in page.text()
    await child.press("Just for my IRO")
    [answer] = world.rows("SELECT kind, text FROM answers WHERE question_id = 'for_iro'")
    assert answer["kind"] == "text"
    assert world.services.db.cipher.decrypt(answer["text"]) == "/stop"
    assert world.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is None


async def test_what_is_kept_is_told_in_web_words_then_the_question_again(
    world: WebWorld, child: FormClient
) -> None:
    await _open(world, child)
    await child.press("Happy")
    page = await child.press("What hearme keeps about me")
    text = page.text()
    assert "What hearme keeps about you" in text and "your answers (1 so far)" in text
    assert "/delete" not in text and "“Delete my answers” asks" in text
    assert "Do you feel safe where you live?" in text


async def test_delete_is_confirmed_kindly_then_the_admins_are_told(
    world: WebWorld, child: FormClient
) -> None:
    await _open(world, child)
    page = await child.press("Delete my answers")
    assert "Do you want to ask for your answers to be deleted?" in page.text()
    assert "It is fine to keep your answers, too." in page.text()
    page = await child.press("No, keep my answers")
    assert "your answers are kept" in page.text() and "How are things at home" in page.text()
    assert world.rows("SELECT erasure_requested_at FROM children")[0][0] is None

    await child.press("Delete my answers")
    page = await child.press("Yes, ask to delete them")
    assert "passed your request to an admin" in page.text()
    assert "This page won't ask you new questions meanwhile" in page.text()
    assert "/talk" not in page.text()
    assert world.rows("SELECT erasure_requested_at FROM children")[0][0] is not None
    assert world.rows("SELECT action FROM audit_log WHERE action = 'child.erasure_requested'")
    assert world.erasures_notified == [world.child_id]
    assert world.rows("SELECT * FROM outbox WHERE kind = 'erasure_notice'") == []
    assert world.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is not None


async def test_without_a_staff_channel_the_deletion_request_waits_in_the_outbox(
    world: WebWorld, child: FormClient
) -> None:
    world.runner.app[CONTEXT].notify_erasure = None
    await _open(world, child)
    await child.press("Delete my answers")
    await child.press("Yes, ask to delete them")
    rows = world.rows("SELECT kind, status, child_id FROM outbox")
    assert [tuple(r) for r in rows] == [("erasure_notice", "pending", world.child_id)]


async def test_talk_to_someone_alerts_a_person(world: WebWorld, child: FormClient) -> None:
    await _open(world, child)
    page = await child.press("I want to talk to someone")
    [alert] = world.rows("SELECT id, kind, source FROM alerts")
    assert (alert["kind"], alert["source"]) == ("talk", "talk")
    assert world.notified == [alert["id"]]
    assert "How are things at home" in page.text()


async def test_a_question_that_takes_voice_notes_says_to_type_here(
    world: WebWorld, child: FormClient
) -> None:
    page = await _open(world, child)
    assert "On this page you can type your answer" not in page.text()
    for _ in range(13):
        page = await child.press("Skip")
    assert "Is there anything else you want your IRO to know?" in page.text()
    assert "voice note" not in page.text()  # only Telegram takes them: the page never offers
    assert "On this page you can type your answer." in page.text()
    assert 'aria-describedby="text-hint"' in page.html


async def test_with_nothing_due_the_page_says_what_is_true_on_the_web(bare: WebWorld) -> None:
    world = bare
    async with FormClient(world.base_url) as child:
        page = await _open(world, child)
        text = page.text()
        assert "Nothing to answer right now, Sam" in text
        assert "you will find them here when you open your link again" in text
        assert "/help" not in text and "message you" not in text


async def _plan_offer(world: WebWorld, due_at: datetime) -> None:
    async with world.services.db.transaction() as conn:
        await outbox.plan(
            conn,
            kind="offer",
            due_at=due_at,
            dedupe_key="offer:my_review:test",
            child_id=world.child_id,
            payload={"definition_id": "my_review", "review_id": None},
        )


async def test_a_due_consultation_is_offered_when_the_page_opens(bare: WebWorld) -> None:
    world = bare
    async with FormClient(world.base_url) as child:
        page = await _open(world, child)
        assert "Nothing to answer right now" in page.text()
        await _plan_offer(world, world.clock() + timedelta(minutes=5))
        world.clock.advance(minutes=6)
        page = await child.get("/")
        assert "How are things at home" in page.text() and "Hi Sam!" in page.text()
        [run] = world.rows("SELECT id, definition_id, status FROM runs")
        assert (run["definition_id"], run["status"]) == ("my_review", "sent")
        [row] = world.rows("SELECT status, run_id, payload FROM outbox WHERE kind = 'offer'")
        assert (row["status"], row["run_id"]) == ("sent", run["id"])
        assert json.loads(row["payload"])["definition_id"] == "my_review"


async def test_an_offer_held_by_quiet_hours_is_offered_when_the_child_opens_the_page(
    bare: WebWorld,
) -> None:
    world = bare
    world.clock.now = datetime(2026, 3, 11, 21, 30, tzinfo=UTC)  # quiet hours in London
    await _plan_offer(world, datetime(2026, 3, 12, 8, 0, tzinfo=UTC))
    async with FormClient(world.base_url) as child:
        page = await _open(world, child)
        assert "How are things at home" in page.text()
        assert world.rows("SELECT status FROM outbox WHERE kind = 'offer'")[0][0] == "sent"


async def test_a_stopped_page_is_offered_nothing_new(bare: WebWorld) -> None:
    world = bare
    async with FormClient(world.base_url) as child:
        await _open(world, child)
        await child.press("Stop — no more questions")
        await _plan_offer(world, world.clock())
        page = await child.get("/")
        assert "OK, no more questions" in page.text() and "How are things" not in page.text()
        assert world.rows("SELECT * FROM runs") == []


class Transactions:
    """Every transaction the database commits, as the SQL statements it ran (SQLite's own trace
    of the one writer connection)."""

    def __init__(self, world: WebWorld) -> None:
        self.committed: list[list[str]] = []
        self._real = world.services.db.transaction

    @asynccontextmanager
    async def transaction(self, **options: bool) -> AsyncIterator[aiosqlite.Connection]:
        statements: list[str] = []
        async with self._real(**options) as conn:
            await conn.set_trace_callback(statements.append)
            try:
                yield conn
            finally:
                await conn.set_trace_callback(None)
        self.committed.append(statements)

    def turns(self) -> list[list[str]]:
        """The commits other than the visit's own bookkeeping (its session row); a transaction
        that ran nothing still counts: it is a commit of its own."""
        return [t for t in self.committed if not t or any("web_sessions" not in s for s in t)]


async def test_stop_and_delete_commit_with_the_page_mark_in_one_transaction(
    world: WebWorld, child: FormClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _open(world, child)
    await child.press("Happy")
    seen = Transactions(world)
    monkeypatch.setattr(world.services.db, "transaction", seen.transaction)

    page = await child.press("Stop — no more questions")
    assert "OK, no more questions" in page.text()
    # The stop command's own work (the child's runs read for the turn) and the page's mark.
    # One commit for the stop command and the page's mark (before: one each).
    [stop] = seen.turns()
    assert any("UPDATE web_access SET stopped_at" in s for s in stop), stop
    assert world.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is not None

    seen.committed.clear()
    await child.press("Carry on")
    [carry_on] = seen.turns()
    assert any("UPDATE web_access SET stopped_at = NULL" in s for s in carry_on), carry_on
    assert world.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is None

    await child.press("Delete my answers")
    seen.committed.clear()
    page = await child.press("Yes, ask to delete them")
    assert "passed your request to an admin" in page.text()
    [both] = seen.turns()
    assert any("erasure_requested_at" in s for s in both), both
    assert any("UPDATE web_access SET stopped_at" in s for s in both), both
    assert world.rows("SELECT erasure_requested_at FROM children")[0][0] is not None
    assert world.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is not None


async def test_a_stop_whose_command_fails_leaves_the_page_unstopped(
    world: WebWorld, child: FormClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.conversation import service

    await _open(world, child)
    await child.press("Happy")

    async def failing(self: object, name: str) -> None:
        raise RuntimeError(f"the {name} command failed")

    # The page's mark is written first; the command that follows it in the turn then fails.
    monkeypatch.setattr(service._Turn, "command", failing)
    page = await child.press("Stop — no more questions")
    assert page.status == 500 and "OK, no more questions" not in page.text()
    assert world.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is None
    monkeypatch.undo()
    # Still answering: the question and the four tools, not the stopped page.
    page = await child.get("/")
    assert "OK, no more questions" not in page.text() and _controls(page) == list(CONTROLS)


async def test_a_delete_whose_request_fails_changes_nothing(
    world: WebWorld, child: FormClient
) -> None:
    await _open(world, child)
    await child.press("Delete my answers")
    audit_before = world.rows("SELECT COUNT(*) FROM audit_log")[0][0]
    # The database refuses the request's own statement, which comes after the page's mark.
    conn = sqlite3.connect(world.db_path)
    try:
        conn.execute(
            "CREATE TRIGGER refuse_erasure BEFORE UPDATE OF erasure_requested_at ON children "
            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
        )
        conn.commit()
    finally:
        conn.close()
    page = await child.press("Yes, ask to delete them")
    assert page.status == 500 and "passed your request to an admin" not in page.text()
    assert world.rows("SELECT stopped_at FROM web_access")[0]["stopped_at"] is None
    assert world.rows("SELECT erasure_requested_at FROM children")[0][0] is None
    assert world.rows("SELECT COUNT(*) FROM audit_log")[0][0] == audit_before
    assert world.erasures_notified == []
