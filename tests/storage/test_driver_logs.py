"""The database driver never puts SQL parameters (names, dates of birth, references) in a log,
even when whoever runs hearme turns every logger up to DEBUG."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from storage.crypto import Cipher
from storage.db import Database
from tests.storage.conftest import add_child


async def test_sql_parameters_never_reach_a_debug_log(
    tmp_path: Path, cipher: Cipher, caplog: pytest.LogCaptureFixture
) -> None:
    logging.getLogger("aiosqlite").setLevel(logging.NOTSET)  # as a fresh process starts
    db = await Database.open(tmp_path / "logged.db", cipher=cipher)
    # Logging turned up only now, after the database was opened, as a debugging session might.
    caplog.set_level(logging.DEBUG)
    try:
        await add_child(db, "C7731", name="Roswitha", dob=date(2012, 5, 17))
    finally:
        await db.close()
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in ("Roswitha", "C7731", "2012-05-17"):
        assert secret not in logged
