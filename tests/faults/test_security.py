"""Security: guessing is limited, forged buttons touch nothing, staff see only what their role
allows, every view and export is audit-logged, and children's words reach neither the logs,
nor the database file in plain text, nor anything outside the council (report HTML)."""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest

from bot.channels.web.server import bound_port, start_web
from bot.conversation.consultation import prompt_token
from bot.conversation.messages import say
from bot.staff import commands as staff_commands
from tests.faults.council import REPO, add_review
from tests.faults.figures import note
from tests.support.telegram import BotWorld, Player, skip_to

IRO_CHAT, OTHER_IRO_CHAT, PARTICIPATION_CHAT = 2001, 2002, 2003
MINE_CHAT, THEIRS_CHAT = 1001, 1002
# Words no report, log or file may hold in the clear (they appear only in children's answers).
SECRET_WORDS = ("Xanthelasma harbour", "Quokkaberry lantern", "Snorkelwhistle attic")
NAMESPACE = re.compile(r"""xmlns(?::\w+)?\s*=\s*["'][^"']*["']""")
OUR_LOGGERS = frozenset({"bot", "storage", "reports", "surveys"})
URL = re.compile(r"""(?:https?:)?//[^\s"'<>)]+|@import|\bsrc\s*=|url\(\s*['"]?(?!data:|#)""", re.I)


async def _council(world: BotWorld) -> dict[str, int]:
    ids = {
        "iro": await world.add_staff("IRO01", "Alice Reviewer", "iro"),
        "other_iro": await world.add_staff("IRO02", "Bob Reviewer", "iro"),
        "participation": await world.add_staff("PART01", "Pat Participation", "participation"),
    }
    for key, chat in (
        ("iro", IRO_CHAT),
        ("other_iro", OTHER_IRO_CHAT),
        ("participation", PARTICIPATION_CHAT),
    ):
        await world.enrol_staff(ids[key], chat)
    ids["mine"] = await world.add_child("C001", "Jordanna", date(2008, 6, 1), iro_id=ids["iro"])
    ids["theirs"] = await world.add_child(
        "C002", "Kaiserin", date(2008, 9, 9), iro_id=ids["other_iro"]
    )
    return ids


async def _answer_in_words(world: BotWorld, player: Player, run_id: int, text: str) -> None:
    await skip_to(world, player, run_id, "anything_else_about_iro")
    await player.send(text)


async def test_invite_guessing_is_silenced(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        child = await world.add_child("C1", "Jordanna", date(2008, 6, 1))
        guesser = world.chat(3001)
        answers = [await guesser.send(f"/start {secrets.token_urlsafe(12)}") for _ in range(12)]
        limit = world.settings.wrong_codes_limit
        bad = say("bad_code", "en")
        assert all([m.text for m in a] == [bad] for a in answers[:limit])
        assert all(a == [] for a in answers[limit:]), "guessing went on being answered"
        # Even the right code does nothing while the chat is silenced.
        code = await world.invite("child", child_id=child)
        assert await guesser.send(f"/start {code}") == []
        assert await world.query("SELECT * FROM chats") == []
        assert await guesser.send("hello") == []
    note("4a guessing", f"security: invite guessing silenced after {limit} wrong codes")


async def test_web_link_guessing_is_limited(tmp_path: Path) -> None:
    async with BotWorld(tmp_path, run_bot=False) as world:
        runner = await start_web(world.services, port=0)
        try:
            base = f"http://127.0.0.1:{bound_port(runner)}"
            statuses = []
            async with aiohttp.ClientSession() as client:
                for _ in range(60):
                    code = secrets.token_urlsafe(16)
                    async with client.get(f"{base}/c/{code}", allow_redirects=False) as response:
                        statuses.append(response.status)
        finally:
            await runner.cleanup()
        assert 200 not in statuses and 302 not in statuses
        refused_before_limit = statuses.index(429)
        assert refused_before_limit <= 30 and set(statuses[refused_before_limit:]) == {429}
        assert await world.query("SELECT * FROM web_sessions") == []


async def test_a_forged_button_cannot_touch_another_childs_run(tmp_path: Path) -> None:
    async with BotWorld(tmp_path) as world:
        ids = await _council(world)
        their_run = await world.offer(ids["theirs"], "my_review")
        await world.offer(ids["mine"], "my_review")
        mine = await world.enrol_child(ids["mine"], MINE_CHAT)
        before = await world.state_of(their_run)
        token = prompt_token(their_run, await world.prompt_of(their_run))
        for index in range(12):
            replies = await mine.press(
                mine.last_prompt().message_id, f"{their_run}.{token}.{index}"
            )
            assert replies[0].text == say("moved_on", "en")
            assert all("Kaiserin" not in m.text for m in replies)
            assert all(
                d.startswith(f"{their_run}.") is False for m in replies for d in m.button_data
            )
        assert (await world.state_of(their_run)) == before
        assert await world.query("SELECT * FROM answers WHERE run_id = ?", their_run) == []


async def test_staff_see_only_what_their_role_allows_and_every_look_is_audited(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path, extra=(staff_commands.register,)) as world:
        ids = await _council(world)
        now = world.clock()
        run = await world.offer(ids["theirs"], "tell_us_more")
        kai = await world.enrol_child(ids["theirs"], THEIRS_CHAT)
        await _answer_in_words(world, kai, run, "my foster dad hits me")
        # Added after enrolling: a child who enrols while My Review is due is offered it then.
        theirs_review = await add_review(world, ids["theirs"], now + timedelta(days=3))
        await add_review(world, ids["mine"], now + timedelta(days=3))
        [alert] = await world.query("SELECT id FROM alerts")
        iro, officer = world.chat(IRO_CHAT), world.chat(PARTICIPATION_CHAT)

        leaked = []
        for player, command in (
            (iro, "/views C002"),
            (iro, "/held C002"),
            (iro, "/upcoming"),
            (iro, "/report"),
            (officer, "/views C002"),
            (officer, "/views C001"),
            (officer, "/held C002"),
            (officer, "/upcoming"),
            (officer, "/report"),
        ):
            for message in await player.send(command):
                if "Kaiserin" in message.text or (player is officer and "Jordanna" in message.text):
                    leaked.append((command, message.text))
                assert message.kind == "text", f"{command} sent a document"
        for data in (f"held:{theirs_review}", f"ack:{alert['id']}", f"pr:{theirs_review}:PN1"):
            replies = await iro.press(1, data)
            leaked += [(data, m.text) for m in replies if "Kaiserin" in m.text]
        assert leaked == []
        held = await world.query("SELECT held FROM reviews WHERE id = ?", theirs_review)
        assert held[0]["held"] == 0
        acked = await world.query("SELECT acknowledged_at FROM alerts")
        assert acked[0]["acknowledged_at"] is None

        # Their own child: the view is shown and audit-logged.
        await iro.send("/views C001")
        await officer.send("/report")
        actions = await world.query("SELECT actor, action, child_id FROM audit_log")
        logged = {(r["actor"], r["action"], r["child_id"]) for r in actions}
        assert ("staff:IRO01", "views", ids["mine"]) in logged
        assert ("staff:PART01", "report.participation", None) in logged
        assert not any(
            r["child_id"] == ids["theirs"] and r["actor"] == "staff:IRO01" for r in actions
        )


def _hearme(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "HEARME_DB": str(tmp / "hearme.db"),
        "HEARME_DATA_KEY": str(tmp / "hearme.key"),
    }
    return subprocess.run(
        [str(Path(sys.executable).with_name("hearme")), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def test_a_whole_session_leaves_no_words_in_logs_files_or_reports(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with BotWorld(tmp_path, extra=(staff_commands.register,)) as world:
        ids = await _council(world)
        runs = [await world.offer(ids["mine"], "tell_us_more")]
        jordanna = await world.enrol_child(ids["mine"], MINE_CHAT)
        await skip_to(world, jordanna, runs[0], "anything_else_about_iro")
        await jordanna.send(f"{SECRET_WORDS[0]} is what I think about")
        await jordanna.send(f"{SECRET_WORDS[1]} would be better")
        # Added after enrolling: a child who enrols while My Review is due is offered it then.
        await add_review(world, ids["mine"], world.clock() + timedelta(days=3))
        await jordanna.send("/talk")
        await jordanna.send(f"{SECRET_WORDS[2]} and he hits me")
        await world.chat(IRO_CHAT).send("/views C001")
        await world.chat(PARTICIPATION_CHAT).send("/report")
    words = [w.lower() for w in SECRET_WORDS]
    in_logs = _logged_words(caplog.records, words, ours=True)
    assert in_logs == [], f"children's words were logged by {in_logs}"
    files = [p for p in tmp_path.iterdir() if p.name.startswith("hearme.db")]
    for path in files:
        raw = path.read_bytes().lower()
        assert not any(w.encode() in raw for w in words), f"plain words in {path.name}"

    today = datetime.now(UTC).date()
    outputs = {}
    for name, args in {
        "views.html": ("views", "C001", "--for", "IRO01"),
        "participation.html": ("report", "participation"),
        "satisfaction.html": ("report", "satisfaction"),
        "feedback.html": ("report", "feedback"),
        "participation.json": ("report", "participation", "--format", "json"),
        "satisfaction.csv": ("report", "satisfaction", "--format", "csv"),
    }.items():
        extra = ("--from", "2025-04-01", "--to", (today + timedelta(days=400)).isoformat())
        full = (*args, "--out", str(tmp_path / name)) + (extra if args[0] == "report" else ())
        done = _hearme(tmp_path, *full)
        assert done.returncode == 0, done.stderr
        outputs[name] = (tmp_path / name).read_text(encoding="utf-8")
    for name, text in outputs.items():
        if name.endswith(".html"):
            # An SVG namespace is a name, not a request.
            loads = URL.findall(NAMESPACE.sub("", text))
            assert loads == [], f"{name} would load {loads[:3]}"
        if name != "views.html":
            assert "Jordanna" not in text and "Kaiserin" not in text, f"a name in {name}"
            assert "C001" not in text and "C002" not in text, f"a reference in {name}"
    assert "Jordanna" in outputs["views.html"]  # the IRO's own page does name the child
    audit = sqlite_rows(tmp_path / "hearme.db", "SELECT actor, action FROM audit_log")
    actions = [a for _, a in audit]
    assert actions.count("views") >= 2  # the bot's /views and the command line's
    for kind in ("participation", "satisfaction", "feedback"):
        assert any(kind in a for a in actions), f"report {kind} not audit-logged: {actions}"
    note(
        "4b leaks",
        f"security: {len(caplog.records)} DEBUG log records, {len(files)} database files and "
        f"{len(outputs)} reports checked: no child's words, no names, no external URL",
    )


def _logged_words(records: list[logging.LogRecord], words: list[str], *, ours: bool) -> list[str]:
    """Names of the loggers whose records hold any of ``words`` (only hearme's, if ``ours``)."""
    return [
        r.name
        for r in records
        if (not ours or r.name.split(".")[0] in OUR_LOGGERS)
        and any(w in r.getMessage().lower() for w in words)
    ]


async def test_no_logger_at_all_repeats_a_childs_words_at_debug(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with BotWorld(tmp_path) as world:
        child = await world.add_child("C1", "Jordanna", date(2008, 6, 1))
        run = await world.offer(child, "tell_us_more")
        player = await world.enrol_child(child, MINE_CHAT)
        await _answer_in_words(world, player, run, SECRET_WORDS[0])
        token = world.api.token
    assert _logged_words(caplog.records, [SECRET_WORDS[0].lower()], ours=False) == []
    # httpx logs request URLs at INFO, and a Bot API URL holds the token.
    assert _logged_words(caplog.records, [token.lower()], ours=False) == []


def sqlite_rows(path: Path, sql: str) -> list[tuple[str, str]]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return [tuple(row) for row in conn.execute(sql).fetchall()]
    finally:
        conn.close()


def test_report_json_has_no_names_field(tmp_path: Path) -> None:
    done = _hearme(tmp_path, "init")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "r.json"
    done = _hearme(tmp_path, "report", "participation", "--format", "json", "--out", str(out))
    assert done.returncode == 0, done.stderr
    keys: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            keys.update(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(out.read_text(encoding="utf-8")))
    assert not keys & {"name", "first_name", "child_ref", "date_of_birth"}
