"""A council with no Telegram: ``hearme run`` serves the children's page and the staff app, and
a disclosure on the page reaches duty by e-mail (a real SMTP server) at once.

"At once" is what keeps it within seconds: the mail goes as the child's words are stored, not
from a later round (the only other mail about an alert is the escalation, after
``alert_escalate_minutes``, under another subject). The test waits for that mail however
slowly a loaded machine sends it, rather than timing the machine."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.channels.web.links import create_web_link
from bot.conversation.consultation import offer
from bot.services import Services
from bot.settings import Settings
from hearme_dev.ports import free_port
from storage import children
from storage.crypto import load_cipher
from storage.db import Database
from surveys.catalogue import load_definitions
from tests.bot.channels.web.world import FormClient
from tests.bot.cli.test_cli import HEARME, hearme, make_database
from tests.staffapp.mailbox import smtp_server

DUTY = "dee.duty@council.example"
WORDS = "my stepdad hits me when mum is out"
# Bounds only a server that never starts or never sends; a slow one is waited for.
PATIENCE = 120.0


async def _offer_and_link(tmp_path: Path, public_url: str) -> str:
    db = await Database.open(tmp_path / "hearme.db", cipher=load_cipher(tmp_path / "hearme.key"))
    try:
        now = datetime.now(UTC)
        settings = Settings(public_url=public_url)
        services = Services(db=db, definitions=load_definitions(), settings=settings)
        child = await children.get_child_by_ref(db.reader, "C004")
        assert child is not None
        await offer(
            services,
            child_id=child.id,
            definition_id="my_review",
            review_id=None,
            now=now,
            closes_at=now + timedelta(days=14),
        )
        url, _png = await create_web_link(services, "C004", now=now)
        return url
    finally:
        await db.close()


async def test_no_staff_channel_at_all_names_the_settings(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    code, out, err = await hearme(env, "run")
    assert code == 1 and "Web page on" not in out
    assert "HEARME_STAFF_EMAIL__HOST" in err and "TELEGRAM_BOT_TOKEN" in err


async def test_without_telegram_a_disclosure_reaches_duty_by_email_at_once(
    tmp_path: Path,
) -> None:
    env = await make_database(tmp_path)
    with sqlite3.connect(tmp_path / "hearme.db") as conn:
        conn.execute("UPDATE staff SET email = ? WHERE staff_ref = 'DUTY01'", (DUTY,))
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    link = await _offer_and_link(tmp_path, public)
    with smtp_server() as mailbox:
        env.update(
            HEARME_WEB_PORT=str(port),
            HEARME_PUBLIC_URL=public,
            HEARME_STAFF_EMAIL__HOST="127.0.0.1",
            HEARME_STAFF_EMAIL__PORT=str(mailbox.port),
            HEARME_STAFF_EMAIL__SECURITY="none",
            HEARME_STAFF_EMAIL__FROM_ADDRESS="hearme@council.example",
        )
        process = await asyncio.create_subprocess_exec(
            *HEARME,
            "run",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            assert process.stdout is not None
            line = await asyncio.wait_for(process.stdout.readline(), PATIENCE)
            assert line.startswith(b"Web page on") and b"/staff" in line, line
            async with FormClient(public) as child:
                await child.get(link)
                await child.choose_pin("4829")
                page = await child.say(WORDS)
                assert "0800 1111" in page.text()
                mails = await asyncio.to_thread(mailbox.wait_for, DUTY, seconds=PATIENCE)
                staff_page = await child.get("/staff/sign-in")
                assert staff_page.status == 200 and "Sign in" in staff_page.text()
        finally:
            process.send_signal(signal.SIGTERM)
            _out, err = await asyncio.wait_for(process.communicate(), PATIENCE)
    assert process.returncode == 0, err.decode()
    (mail,) = mails
    body = mail.get_content()
    # The mail sent at once, not the escalation (the only other mail about an alert).
    assert "new safeguarding alert" in mail["Subject"] and "still waiting" not in mail["Subject"]
    assert f"{public}/staff/alerts" in body
    # No name, no words, no reference in an e-mail.
    for secret in ("Zoe", "C004", "stepdad", "hits"):
        assert secret not in body and secret not in mail["Subject"]
    assert "Zoe" not in err.decode() and "stepdad" not in err.decode()
