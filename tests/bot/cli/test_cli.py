"""The commands as a person runs them: ``hearme run`` (stopped with SIGTERM), ``hearme invite``,
``hearme invite-staff`` and ``hearme campaign``, each a real subprocess on a real database."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from hearme_dev.sandbox import FakeBotApi
from storage import children, invites
from storage.crypto import create_key_file, load_cipher
from storage.db import Database
from surveys.bands import age_on
from tests.support.council import IRO_CHAT, seed_council

HEARME = [sys.executable, "-c", "from bot.cli import main; main()"]


async def make_database(tmp_path: Path) -> dict[str, str]:
    key = tmp_path / "hearme.key"
    create_key_file(key)
    db = await Database.open(tmp_path / "hearme.db", cipher=load_cipher(key))
    try:
        await seed_council(db)
        async with db.transaction() as conn:
            await children.upsert_child(
                conn,
                child_ref="C004",
                first_name="Zoe",
                date_of_birth=date(2016, 1, 5),
                iro_id=None,
                now=datetime.now(UTC),
            )
    finally:
        await db.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HEARME_"))}
    env.update(HEARME_DB=str(tmp_path / "hearme.db"), HEARME_DATA_KEY=str(key))
    return env


async def hearme(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        *HEARME,
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        # Bounds only a command that hangs; a loaded machine may take a minute to start one.
        out, err = await asyncio.wait_for(process.communicate(), 240)
    except TimeoutError:
        process.kill()  # not left running into the next test
        await process.wait()
        raise
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_run_serves_staff_commands_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    db = await Database.open(
        Path(env["HEARME_DB"]), cipher=load_cipher(Path(env["HEARME_DATA_KEY"]))
    )
    async with db.transaction() as conn:  # nobody on duty has enrolled a chat yet
        await conn.execute("UPDATE staff SET chat_id = NULL WHERE role = 'duty'")
    await db.close()
    async with FakeBotApi() as api:
        env.update(TELEGRAM_BOT_TOKEN=api.token, PTB_TIMEDELTA="1")
        process = await asyncio.create_subprocess_exec(
            *HEARME,
            "run",
            "--api-url",
            api.base_url,
            "--no-web",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            assert process.stdout is not None
            line = await asyncio.wait_for(process.stdout.readline(), 120)
            assert b"@hearme_test_bot is running" in line, line
            warning = await asyncio.wait_for(process.stdout.readline(), 120)
            assert warning.startswith(b"Warning: no duty staff chat is enrolled"), warning
            await api.send_text(IRO_CHAT, "/upcoming")
            answer = await api.wait_for(IRO_CHAT, timeout=15)
            assert answer.text == "No upcoming reviews."
        finally:
            process.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
    assert "hearme stopped." in out.decode()
    assert api.token not in out.decode() + err.decode(), "the token never reaches the output"


async def test_run_without_a_token_or_database_says_what_to_set(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    code, _, err = await hearme(env, "run", "--no-web")
    assert code != 0 and "TELEGRAM_BOT_TOKEN is not set" in err
    # The web page alone would take disclosures that reach no member of staff.
    code, out, err = await hearme(env, "run")
    assert code == 1 and "Web page on" not in out
    assert "no way to reach staff is configured" in err
    assert "set TELEGRAM_BOT_TOKEN (Telegram) or HEARME_STAFF_EMAIL__HOST and" in err
    assert "use --no-web to run Telegram only" in err
    env["HEARME_DB"] = str(tmp_path / "missing.db")
    env["TELEGRAM_BOT_TOKEN"] = "1:x"
    code, _, err = await hearme(env, "run", "--no-web")
    assert code != 0 and "run `hearme init` first" in err


async def test_invites_print_single_use_links(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    env["HEARME_BOT_USERNAME"] = "council_hearme_bot"
    code, out, err = await hearme(env, "invite", "C001")
    assert code == 0, err
    assert "own Telegram chat" in out
    [link] = [w for w in out.split() if w.startswith("https://t.me/")]
    assert link.startswith("https://t.me/council_hearme_bot?start=")
    code, out, _ = await hearme(env, "invite", "C002")
    mia = age_on(date(2014, 5, 1), datetime.now(UTC).date())
    assert code == 0 and "Assisted invite" in out and f"C002 is {mia}" in out
    code, out, _ = await hearme(env, "invite-staff", "IRO01")
    assert code == 0 and "Alice Reviewer (iro)" in out
    code, _, err = await hearme(env, "invite", "C999")
    assert code != 0 and "no child 'C999'" in err
    db = await Database.open(tmp_path / "hearme.db")
    try:
        kinds = [
            r["kind"]
            for r in await (
                await db.reader.execute("SELECT kind FROM invites ORDER BY id")
            ).fetchall()
        ]
        assert kinds == ["child", "assisted", "staff"]
        code_hashes = await (await db.reader.execute("SELECT code_hash FROM invites")).fetchall()
        assert invites.code_hash(link.split("start=")[1]) in {r["code_hash"] for r in code_hashes}
    finally:
        await db.close()


async def test_campaign_plans_the_survey_for_enrolled_children_in_range(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    today = datetime.now(UTC).date()
    ages = {
        ref: age_on(born, today)
        for ref, born in (
            ("C001", date(2009, 6, 1)),
            ("C002", date(2014, 5, 1)),
            ("C003", date(2012, 9, 9)),
        )
    }
    # An age range holding the teenager and Kai but not Mia (whatever day the test runs).
    low, high = ages["C003"], ages["C001"]
    assert ages["C002"] < low
    code, out, err = await hearme(env, "campaign", "tell_us_more", "--ages", f"{low}-{high}")
    assert code == 0, err
    assert f"2 children aged {low}-{high}" in out
    again = await hearme(env, "campaign", "tell_us_more", "--ages", f"{low}-{high}")
    assert "0 children" in again[1], "a second campaign the same day adds nothing"
    db = await Database.open(tmp_path / "hearme.db")
    try:
        cursor = await db.reader.execute(
            "SELECT o.child_id, c.child_ref, o.payload FROM outbox o "
            "JOIN children c ON c.id = o.child_id ORDER BY c.child_ref"
        )
        planned = [(r["child_ref"], r["payload"]) for r in await cursor.fetchall()]
    finally:
        await db.close()
    # Jordan and Kai; Mia is younger than the range and Zoe has no chat.
    assert [ref for ref, _ in planned] == ["C001", "C003"]
    assert '"definition_id": "tell_us_more"' in planned[0][1]
    code, _, err = await hearme(env, "campaign", "tell_us_more", "--ages", "eight")
    assert code != 0 and "age range" in err


def with_bot_and_web(env: dict[str, str], api: FakeBotApi, port: int) -> None:
    """``hearme run`` settings for the stand-in Bot API and the web page on ``port``."""
    env.update(
        TELEGRAM_BOT_TOKEN=api.token,
        PTB_TIMEDELTA="1",
        HEARME_WEB_PORT=str(port),
        HEARME_WEB_HOST="127.0.0.1",
    )


async def test_run_with_the_web_port_taken_says_which_setting_to_change(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        async with FakeBotApi() as api:
            with_bot_and_web(env, api, port)
            code, out, err = await hearme(env, "run", "--api-url", api.base_url)
    finally:
        taken.close()
    assert code == 1
    assert f"port {port} is in use: set HEARME_WEB_PORT" in err
    assert "Traceback" not in err and "OSError" not in err
    assert "is running" in out and "Web page on" not in out


async def test_run_serves_the_web_page_on_the_configured_host(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with FakeBotApi() as api:
        with_bot_and_web(env, api, port)
        env["HEARME_PUBLIC_URL"] = "https://voices.example-council.gov.uk"
        process = await asyncio.create_subprocess_exec(
            *HEARME,
            "run",
            "--api-url",
            api.base_url,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            assert process.stdout is not None
            lines = [await asyncio.wait_for(process.stdout.readline(), 120) for _ in range(2)]
            assert b"is running" in lines[0], lines
            assert (
                lines[1]
                == (
                    f"Web page on 127.0.0.1:{port} "
                    "(children open it at https://voices.example-council.gov.uk).\n"
                ).encode()
            ), lines
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            status = await asyncio.wait_for(reader.readline(), 10)
            writer.close()
            assert status.startswith(b"HTTP/1.") and b" 200 " in status, status
        finally:
            process.send_signal(signal.SIGTERM)
            _out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()


async def test_web_invite_without_a_public_url_warns_that_the_link_is_local(
    tmp_path: Path,
) -> None:
    env = await make_database(tmp_path)
    code, out, err = await hearme(
        env, "invite", "C004", "--web", "--qr", str(tmp_path / "card.png")
    )
    assert code == 0, err
    assert "http://127.0.0.1:8080/c/" in out
    assert "HEARME_PUBLIC_URL is not set" in err
    assert "only work on this machine" in err
    env["HEARME_PUBLIC_URL"] = "https://voices.example-council.gov.uk"
    code, out, err = await hearme(
        env, "invite", "C004", "--web", "--qr", str(tmp_path / "card2.png")
    )
    assert code == 0 and "https://voices.example-council.gov.uk/c/" in out
    assert "Warning" not in err
