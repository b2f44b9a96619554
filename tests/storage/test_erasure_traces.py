"""Erasure checked against the whole schema, as a DPO would check it.

A 16-year-old uses the Telegram bot (a mistyped code first, then enrolment, answers, a request
to talk) and the web page (a link, a PIN, words typed there). After `hearme child erase`, no
table read from the database itself (``sqlite_master``, or PostgreSQL's catalogue; not a
hand-kept list) holds their name, reference, date of birth, chat id or words, decrypting every
encrypted value to look; nor does the raw file, its ``-wal``, or a backup taken with
`hearme backup` (on PostgreSQL: the database's files in the server's folder, and a `pg_dump`).
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

from bot.channels.web.links import create_web_link
from bot.channels.web.server import bound_port, start_web
from storage.crypto import Cipher, DataKeyError, load_cipher
from storage.send_pace import SharedPace, chat_pace
from tests.bot.channels.web.world import FormClient
from tests.storage.conftest import Cli
from tests.support.postgres import bin_dir as postgres_bin
from tests.support.postgres import connect, raw_bytes
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


_TABLES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    "postgresql": "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
    "ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()",
}


def traces_in_schema(target: Path | str, cipher: Cipher) -> list[str]:
    """Every ``table.column`` holding one of the needles, read as the database describes itself.

    Encrypted values are decrypted first; an integer column matches the chat id exactly.
    """
    found = []
    with connect(target) as conn:
        engine = "postgresql" if isinstance(target, str) else "sqlite"
        tables = [row[0] for row in conn.execute(_TABLES[engine])]
        assert {"children", "audit_log", "failed_codes", "web_sessions"} <= set(tables)
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [column[0] for column in cursor.description or ()]
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    for what in _matches(value, cipher):
                        found.append(f"{table}.{column}: {what}")
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


def traces_in_files(*paths: Path | str) -> list[str]:
    """Which needles the raw bytes of these files hold, by file name (for a PostgreSQL URL,
    every file of that database in the server's folder)."""
    found = []
    for path in paths:
        if isinstance(path, str):
            raw, name = raw_bytes(path).lower(), "the PostgreSQL database's files"
        elif not path.exists():
            continue
        else:
            raw, name = path.read_bytes().lower(), path.name
        for what, needle in _needles().items():
            if needle.lower().encode("utf-8") in raw:
                found.append(f"{name}: {what}")
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
    if isinstance(world.db_target, str):  # a fleet paces each chat in the database
        pace = await SharedPace.connect(world.db_target)
        try:
            await pace.take(chat_pace(CHAT), step=1.0, burst=1, queue=True)
        finally:
            await pace.close()

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


def _backup(cli: Cli, to: Path) -> None:
    """`hearme backup`, or on PostgreSQL the `pg_dump` hearme's backup command points to."""
    if isinstance(cli.db, Path):
        assert cli("backup", str(to)).returncode == 0
        return
    refused = cli("backup", str(to))
    assert refused.returncode != 0 and "pg_dump --format=custom" in refused.stderr
    pg_dump = Path(shutil.which("pg_dump") or postgres_bin() / "pg_dump")
    subprocess.run([str(pg_dump), f"--file={to}", cli.db], check=True, timeout=120)


async def test_erasure_leaves_no_trace_anywhere_in_the_schema_or_the_files(
    tmp_path: Path, target: Path | str
) -> None:
    database = target if isinstance(target, str) else None
    async with BotWorld(tmp_path, database=database) as world:
        await _use_telegram_and_the_web(world)
    cli = Cli(target, tmp_path / "hearme.key")
    cipher = load_cipher(cli.key)
    before = traces_in_schema(cli.db, cipher)
    # The search finds what it looks for: everything is there before erasure.
    for what in _needles():
        assert any(line.endswith(what) for line in before), (what, before)

    erased = cli("child", "erase", REF, "--yes")
    assert erased.returncode == 0, erased.stderr
    backup = tmp_path / "after-erasure.backup"
    _backup(cli, backup)

    assert traces_in_schema(cli.db, cipher) == []
    if isinstance(cli.db, Path):
        assert traces_in_schema(backup, cipher) == []
        wal = cli.db.with_name(cli.db.name + "-wal")
        assert traces_in_files(cli.db, wal, backup) == []
    else:  # a dump is SQL text: what it holds is in its bytes
        assert traces_in_files(cli.db, backup) == []
    # What the figures need stays, on a stub with no identity.
    with connect(cli.db) as conn:
        stub = conn.execute("SELECT child_ref, status FROM children").fetchall()
        actors = {row[0] for row in conn.execute("SELECT actor FROM audit_log")}
    assert stub == [("erased-1", "erased")]
    assert "child:erased-1" in actors
