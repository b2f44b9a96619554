"""Fixtures for the storage tests: a real database file with a real key, and a fixed clock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from storage import children, runs, staff
from storage.crypto import Cipher, create_key_file, load_cipher
from storage.db import Database

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "hearme.key"
    create_key_file(path)
    return path


@pytest.fixture
def cipher(key_file: Path) -> Cipher:
    return load_cipher(key_file)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Each storage test runs once on each engine, but a test about SQLite's file itself
    (marked ``sqlite_file``) on SQLite only."""
    if "engine" in metafunc.fixturenames:
        only_file = metafunc.definition.get_closest_marker("sqlite_file") is not None
        metafunc.parametrize("engine", ["sqlite"] if only_file else ["sqlite", "postgresql"])


@pytest.fixture
def target(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """Where the test's database lives: a file, or a new database on the test cluster."""
    if engine == "sqlite":
        return tmp_path / "hearme.db"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
async def db(target: Path | str, cipher: Cipher) -> AsyncIterator[Database]:
    database = await Database.open(target, cipher=cipher)
    try:
        yield database
    finally:
        await database.close()


async def add_child(
    db: Database, ref: str = "C001", *, name: str = "Ada", dob: date = date(2014, 5, 1)
) -> int:
    """A child with an IRO, for tests that need one."""
    async with db.transaction() as conn:
        iro = await staff.upsert_staff(conn, staff_ref="IRO01", name="Sam Iro", role="iro", now=NOW)
        return await children.upsert_child(
            conn, child_ref=ref, first_name=name, date_of_birth=dob, iro_id=iro, now=NOW
        )


async def add_run_with_words(
    db: Database,
    child: int,
    words: str,
    *,
    status: str = "started",
    at: datetime = NOW,
    closes_at: datetime | None = None,
) -> int:
    """A My Review run started at ``at`` whose engine state and one written answer hold
    ``words``, then set to ``status`` (at ``closes_at`` when given). Returns the run id."""
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO survey_versions (hash, definition_id, version, body, created_at) "
            "VALUES ('h1', 'my_review', '1', '{}', ?) ON CONFLICT DO NOTHING",
            (at.isoformat(),),
        )
        run_id = await runs.create_run(
            conn,
            cipher=db.cipher,
            child_id=child,
            survey_hash="h1",
            definition_id="my_review",
            review_id=None,
            age_band="12_15",
            state_json=json.dumps({"draft": words}),
            now=at,
            closes_at=closes_at,
            status="started",
        )
        await runs.save_answer(
            conn,
            db.cipher,
            run_id=run_id,
            question_id="worries_more",
            core_id=None,
            kind="text",
            choices=(),
            text=words,
            audience="meeting",
            now=at,
        )
        if status != "started":
            await runs.set_status(conn, run_id, status, now=closes_at or at)
    return run_id


HEARME = Path(sys.executable).with_name("hearme")


@dataclass(frozen=True)
class Cli:
    """Runs the real ``hearme`` command in a subprocess against one database and key."""

    db: Path | str  # a file, or a PostgreSQL URL
    key: Path

    def __call__(
        self, *args: str, input_text: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "HEARME_DB": str(self.db), "HEARME_DATA_KEY": str(self.key)}
        return subprocess.run(
            [str(HEARME), *args],
            env=env,
            cwd=self.key.parent,
            input=input_text,
            capture_output=True,
            text=True,
            timeout=120,
        )


@pytest.fixture
def cli(tmp_path: Path, target: Path | str) -> Cli:
    return Cli(target, tmp_path / "hearme.key")


def write_csv(path: Path, text: str, *, bom: bool = True) -> Path:
    """Write a CSV as Excel does: UTF-8 with BOM, CRLF line ends."""
    data = text.strip("\n").replace("\n", "\r\n") + "\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    return path


def participation_figures(cli: Cli, start: str, end: str) -> dict[str, object]:
    """The exact participation report as JSON, from the real command."""
    done = cli(
        "report", "participation", "--from", start, "--to", end, "--format", "json", "--exact"
    )
    assert done.returncode == 0, done.stderr
    figures: dict[str, object] = json.loads(done.stdout)
    return figures
