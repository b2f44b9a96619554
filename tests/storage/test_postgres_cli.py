"""The command line on a PostgreSQL HEARME_DB: the same commands, and never the password."""

from __future__ import annotations

import json
from pathlib import Path

from tests.storage.conftest import Cli

PASSWORD = "correct-horse-battery"


def test_init_and_status_work_on_a_url_and_never_show_its_password(
    tmp_path: Path, postgres_url: str
) -> None:
    # The test cluster trusts loopback logins, so any password is accepted and must be hidden.
    with_password = postgres_url.replace("hearme@", f"hearme:{PASSWORD}@")
    cli = Cli(with_password, tmp_path / "hearme.key")
    made = cli("init")
    assert made.returncode == 0, made.stderr
    assert "Created the database postgresql://hearme:***@" in made.stdout
    again = cli("init")
    assert again.returncode == 0 and "is up to date" in again.stdout
    status = cli("status", "--json")
    assert status.returncode == 0, status.stderr
    shown = json.loads(status.stdout)
    assert shown["path"].startswith("postgresql://hearme:***@")
    assert shown["schema_version"] == shown["latest_version"]
    for done in (made, again, status):
        assert PASSWORD not in done.stdout + done.stderr


def test_backup_and_restore_point_to_postgresqls_own_tools(
    tmp_path: Path, postgres_url: str
) -> None:
    cli = Cli(postgres_url.replace("hearme@", f"hearme:{PASSWORD}@"), tmp_path / "hearme.key")
    assert cli("init").returncode == 0
    backup = cli("backup", str(tmp_path / "copy.db"))
    assert backup.returncode != 0 and "pg_dump --format=custom" in backup.stderr
    restore = cli("restore", str(tmp_path / "copy.db"), "--yes")
    assert restore.returncode != 0 and "pg_restore --clean" in restore.stderr
    assert "erase again" in restore.stderr
    assert PASSWORD not in backup.stderr + restore.stderr
    assert not (tmp_path / "copy.db").exists()


def test_a_server_that_is_not_there_is_explained(tmp_path: Path) -> None:
    cli = Cli(f"postgresql://hearme:{PASSWORD}@127.0.0.1:9/nowhere", tmp_path / "hearme.key")
    refused = cli("init")
    assert refused.returncode != 0
    assert "cannot reach the PostgreSQL database postgresql://hearme:***@127.0.0.1:9" in (
        refused.stderr
    )
    assert PASSWORD not in refused.stderr and "Traceback" not in refused.stderr
