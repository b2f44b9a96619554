"""Backups taken while the bot writes, and restores that refuse to do harm."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.conftest import Cli
from tests.storage.test_durability import WRITER

# On SQLite only: `hearme backup` copies SQLite files (PostgreSQL: pg_dump).
pytestmark = pytest.mark.sqlite_file


def test_backup_while_writing_then_restore(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").returncode == 0
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(cli.db), str(cli.key), "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        for _ in range(20):  # the writer is well under way
            assert writer.stdout.readline()
        made = cli("backup", str(tmp_path / "copy.db"))
        assert made.returncode == 0, made.stderr
        with sqlite3.connect(tmp_path / "copy.db") as conn:
            (newest_in_backup,) = conn.execute("SELECT max(id) FROM answers").fetchone()
        # The pipe may hold lines written before the backup: read on until the writer reports
        # an answer committed after it, which proves the backup did not hold the writer up.
        while int(writer.stdout.readline().split()[0]) <= newest_in_backup:
            pass
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.communicate(timeout=30)
    assert "integrity ok" in made.stdout
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        in_backup = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    with sqlite3.connect(cli.db) as conn:
        live = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    assert 20 <= in_backup < live

    again = cli("backup", str(tmp_path / "copy.db"))
    assert again.returncode != 0 and "already exists" in again.stderr

    refused = cli("restore", str(tmp_path / "copy.db"))
    assert refused.returncode != 0 and "add --yes to replace it" in refused.stderr
    restored = cli("restore", str(tmp_path / "copy.db"), "--yes")
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(cli.db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == in_backup

    damaged = tmp_path / "damaged.db"
    data = bytearray((tmp_path / "copy.db").read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)
    damaged.write_bytes(bytes(data))
    bad = cli("restore", str(damaged), "--yes")
    assert bad.returncode != 0 and "damaged.db" in bad.stderr
    with sqlite3.connect(cli.db) as conn:
        assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == in_backup
