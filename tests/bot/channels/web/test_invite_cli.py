"""``hearme invite CHILD_REF --web`` as a council admin runs it: a private link and a QR card."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from tests.bot.cli.test_cli import hearme, make_database


async def test_web_invite_prints_a_private_link_and_writes_the_qr_card(tmp_path: Path) -> None:
    env = await make_database(tmp_path)
    env["HEARME_PUBLIC_URL"] = "https://voices.example-council.gov.uk"
    card = tmp_path / "card.png"

    code, out, err = await hearme(env, "invite", "C004", "--web", "--qr", str(card))

    assert code == 0, err
    link = next(line for line in out.splitlines() if line.startswith("https://"))
    assert link.startswith("https://voices.example-council.gov.uk/c/")
    token = link.rsplit("/", 1)[1]
    assert len(token) >= 22  # at least 128 random bits
    assert card.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert card.stat().st_mode & 0o077 == 0, "the card holds a private link: owner-only"
    with sqlite3.connect(tmp_path / "hearme.db") as conn:
        rows = conn.execute("SELECT kind, code_hash FROM invites").fetchall()
    assert rows == [("web", hashlib.sha256(token.encode()).hexdigest())]
    assert token.encode() not in (tmp_path / "hearme.db").read_bytes()


async def test_web_invite_for_an_unknown_child_says_what_to_do(tmp_path: Path) -> None:
    env = await make_database(tmp_path)

    code, _out, err = await hearme(env, "invite", "NOPE", "--web")

    assert code == 1
    assert "no child with reference 'NOPE'" in err
    assert "hearme import children" in err


async def test_qr_without_web_is_a_usage_error(tmp_path: Path) -> None:
    env = await make_database(tmp_path)

    code, _, err = await hearme(env, "invite", "C004", "--qr", str(tmp_path / "x.png"))

    assert code == 2
    assert "--qr goes with --web" in err
