"""Importing the council's CSV files: every problem by row and column, nothing half-imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from storage import imports
from tests.storage.conftest import Cli, write_csv
from tests.support.postgres import query

STAFF = """staff_ref,name,role
IRO01,Sam Iro,iro
IRO02,"Kim, Lee",IRO
DUTY1,Dee Duty,duty
"""


def _table(db: Path | str, sql: str) -> list[tuple[object, ...]]:
    return query(db, sql)


def test_children_problems_reported_row_by_row_and_nothing_imported(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("init").returncode == 0
    assert cli("import", "staff", str(write_csv(tmp_path / "staff.csv", STAFF))).returncode == 0
    bad = write_csv(
        tmp_path / "children.csv",
        """child_ref,first_name,date_of_birth,iro_ref
C1,Ada,2014-05-01,IRO01
C2,Bo,2031-02-30,IRO01
C3,Cy,01/05/2015,IRO02
C4,Di,2099-01-01,IRO01
C1,Ed,2012-01-01,IRO01
C6,Flo,2016-02-02,NOBODY
C7,,2016-02-02,DUTY1
""",
    )
    result = cli("import", "children", str(bad))
    assert result.returncode == 1
    assert result.stderr.splitlines()[:-1] == [
        "children.csv row 3, column date_of_birth: 2031-02-30 is not a date (use YYYY-MM-DD)",
        "children.csv row 4, column date_of_birth: 01/05/2015 is not a date (use YYYY-MM-DD)",
        "children.csv row 5, column date_of_birth: 2099-01-01 is in the future",
        "children.csv row 6, column child_ref: C1 is also on row 2",
        "children.csv row 7, column iro_ref: NOBODY is not a known IRO "
        "(import the staff file first)",
        "children.csv row 8, column first_name: is empty",
        "children.csv row 8, column iro_ref: DUTY1 is not an IRO (role duty)",
    ]
    assert "nothing was imported" in result.stderr
    assert _table(cli.db, "SELECT count(*) FROM children") == [(0,)]

    skipped = cli("import", "children", str(bad), "--skip-bad")
    assert skipped.returncode == 0, skipped.stderr
    assert "1 row(s) imported, 1 new or changed" in skipped.stdout
    rejects = (tmp_path / "children-rejected.csv").read_bytes()
    assert rejects.startswith(b"\xef\xbb\xbf") and b"\r\n" in rejects
    lines = rejects.decode("utf-8-sig").splitlines()
    assert lines[0] == "row,child_ref,first_name,date_of_birth,iro_ref,reason"
    assert len(lines) == 7
    assert (
        lines[1]
        == "3,C2,Bo,2031-02-30,IRO01,date_of_birth: 2031-02-30 is not a date (use YYYY-MM-DD)"
    )
    assert _table(cli.db, "SELECT child_ref, first_name, date_of_birth FROM children") == [
        ("C1", "Ada", "2014-05-01")
    ]


def test_reimport_changes_nothing_and_reviews_get_bands_and_pn0_rules(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("init").returncode == 0
    staff_csv = write_csv(tmp_path / "staff.csv", STAFF, bom=False)
    children_csv = write_csv(
        tmp_path / "children.csv",
        """Child_Ref , First_Name,Date_of_Birth,IRO_ref,language
C1,"Zoë ""Zo"" O'Neil",2014-05-01,IRO01,en
C2,Baby,2023-06-15,IRO02,
""",
    )
    reviews_csv = write_csv(
        tmp_path / "reviews.csv",
        """child_ref,review_date,participation_code,mode
C1,2026-03-01,pn6,In person
C2,2026-03-01,,virtual
""",
    )
    for kind, path in (("staff", staff_csv), ("children", children_csv), ("reviews", reviews_csv)):
        result = cli("import", kind, str(path))
        assert result.returncode == 0, result.stderr
    before = (
        _table(cli.db, "SELECT * FROM children ORDER BY id")
        + _table(cli.db, "SELECT * FROM reviews ORDER BY id")
        + _table(cli.db, "SELECT * FROM staff ORDER BY id")
    )
    assert _table(cli.db, "SELECT first_name, language FROM children ORDER BY id") == [
        ('Zoë "Zo" O\'Neil', "en"),
        ("Baby", "en"),
    ]
    assert _table(
        cli.db,
        "SELECT child_id, review_at, age_band, participation_code, mode, source "
        "FROM reviews ORDER BY child_id",
    ) == [
        (1, "2026-03-01", "8_11", "PN6", "in_person", "import"),
        (2, "2026-03-01", "under_4", "PN0", "virtual", "import"),
    ]
    again = cli("import", "reviews", str(reviews_csv))
    assert "0 new or changed, 2 already up to date" in again.stdout
    again = cli("import", "children", str(children_csv))
    assert "0 new or changed, 2 already up to date" in again.stdout
    after = (
        _table(cli.db, "SELECT * FROM children ORDER BY id")
        + _table(cli.db, "SELECT * FROM reviews ORDER BY id")
        + _table(cli.db, "SELECT * FROM staff ORDER BY id")
    )
    assert after == before


def _sheet(tmp_path: Path, name: str, text: str, columns: tuple[str, ...]) -> imports.Sheet:
    return imports.read_sheet(write_csv(tmp_path / name, text), columns)


def test_review_rows_checked_against_age_on_the_review_date(tmp_path: Path) -> None:
    sheet = _sheet(
        tmp_path,
        "reviews.csv",
        """child_ref,review_date,participation_code,mode

C1,2026-03-01,PN0,
C2,2026-03-01,PN1,
C2,2026-03-01,PN0,
C1,2026-04-01,PN9,zoom
C9,2026-04-01,PN1,
C1,2010-01-01,PN1,
C2,2026-06-15,PN0,hybrid
""",
        imports.REVIEW_COLUMNS,
    )
    known = {"C1": (1, date(2014, 5, 1)), "C2": (2, date(2022, 6, 15))}
    checked = imports.check_reviews(sheet, children_by_ref=known)
    assert [p.describe("reviews.csv") for p in checked.problems] == [
        "reviews.csv row 3, column participation_code: PN0 is only for children under 4, "
        "and C1 was 11 on 2026-03-01",
        "reviews.csv row 4, column participation_code: C2 was 3 on 2026-03-01, so the code "
        "must be PN0",
        "reviews.csv row 5, column review_date: C2 on 2026-03-01 is also on row 4",
        "reviews.csv row 6, column participation_code: PN9 is not a code (use PN0…PN7)",
        "reviews.csv row 6, column mode: zoom is not a mode (use in_person|virtual|hybrid)",
        "reviews.csv row 7, column child_ref: C9 is not a known child "
        "(import the children file first)",
        "reviews.csv row 8, column review_date: 2010-01-01 is before C1 was born",
        # 2026-06-15 is C2's fourth birthday: the day itself counts, so PN0 no longer fits.
        "reviews.csv row 9, column participation_code: PN0 is only for children under 4, "
        "and C2 was 4 on 2026-06-15",
    ]
    assert checked.records == []


def test_staff_rows_and_whole_file_problems(tmp_path: Path) -> None:
    sheet = _sheet(
        tmp_path,
        "staff.csv",
        "staff_ref,name,role\nS1,Ann,iro\nS1,Bob,duty\nS3,Cat,boss\nS4,Dan,admin,extra\n",
        imports.STAFF_COLUMNS,
    )
    assert [p.describe("staff.csv") for p in imports.check_staff(sheet).problems] == [
        "staff.csv row 3, column staff_ref: S1 is also on row 2",
        "staff.csv row 4, column role: boss is not a role (use iro|participation|admin|duty)",
        "staff.csv row 5, column (row): has more cells than the header has columns",
    ]
    missing = write_csv(tmp_path / "children.csv", "child_ref,name\nC1,Ann\n")
    try:
        imports.read_sheet(missing, imports.CHILD_COLUMNS)
    except imports.ImportFileError as error:
        assert str(error) == (
            "children.csv row 1: missing column first_name, date_of_birth, iro_ref (the first "
            "row must name the columns: child_ref, first_name, date_of_birth, iro_ref)"
        )
    else:
        raise AssertionError("a file without the columns was accepted")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("staff_ref,name,role\nS1,Zoë,iro\n".encode("latin-1"))
    try:
        imports.read_sheet(latin, imports.STAFF_COLUMNS)
    except imports.ImportFileError as error:
        assert "is not UTF-8" in str(error)
    else:
        raise AssertionError("a Latin-1 file was accepted")


def test_hundred_thousand_children_are_imported_in_one_run(cli: Cli, tmp_path: Path) -> None:
    # How fast belongs to the bench (``bench/imports.py``, 100,000 rows against a bare insert).
    assert cli("init").returncode == 0
    assert cli("import", "staff", str(write_csv(tmp_path / "staff.csv", STAFF))).returncode == 0
    rows = "\n".join(
        f"C{n:06d},Child {n},2012-0{1 + n % 9}-1{n % 10},IRO01" for n in range(100_000)
    )
    big = write_csv(
        tmp_path / "children.csv", "child_ref,first_name,date_of_birth,iro_ref\n" + rows
    )
    result = cli("import", "children", str(big))
    assert result.returncode == 0, result.stderr
    assert "100000 row(s) imported, 100000 new or changed" in result.stdout
    assert _table(cli.db, "SELECT count(*) FROM children") == [(100_000,)]
