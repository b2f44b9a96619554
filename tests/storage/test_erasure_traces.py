"""Erasure checked against the whole schema, as a DPO would check it.

A 16-year-old uses the Telegram bot (a mistyped code first, then enrolment, answers, a request
to talk) and the web page (a link, a PIN, words typed there). After `hearme child erase`, no
table read from the database itself (``sqlite_master``, not a hand-kept list) holds their name,
reference, date of birth, chat id or words, decrypting every encrypted value to look; nor does
the raw file, its ``-wal``, or a backup taken with `hearme backup`.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from bot.channels.web.links import create_web_link
from bot.channels.web.server import bound_port, start_web
from storage.crypto import Cipher, DataKeyError, load_cipher
from tests.bot.channels.web.world import FormClient
from tests.storage.conftest import Cli
from tests.support.telegram import BotWorld, skip_to

REF, NAME, BORN, CHAT = "C0042", "Roswitha", date(2009, 7, 15), 7_700_123_456
TELEGRAM_WORDS = "purple elephants sing at my school"
WEB_WORDS = "my nan makes the best crumble"


def _needles() -> dict[str, str]:
    return {
        "name": NAME,
        "reference": REF,
        "date of birth": BORN.isoformat(),
        "chat id": str(CHAT),
        "words typed in Telegram": TELEGRAM_WORDS,
        "words typed on the web page": WEB_WORDS,
    }


def traces_in_schema(path: Path, cipher: Cipher) -> list[str]:
    """Every ``table.column`` holding one of the needles, read as the database describes itself.

    Encrypted values are decrypted first; an integer column matches the chat id exactly.
    """
    found = []
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        assert {"children", "audit_log", "failed_codes", "web_sessions"} <= set(tables)
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for column, value in zip(columns, row, strict=True):
                    for what in _matches(value, cipher):
                        found.append(f"{table}.{column}: {what}")
    finally:
        conn.close()
    return sorted(set(found))


def _matches(value: object, cipher: Cipher) -> list[str]:
    if value is None:
        return []
    if isinstance(value, int):
        return ["chat id"] if value == CHAT else []
    if isinstance(value, bytes):
        try:
            text = cipher.decrypt(value)
        except DataKeyError:
            text = value.decode("latin-1")
    else:
        text = str(value)
    return [what for what, needle in _needles().items() if needle.lower() in text.lower()]


def traces_in_files(*paths: Path) -> list[str]:
    """Which needles the raw bytes of these files hold, by file name."""
    found = []
    for path in paths:
        if not path.exists():
            continue
        raw = path.read_bytes().lower()
        for what, needle in _needles().items():
            if needle.lower().encode("utf-8") in raw:
                found.append(f"{path.name}: {what}")
    return found


async def _use_telegram_and_the_web(world: BotWorld) -> None:
    iro = await world.add_staff("IRO1", "Priya Shah", "iro")
    child = await world.add_child(REF, NAME, BORN, iro_id=iro)
    await world.chat(CHAT).send("/start NOTACODE42")  # mistyped first: a failed code
    player = await world.enrol_child(child, CHAT)
    run_id = await world.offer(child, "my_review")
    await player.send("/start")
    await skip_to(world, player, run_id, "for_iro")
    await player.send(TELEGRAM_WORDS)
    await player.tap("OK to talk about at my meeting")
    await player.tap("Send")
    await player.send("/talk")
    feedback = await world.offer(child, "after_my_review")

    runner = await start_web(world.services, port=0)
    try:
        base = f"http://127.0.0.1:{bound_port(runner)}"
        world.services.settings = world.services.settings.model_copy(update={"public_url": base})
        url, _png = await create_web_link(world.services, REF, now=world.clock())
        async with FormClient(base) as browser:
            await browser.get(url)
            page = await browser.choose_pin("4829")
            page = await browser.press(page.buttons()[0][0])  # yes, I was at my meeting
            await browser.press(page.buttons()[0][0])  # how it went: the first colour
            await browser.say(WEB_WORDS)  # what made it go that way
    finally:
        await runner.cleanup()
    [answer] = await world.query(
        "SELECT text FROM answers WHERE run_id = ? AND question_id = 'how_it_went_why'", feedback
    )
    assert world.db.cipher.decrypt(answer["text"]) == WEB_WORDS


async def test_erasure_leaves_no_trace_anywhere_in_the_schema_or_the_files(
    tmp_path: Path,
) -> None:
    async with BotWorld(tmp_path) as world:
        await _use_telegram_and_the_web(world)
    cli = Cli(tmp_path / "hearme.db", tmp_path / "hearme.key")
    cipher = load_cipher(cli.key)
    before = traces_in_schema(cli.db, cipher)
    # The search finds what it looks for: everything is there before erasure.
    for what in _needles():
        assert any(line.endswith(what) for line in before), (what, before)

    erased = cli("child", "erase", REF, "--yes")
    assert erased.returncode == 0, erased.stderr
    backup = tmp_path / "after-erasure.backup"
    assert cli("backup", str(backup)).returncode == 0

    assert traces_in_schema(cli.db, cipher) == []
    assert traces_in_schema(backup, cipher) == []
    wal = cli.db.with_name(cli.db.name + "-wal")
    assert traces_in_files(cli.db, wal, backup) == []
    # What the figures need stays, on a stub with no identity.
    with sqlite3.connect(cli.db) as conn:
        stub = conn.execute("SELECT child_ref, status FROM children").fetchall()
        actors = {row[0] for row in conn.execute("SELECT actor FROM audit_log")}
    assert stub == [("erased-1", "erased")]
    assert "child:erased-1" in actors
