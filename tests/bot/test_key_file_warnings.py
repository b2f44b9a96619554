"""`hearme run` warns at start when the data key is readable by others or sits in the database's
own folder (then whoever copies the folder can read the children's words)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.storage.conftest import Cli

KEY_WARNING = "Warning: the data key"


@pytest.fixture(autouse=True)
def unreachable_telegram(monkeypatch: pytest.MonkeyPatch) -> None:
    """A token, and a Bot API address where nothing listens: the run stops once it has started
    (the warnings come first), without contacting anyone."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9/bot")


def test_a_key_readable_by_others_next_to_the_database_is_warned_about(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "hearme.db", tmp_path / "hearme.key")
    assert cli("init").returncode == 0
    os.chmod(cli.key, 0o644)
    started = cli("run", "--no-web")
    warnings = [line for line in started.stderr.splitlines() if line.startswith(KEY_WARNING)]
    assert warnings == [
        f"{KEY_WARNING} {cli.key} can be read by other users of this machine (mode 0644): "
        f"run `chmod 600 {cli.key}`.",
        f"{KEY_WARNING} {cli.key} is in the same folder as the database {cli.db}, so whoever "
        "copies or backs up that folder can read the children's words: move the key to another "
        "folder and set HEARME_DATA_KEY to it.",
    ]


def test_a_private_key_kept_elsewhere_gives_no_warning(tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir()
    cli = Cli(tmp_path / "data" / "hearme.db", tmp_path / "keys" / "hearme.key")
    cli.db.parent.mkdir()
    assert cli("init").returncode == 0
    started = cli("run", "--no-web")
    assert KEY_WARNING not in started.stderr
    # It did start, and stopped at the unreachable Bot API.
    assert started.returncode != 0 and "127.0.0.1:9" in started.stderr
