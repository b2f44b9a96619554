"""An erased child stays erased: the council's next routine import cannot bring them back."""

from __future__ import annotations

import hashlib
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.storage.conftest import Cli, participation_figures, write_csv
from tests.support.postgres import query

REF = "CHILD-7731"
STAFF = "staff_ref,name,role\nIRO01,Sam Iro,iro\n"
CHILDREN = f"""child_ref,first_name,date_of_birth,iro_ref
C0002,Bea,2012-03-04,IRO01
{REF},Wilhelmina,2013-02-03,IRO01
C0003,Cal,2011-07-08,IRO01
"""
REVIEWS = f"""child_ref,review_date,participation_code,mode
{REF},2025-06-01,PN6,virtual
C0002,2025-06-02,PN1,in_person
{REF},2025-12-01,PN1,hybrid
"""


def _rows(db: Path | str, sql: str) -> list[tuple[object, ...]]:
    return query(db, sql)


def _snapshot(db: Path | str) -> list[list[tuple[object, ...]]]:
    return [
        _rows(db, "SELECT * FROM children ORDER BY id"),
        _rows(db, "SELECT * FROM reviews ORDER BY id"),
        _rows(db, "SELECT * FROM erased_refs"),
    ]


def _pn(cli: Cli) -> dict[str, object]:
    return participation_figures(cli, "2025-04-01", "2026-03-31")


def test_erase_then_reimport_of_both_files_changes_nothing(cli: Cli, tmp_path: Path) -> None:
    staff = write_csv(tmp_path / "staff.csv", STAFF)
    kids = write_csv(tmp_path / "children.csv", CHILDREN)
    meetings = write_csv(tmp_path / "reviews.csv", REVIEWS)
    assert cli("init").returncode == 0
    for kind, path in (("staff", staff), ("children", kids), ("reviews", meetings)):
        done = cli("import", kind, str(path))
        assert done.returncode == 0, done.stderr
    figures = _pn(cli)
    assert figures["codes"] == {
        "PN0": 0, "PN1": 2, "PN2": 0, "PN3": 0, "PN4": 0, "PN5": 0, "PN6": 1, "PN7": 0,
    }  # fmt: skip

    erased = cli("child", "erase", REF, "--yes")
    assert erased.returncode == 0, erased.stderr
    after_erasure = _snapshot(cli.db)
    today = datetime.now(UTC).date().isoformat()
    message = f"column child_ref: {REF} was erased on {today} at their request; remove the row"

    refused = cli("import", "children", str(kids))
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[0] == f"children.csv row 3, {message}"
    assert "nothing was imported" in refused.stderr
    refused = cli("import", "reviews", str(meetings))
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[:2] == [
        f"reviews.csv row 2, {message}",
        f"reviews.csv row 4, {message}",
    ]
    assert _snapshot(cli.db) == after_erasure

    for kind, path in (("children", kids), ("reviews", meetings)):
        skipped = cli("import", kind, str(path), "--skip-bad")
        assert skipped.returncode == 0, skipped.stderr
        assert "0 new or changed" in skipped.stdout
        rejects = tmp_path / f"{kind}-rejected.csv"
        # The rows name children: only the file's owner may read it.
        assert stat.S_IMODE(rejects.stat().st_mode) == 0o600
        assert message.split(": ", 1)[1] in rejects.read_text(encoding="utf-8-sig")
    assert _snapshot(cli.db) == after_erasure
    assert _rows(cli.db, "SELECT count(*) FROM children") == [(3,)]
    assert _rows(cli.db, "SELECT count(*) FROM reviews") == [(3,)]
    assert _pn(cli) == figures

    # The list holds a keyed fingerprint: not the reference, and not its plain sha256, which
    # anyone could find by hashing every possible reference.
    ((fingerprint,),) = _rows(cli.db, "SELECT ref_hash FROM erased_refs")
    assert fingerprint != hashlib.sha256(REF.encode()).hexdigest()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("hearme.db*"))
    assert REF.encode() not in raw
    assert hashlib.sha256(REF.encode()).hexdigest().encode() not in raw

    # Without the key the list cannot be read, so the import stops rather than let them back.
    cli.key.rename(tmp_path / "elsewhere.key")
    blind = cli("import", "children", str(kids))
    assert blind.returncode == 1
    assert "recognising their references needs the data key" in blind.stderr
    assert _snapshot(cli.db) == after_erasure


@pytest.mark.sqlite_file  # `hearme restore` copies SQLite files (PostgreSQL: pg_restore)
def test_restore_of_an_older_backup_erases_again_whoever_was_erased_since(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("init").returncode == 0
    assert cli("import", "staff", str(write_csv(tmp_path / "staff.csv", STAFF))).returncode == 0
    kids = write_csv(tmp_path / "children.csv", CHILDREN)
    assert cli("import", "children", str(kids)).returncode == 0
    backup = tmp_path / "before-erasure.db"
    assert cli("backup", str(backup)).returncode == 0
    assert cli("child", "erase", REF, "--yes").returncode == 0

    restored = cli("restore", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "Copied the erased list (1 reference(s)) into the restored database." in restored.stdout
    assert f"Erased again, as they were erased after the backup: {REF}." in restored.stdout
    assert _rows(cli.db, "SELECT child_ref, first_name FROM children ORDER BY id") == [
        ("C0002", "Bea"),
        ("erased-2", None),
        ("C0003", "Cal"),
    ]
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("hearme.db*"))
    assert b"Wilhelmina" not in raw
    # And the list came across: the next import is refused as before.
    assert cli("import", "children", str(kids)).returncode == 1

    help_text = cli("restore", "--help").stdout
    assert "erased again" in help_text
