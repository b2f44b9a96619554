"""The council's history as it exists: care leavers now over 25, and when care began."""

from __future__ import annotations

from pathlib import Path

from tests.storage.conftest import Cli, write_csv
from tests.support.postgres import query

STAFF = "staff_ref,name,role\nIRO01,Sam Iro,iro\n"


def _rows(db: Path | str, sql: str) -> list[tuple[object, ...]]:
    return query(db, sql)


def test_a_child_born_in_2000_keeps_their_2018_reviews(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").returncode == 0
    assert cli("import", "staff", str(write_csv(tmp_path / "staff.csv", STAFF))).returncode == 0
    kids = write_csv(
        tmp_path / "children.csv",
        "child_ref,first_name,date_of_birth,iro_ref,date_looked_after\n"
        "H1,Ann,2000-06-01,IRO01,2017-09-04\n"
        "H2,Bea,2015-01-01,IRO01\n",
    )
    imported = cli("import", "children", str(kids))
    assert imported.returncode == 0, imported.stderr
    assert "2 row(s) imported, 2 new or changed" in imported.stdout
    assert _rows(cli.db, "SELECT child_ref, date_looked_after FROM children ORDER BY 1") == [
        ("H1", "2017-09-04"),
        ("H2", None),
    ]
    reviews = write_csv(
        tmp_path / "reviews.csv",
        "child_ref,review_date,participation_code\n"
        "H1,2017-09-28,PN1\n"
        "H1,2018-03-20,PN6\n"
        "H1,2026-07-01,PN1\n",
    )
    refused = cli("import", "reviews", str(reviews))
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[0] == (
        "reviews.csv row 4, column review_date: H1 was 26 on 2026-07-01: reviews are for ages "
        "0 to 25"
    )
    kept = cli("import", "reviews", str(reviews), "--skip-bad")
    assert kept.returncode == 0, kept.stderr
    assert _rows(cli.db, "SELECT review_at, age_band, participation_code FROM reviews") == [
        ("2017-09-28", "16_plus", "PN1"),
        ("2018-03-20", "16_plus", "PN6"),
    ]
    # Re-importing the children without the optional column keeps the date stored.
    again = write_csv(
        tmp_path / "again.csv",
        "child_ref,first_name,date_of_birth,iro_ref\nH1,Ann,2000-06-01,IRO01\n",
    )
    same = cli("import", "children", str(again))
    assert same.returncode == 0 and "0 new or changed" in same.stdout
    assert _rows(cli.db, "SELECT date_looked_after FROM children WHERE child_ref = 'H1'") == [
        ("2017-09-04",)
    ]


def test_date_looked_after_is_checked(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").returncode == 0
    assert cli("import", "staff", str(write_csv(tmp_path / "staff.csv", STAFF))).returncode == 0
    bad = write_csv(
        tmp_path / "children.csv",
        "child_ref,first_name,date_of_birth,iro_ref,date_looked_after\n"
        "B1,Ann,2012-06-01,IRO01,2011-01-01\n"
        "B2,Bea,2012-06-01,IRO01,2099-01-01\n"
        "B3,Cas,2012-06-01,IRO01,4/5/2020\n"
        "B4,Dot,1890-06-01,IRO01\n",
    )
    result = cli("import", "children", str(bad))
    assert result.returncode == 1
    assert result.stderr.splitlines()[:-1] == [
        "children.csv row 2, column date_looked_after: 2011-01-01 is before the date of birth "
        "2012-06-01",
        "children.csv row 3, column date_looked_after: 2099-01-01 is in the future",
        "children.csv row 4, column date_looked_after: 4/5/2020 is not a date (use YYYY-MM-DD)",
        "children.csv row 5, column date_of_birth: 1890-06-01 is not a likely date of birth",
    ]
