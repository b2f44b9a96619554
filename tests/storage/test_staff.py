"""Staff who leave: `hearme staff leave`, `hearme staff list`, and imports that respect it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from tests.storage.conftest import Cli, write_csv
from tests.support.postgres import query

STAFF = """staff_ref,name,role
IRO01,Sam Iro,iro
IRO02,Kim Lee,iro
DUTY1,Dee Duty,duty
"""
CHILDREN = """child_ref,first_name,date_of_birth,iro_ref
C2,Bea,2012-03-04,IRO01
C1,Ann,2013-02-03,IRO01
C3,Cal,2011-07-08,IRO02
"""


def _rows(db: Path | str, sql: str) -> list[tuple[object, ...]]:
    return query(db, sql)


def test_a_leaver_loses_their_chat_and_is_not_brought_back_by_an_import(
    cli: Cli, tmp_path: Path
) -> None:
    staff_csv = write_csv(tmp_path / "staff.csv", STAFF)
    assert cli("init").returncode == 0
    assert cli("import", "staff", str(staff_csv)).returncode == 0
    assert cli("import", "children", str(write_csv(tmp_path / "c.csv", CHILDREN))).returncode == 0
    query(cli.db, "UPDATE staff SET chat_id = 777 WHERE staff_ref = 'IRO01'")

    listed = cli("staff", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "staff_ref  name      role  active  chat bound",
        "DUTY1      Dee Duty  duty  yes     no",
        "IRO01      Sam Iro   iro   yes     yes",
        "IRO02      Kim Lee   iro   yes     no",
    ]

    left = cli("staff", "leave", "IRO01")
    assert left.returncode == 0, left.stderr
    assert left.stdout.splitlines() == [
        "IRO01 (Sam Iro) is marked as having left; their chat is unbound.",
        "No alerts or messages from hearme reach them any more.",
        "IRO01 is still the IRO of 2 child(ren): C1, C2. Each needs a new IRO: put their new "
        "iro_ref in the children file and run `hearme import children`.",
    ]
    today = datetime.now(UTC).date().isoformat()
    leaver = "SELECT active, chat_id, substr(left_at, 1, 10) FROM staff WHERE id = 1"
    assert _rows(cli.db, leaver) == [(0, None, today)]
    ((detail,),) = _rows(cli.db, "SELECT detail FROM audit_log WHERE action = 'staff.leave'")
    assert json.loads(str(detail)) == {
        "chat_unbound": True,
        "children": 2,
        "invites_ended": 0,
        "staff_ref": "IRO01",
    }
    assert f"IRO01      Sam Iro   iro   no (left {today})  no" in cli("staff", "list").stdout
    again = cli("staff", "leave", "IRO01")
    assert again.stdout.startswith("IRO01 (Sam Iro) was already marked as having left.")
    unknown = cli("staff", "leave", "NOBODY")
    assert unknown.returncode != 0
    assert "no member of staff with reference NOBODY" in unknown.stderr

    routine = cli("import", "staff", str(staff_csv))
    assert routine.returncode == 1
    assert routine.stderr.splitlines()[0] == (
        f"staff.csv row 2, column staff_ref: IRO01 left on {today} (hearme staff leave); "
        "remove the row, or put yes in an active column if they are back"
    )
    assert _rows(cli.db, "SELECT active FROM staff WHERE id = 1") == [(0,)]

    back = write_csv(
        tmp_path / "back.csv",
        "staff_ref,name,role,active\nIRO01,Sam Iro,iro,yes\nDUTY1,Dee Duty,duty,no\n"
        "IRO02,Kim Lee,iro,maybe\n",
    )
    checked = cli("import", "staff", str(back))
    assert checked.returncode == 1
    assert "back.csv row 4, column active: maybe is not yes or no (or leave it empty)" in (
        checked.stderr
    )
    done = cli("import", "staff", str(back), "--skip-bad")
    assert done.returncode == 0, done.stderr
    assert "2 row(s) imported, 2 new or changed" in done.stdout
    assert _rows(cli.db, "SELECT staff_ref, active, left_at IS NULL FROM staff ORDER BY id") == [
        ("IRO01", 1, 1),
        ("IRO02", 1, 1),
        ("DUTY1", 0, 0),
    ]
    assert "active column (yes|no)" in cli("import", "staff", "--help").stdout
